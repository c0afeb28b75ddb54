#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C++ file under core/ ui/ app/ tests/ differs from .clang-format.
set -euo pipefail
cd "$(dirname "$0")/.."
git ls-files 'core/*.h' 'core/*.cpp' 'ui/*.h' 'ui/*.cpp' 'app/*.h' 'app/*.cpp' 'tests/*.h' 'tests/*.cpp' \
  | xargs clang-format --dry-run --Werror
echo "check-format: core/ ui/ app/ tests/ follow .clang-format"
