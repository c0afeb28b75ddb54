// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/registerservice.h"

#include <QObject>
#include <functional>

class QWidget;

namespace pd::core {
class Desk;
}

namespace pd::ui {

/// Runs a register import off the GUI thread on its own connection to the same database
/// (BackgroundTask), with a progress dialog whose Cancel rolls everything back.
class ImportRunner : public QObject {
    Q_OBJECT
  public:
    using Done = std::function<void(core::Result<core::ImportSummary>&)>;
    /// Starts the import of path into the desk's database; `done` gets the outcome on the GUI
    /// thread. The returned object (a QFutureWatcher) emits finished() after `done` ran.
    static QObject* start(QWidget* parent, const core::Desk& desk, core::RegisterImportKind kind,
                          const QString& path, Done done);
    static QString title(core::RegisterImportKind kind);
};

} // namespace pd::ui
