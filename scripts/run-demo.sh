#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets everything up and opens Placement Desk on a ready-made demo database (build/demo.sqlite).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
[ -f build/demo.sqlite ] || build/app/placement-desk demo --db build/demo.sqlite
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "run-demo: no display; starting under Xvfb"
  exec xvfb-run -a -s '-screen 0 1600x1000x24' build/app/placement-desk --db build/demo.sqlite "$@"
fi
exec build/app/placement-desk --db build/demo.sqlite "$@"
