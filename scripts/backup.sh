#!/usr/bin/env bash
# Backs up the LeaguePlan database into one file (PostgreSQL custom format: compressed, restorable table by table).
# Connection from the usual libpq variables: PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE.
# Usage: scripts/backup.sh [file]      (default: leagueplan-YYYYmmdd-HHMMSS.dump)
set -euo pipefail
file=${1:-leagueplan-$(date +%Y%m%d-%H%M%S).dump}
: "${PGDATABASE:?set PGDATABASE (and PGHOST, PGUSER, PGPASSWORD as needed)}"
pg_dump --format=custom --no-owner --no-privileges --file "$file" "$PGDATABASE"
echo "Backed up $PGDATABASE to $file ($(du -h "$file" | cut -f1))"
