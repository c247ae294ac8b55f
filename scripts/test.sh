#!/usr/bin/env bash
# `npm test`: every check the project has (see README).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/bootstrap.sh
exec node_modules/.bin/tsx scripts/test.ts "$@"
