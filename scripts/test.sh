#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets everything up, checks the formatting, builds, runs every test (core, ui offscreen, cli, layering) and builds the .deb.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/check-format.sh
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure --parallel "$(nproc)" --timeout 900
# The installer: a .deb with the binary, the .desktop file and the icon.
(cd build && cpack -G DEB >/dev/null)
deb=$(ls build/placement-desk_*.deb | head -n 1)
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/placement-desk ./usr/share/applications/placement-desk.desktop \
         ./usr/share/icons/hicolor/scalable/apps/placement-desk.svg; do
  grep -q " $f\$" <<<"$contents" || { echo "test: $deb lacks $f"; exit 1; }
done
dpkg-deb -f "$deb" Depends | grep -q libqt6sql6-sqlite || { echo "test: $deb does not depend on libqt6sql6-sqlite"; exit 1; }
echo "test: all tests passed; package $deb"
