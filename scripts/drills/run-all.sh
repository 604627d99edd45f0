#!/usr/bin/env bash
# Runs every operations drill in turn (docs/operations.md): scale-out behind nginx, a database restart under load,
# SIGTERM with requests in flight, and 60 s of mixed load. Each uses its own fresh database `leagueplan_drill`.
set -euo pipefail
cd "$(dirname "$0")"
for drill in scale-out graceful-shutdown database-restart mixed-load; do
  echo "== drill: $drill"
  bash "./$drill.sh"
done
echo "all drills passed"
