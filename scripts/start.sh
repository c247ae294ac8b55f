#!/usr/bin/env bash
# `npm start`: the whole product on this machine (see README).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/bootstrap.sh
exec node_modules/.bin/tsx scripts/start.ts "$@"
