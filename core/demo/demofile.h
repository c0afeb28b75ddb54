// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/demo/demogenerator.h"
#include "core/domain/journalmode.h"

namespace pd::core {

/// Creates a demo database at path, which must not exist. It is written to a temporary file
/// beside path and renamed to path only when complete, so a demo that is stopped (or killed)
/// leaves no file under that name to block the next one.
Status createDemoFile(const QString& path, JournalMode mode, const DemoOptions& options,
                      const std::function<bool(int)>& progress = {});

} // namespace pd::core
