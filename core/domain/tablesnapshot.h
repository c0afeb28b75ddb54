// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QVariantList>

namespace pd::core {

/// A read-only grid of values (headers + rows) for lists, exports and printed tables.
struct TableSnapshot {
    QStringList headers;
    QList<QVariantList> rows;
};

} // namespace pd::core
