#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Placement Desk needs to build, test and run on Debian 12 (skips what is there).
# postgresql-15 is only for the tests' throw-away server (scripts/pg-test-server.sh); libqt6sql6-psql is
# Qt's PostgreSQL driver; libpq-dev gives libpq's headers (the server's reads go through libpq directly).
set -euo pipefail
packages=(cmake ninja-build g++ ccache qt6-base-dev libqt6sql6-sqlite qt6-charts-dev libqt6opengl6-dev
          qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins catch2 libbenchmark-dev
          libsqlite3-dev sqlite3 clang-format xvfb xauth poppler-utils python3 file dpkg-dev
          libqt6sql6-psql libpq-dev postgresql-15)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: everything is installed"
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "install-deps: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
