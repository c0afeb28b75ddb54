// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef PD_STORAGE_INTERNAL
#error "core/storage/postcodefinder.h is storage-internal: SQL stays in core/storage (docs/architecture.md)."
#endif

#include "core/domain/geo.h"
#include "core/result.h"
#include "core/storage/interner.h"
#include "core/storage/readstatement.h"

#include <QHash>
#include <memory>
#include <optional>
#include <vector>

namespace pd::core {

class ReadConnection;

/// Coordinates of the postcodes a reader meets in 100,000s of rows, each distinct text looked up
/// once: from one scan of the postcode table when it is small beside what is to be resolved,
/// else probed one by one (a national table of millions against a small file). Unknown postcodes
/// stay unknown.
class PostcodeFinder {
  public:
    /// `meetsAtMost`: how many postcodes the reader may resolve (rows × postcode columns).
    static Result<std::unique_ptr<PostcodeFinder>> open(ReadConnection& db, qint64 meetsAtMost);

    /// The coordinates of a postcode as stored (any case and spacing).
    Result<std::optional<Coordinates>> find(const QString& text);
    /// Whether find() reads the database (probing), so only on the reader's own thread, between
    /// its rows; otherwise it reads the table read at open() and any one thread may use it.
    bool readsDatabase() const { return m_probe != nullptr; }

  private:
    PostcodeFinder() = default;
    QHash<QString, Coordinates> m_table; ///< normalised postcode → coordinates (scanned)
    std::unique_ptr<ReadStatement> m_probe;
};

/// Coordinates kept per distinct value of one interned column (by Interner::lastIndex()), so a
/// postcode met again costs a vector read.
class CoordinatesByValue {
  public:
    /// The coordinates of `text`, which `interner` has just returned.
    template <class Value>
    Result<std::optional<Coordinates>> of(const QString& text, const BasicInterner<Value>& interner,
                                          PostcodeFinder& finder) {
        if (text.isEmpty())
            return std::optional<Coordinates>();
        const auto index = std::size_t(interner.lastIndex());
        if (index < m_known.size())
            return m_known[index];
        auto found = finder.find(text);
        if (!found)
            return found.error();
        m_known.resize(index + 1); // values are met in index order: this appends one
        m_known[index] = found.value();
        return found.value();
    }

  private:
    std::vector<std::optional<Coordinates>> m_known;
};

} // namespace pd::core
