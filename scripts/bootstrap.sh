#!/usr/bin/env bash
# Shared first step of `npm start` and `npm test`: check Node, install
# dependencies when package-lock.json changed, generate the Prisma client.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v node >/dev/null 2>&1; then
  echo "Node.js 20.19+ (or 22.12+) is required: https://nodejs.org or your distribution's nodesource packages." >&2
  exit 1
fi
node -e '
  const [major, minor] = process.versions.node.split(".").map(Number);
  const ok = (major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major >= 23;
  if (!ok) { console.error(`Node.js ${process.versions.node} is too old: 20.19+ or 22.12+ is required.`); process.exit(1); }
'

# npm ci when node_modules is missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "==> Installing dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi

# Prisma's CLI wants a native schema engine it cannot download here; `generate`
# does not use it, so any existing file satisfies the check.
if [ ! -f lib/db/generated/client.ts ] || [ prisma/schema.prisma -nt lib/db/generated/client.ts ]; then
  echo "==> Generating the Prisma client"
  PRISMA_SCHEMA_ENGINE_BINARY="${PRISMA_SCHEMA_ENGINE_BINARY:-$PWD/package.json}" npx prisma generate
  touch lib/db/generated/client.ts
fi
