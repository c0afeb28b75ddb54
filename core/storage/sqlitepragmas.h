// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef PD_STORAGE_INTERNAL
#error "core/storage/sqlitepragmas.h is storage-internal: SQL stays in core/storage (docs/architecture.md)."
#endif

#include "core/domain/journalmode.h"
#include "core/result.h"

#include <QStringList>

namespace pd::core {

class Sql;

/// Every statement of the writing connection that only SQLite understands (PRAGMAs, VACUUM
/// INTO, BEGIN IMMEDIATE), in one place: a second engine behind Database (PostgreSQL) gives
/// these another implementation and leaves the repositories' SQL alone.
class SqlitePragmas {
  public:
    /// Reads the schema: the first statement that touches the file, so garbage fails here.
    static Status checkReadable(const Sql& sql);
    static Status enableForeignKeys(const Sql& sql);
    static Result<JournalMode> journalMode(const Sql& sql);
    /// Switches WAL (Local) or rollback journal (Shared); what SQLite answered ("wal", "delete").
    static Result<QString> setJournalMode(const Sql& sql, JournalMode mode);
    /// WAL on a local disk is safe with synchronous = NORMAL (and much faster).
    static Status relaxSynchronous(const Sql& sql);
    /// The schema version the migrations stamp; -1 when it cannot be read.
    static int userVersion(const Sql& sql);
    static Status setUserVersion(const Sql& sql, int version, const QString& doing);
    /// The program a file says it belongs to (0: none said; FileIdentity::kApplicationId: ours).
    static Result<qint32> applicationId(const Sql& sql);
    static Status setApplicationId(const Sql& sql, qint32 id);
    /// The page cache, in SQLite's units (negative: KiB).
    static Result<qint64> cacheSize(const Sql& sql);
    static Status setCacheSize(const Sql& sql, qint64 size);
    /// What integrity_check and foreign_key_check found (empty when the file is sound).
    static Result<QStringList> integrityProblems(const Sql& sql);
    /// Writes a consistent copy of the whole file to a new file.
    static Status backupTo(const Sql& sql, const QString& path, const QString& doing);
    /// The outermost transaction, which takes the write lock at once (writers queue on the busy
    /// timeout instead of failing half-way).
    static Status beginWriting(const Sql& sql);
};

} // namespace pd::core
