#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into the database PGDATABASE (which must exist; stop the app first).
# Objects already there are dropped and re-created, so the database ends up exactly as backed up.
# Usage: scripts/restore.sh file
set -euo pipefail
file=${1:?usage: scripts/restore.sh backup-file}
: "${PGDATABASE:?set PGDATABASE (and PGHOST, PGUSER, PGPASSWORD as needed)}"
pg_restore --clean --if-exists --no-owner --no-privileges --exit-on-error --single-transaction \
  --dbname "$PGDATABASE" "$file"
echo "Restored $file into $PGDATABASE"
