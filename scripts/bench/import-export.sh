#!/usr/bin/env bash
# Import and export timings: a plan document of ITEMS items (default 500) uploaded, checked and saved, the new plan
# exported to Excel, the demo plan's quarterly report to Word; RUNS runs (default 5) against one instance of the
# packaged jar on PostgreSQL (-Xmx512m, as the drills). Needs python3. Results: docs/benchmarks.md.
source "$(dirname "$0")/../drills/common.sh"
trap stop_apps EXIT
fresh_database
start_app 18090
python3 scripts/bench/import_export.py http://127.0.0.1:18090 "$PASSWORD" "${ITEMS:-500}" "${RUNS:-5}"
