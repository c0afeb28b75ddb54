// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/registerservice.h"

#include <QObject>

class QWidget;

namespace pd::core {
class Desk;
}

namespace pd::ui {

/// Runs an import off the GUI thread on its own connection to the same database file, with a
/// progress dialog whose Cancel rolls everything back.
class ImportRunner : public QObject {
    Q_OBJECT
  public:
    /// Runs the import of path into the desk's file and waits (the GUI stays responsive).
    static core::Result<core::ImportSummary> run(QWidget* parent, const core::Desk& desk,
                                                 core::RegisterImportKind kind, const QString& path);
    static QString title(core::RegisterImportKind kind);
};

} // namespace pd::ui
