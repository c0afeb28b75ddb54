// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/importprogress.h"

#include <QObject>

class QWidget;

namespace pd::core {
class Database;
}

namespace pd::ui {

/// The register's file imports, as the GUI offers them.
enum class RegisterImport { Providers, Provisions, Vacancies, Postcodes };

/// Runs an import off the GUI thread on its own connection to the same database file, with a
/// progress dialog whose Cancel rolls everything back.
class ImportRunner : public QObject {
    Q_OBJECT
public:
    /// Runs the import of path into db's file and waits (the GUI stays responsive).
    static core::Result<core::ImportSummary> run(QWidget* parent, const core::Database& db, RegisterImport kind,
                                                 const QString& path);
    static QString title(RegisterImport kind);
};

} // namespace pd::ui
