// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#ifndef PD_STORAGE_INTERNAL
#error "core/storage/fileidentity.h is storage-internal: SQL stays in core/storage (docs/architecture.md)."
#endif

#include "core/result.h"

#include <QString>

namespace pd::core {

class Sql;

/// Whether an existing file is a Placement Desk database, decided before anything is written to
/// it: a file that is not ours (empty, another program's SQLite file, a newer schema) is refused
/// with a sentence that says what it is, and is left byte for byte as it was.
class FileIdentity {
  public:
    /// PRAGMA application_id of every Placement Desk file: "PlDk" in ASCII.
    static constexpr qint32 kApplicationId = 0x506C446B;

    /// What can be told from the bytes alone, before SQLite opens the file: an empty file, a
    /// file that is not SQLite at all.
    static Status checkBytes(const QString& path);
    /// What the file's header and tables say, read (never written) on an open connection:
    /// ours by its application id, or (a file from before the id) by our own tables; refused
    /// when it belongs to another program, holds no tables, or has a schema newer than latest.
    static Status checkSchema(const Sql& sql, const QString& path, int latest);
};

} // namespace pd::core
