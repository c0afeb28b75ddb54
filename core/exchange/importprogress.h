// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QIODevice>
#include <functional>

namespace pd::core {

/// Reports progress in percent; returning false cancels (nothing is kept).
using ImportProgress = std::function<bool(int percent)>;

/// What an import did.
struct ImportSummary {
    int rows = 0; ///< data rows read
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int skipped = 0; ///< rows the format says to skip (e.g. ONS postcodes without coordinates)
};

/// Calls progress about every 1% of the file read; false when the user cancelled.
class ProgressTicker {
  public:
    ProgressTicker(const QIODevice& device, const ImportProgress& progress)
        : m_device(device), m_progress(progress), m_size(device.size()) {}

    bool tick() {
        if (!m_progress || m_size <= 0)
            return true;
        const int percent = int(m_device.pos() * 100 / m_size);
        if (percent == m_last)
            return true;
        m_last = percent;
        return m_progress(percent);
    }

    static Error cancelled() {
        return Error::refused(QStringLiteral("The import was cancelled; the database is unchanged."));
    }

  private:
    const QIODevice& m_device;
    const ImportProgress& m_progress;
    qint64 m_size;
    int m_last = -1;
};

} // namespace pd::core
