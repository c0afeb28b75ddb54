// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef PD_STORAGE_INTERNAL
#error "core/storage/statementpool.h is storage-internal: SQL stays in core/storage (docs/architecture.md)."
#endif

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <optional>

namespace pd::core {

/// On a server, statements stay prepared for the session: preparing and releasing one costs two
/// more trips to the server per run. A statement in use is out of the pool until its SqlStatement
/// ends, so a statement being read in a loop is never run again underneath it.
class StatementPool {
  public:
    std::optional<QSqlQuery> take(const QString& text) {
        auto it = m_free.find(text);
        if (it == m_free.end() || it->isEmpty())
            return std::nullopt;
        return it->takeLast();
    }
    void giveBack(const QString& text, QSqlQuery query) {
        query.finish();
        auto& free = m_free[text];
        if (free.size() < kPerStatement)
            free.append(std::move(query));
    }

  private:
    static constexpr int kPerStatement = 4; ///< a few of a kind cover nested reads; more are let go
    QHash<QString, QList<QSqlQuery>> m_free;
};

} // namespace pd::core
