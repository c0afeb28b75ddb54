// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/importprogress.h"
#include "core/storage/database.h"

#include <QByteArray>

namespace pd::test {

using Importer = core::Result<core::ImportSummary> (*)(core::Database&, QIODevice&, const QString&,
                                                       const core::ImportProgress&);

/// Runs an import over text, as if read from a file called label.
core::Result<core::ImportSummary> importText(core::Database& db, Importer importer, const QByteArray& text,
                                             const QString& label = QStringLiteral("file.csv"));
/// Imports one of docs/examples/*.csv (postcodes, providers, provisions, vacancies).
core::Result<core::ImportSummary> importExample(core::Database& db, const QString& kind);
/// Imports all four example files in order; fails the test when one fails.
void importAllExamples(core::Database& db);
/// Row counts of the register tables and the audit log, to prove a refused import wrote nothing.
QString registerFingerprint(core::Database& db);

} // namespace pd::test
