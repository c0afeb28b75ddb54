// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/services/desk.h"

#include <QFutureWatcher>
#include <QProgressDialog>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <functional>
#include <memory>

namespace pd::ui {

/// Long work that changes the database (an import) off the GUI thread, with a progress dialog;
/// the one runner for such work. The work runs on a worker thread with a Desk of its own on the
/// same database, signed in as the same user; it reports progress in percent and learns of Cancel
/// from `Progress` returning false (it then rolls back). Its result comes back through `done` on
/// the GUI thread; nothing waits meanwhile (no nested event loop). The returned watcher emits
/// finished() after `done` ran (tests wait on it). If the parent goes, the work is asked to stop
/// and its result dropped.
template <class T> class BackgroundTask {
  public:
    using Progress = std::function<bool(int percent)>;
    using Work = std::function<core::Result<T>(core::Desk&, const Progress&)>;
    using Done = std::function<void(core::Result<T>&)>;
    using Shared = std::shared_ptr<core::Result<T>>;

    /// `cancellable`: whether the work stops when Progress says so (else the dialog has no Cancel).
    static QFutureWatcher<Shared>* start(QWidget* parent, const QString& title, const QString& label,
                                         const core::Desk& desk, Work work, Done done,
                                         bool cancellable = true) {
        auto* dialog =
            new QProgressDialog(label, QObject::tr("Cancel"), 0, 0, parent); // busy until a percent
        if (!cancellable)
            dialog->setCancelButton(nullptr);
        dialog->setWindowTitle(title);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->setMinimumDuration(300);
        dialog->setAutoClose(false);
        dialog->setAutoReset(false);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setValue(0);
        auto* watcher = new QFutureWatcher<Shared>(parent);
        // Cancel is a request the work answers (it rolls back and says so); the future itself is
        // never cancelled, so a result that came in just as Cancel was pressed still arrives.
        auto stop = std::make_shared<std::atomic<bool>>(false);
        QObject::connect(dialog, &QProgressDialog::canceled, watcher, [stop] { *stop = true; });
        QObject::connect(watcher, &QObject::destroyed, [stop] { *stop = true; });
        QObject::connect(watcher, &QFutureWatcherBase::progressValueChanged, dialog, [dialog](int percent) {
            if (dialog->maximum() == 0)
                dialog->setRange(0, 100);
            dialog->setValue(percent);
        });
        // done() runs before the watcher's own finished() reaches anyone else: connected first.
        QObject::connect(watcher, &QFutureWatcherBase::finished, watcher, [watcher, dialog, done] {
            dialog->close();
            watcher->deleteLater();
            done(*watcher->future().result());
        });
        const QString database = desk.path();
        const QString user = desk.userName();
        watcher->setFuture(QtConcurrent::run([database, user, work, stop](QPromise<Shared>& promise) {
            auto own = core::Desk::open(database);
            if (!own) {
                promise.addResult(std::make_shared<core::Result<T>>(own.error()));
                return;
            }
            own.value()->setUserName(user);
            promise.setProgressRange(0, 100);
            const Progress progress = [&promise, stop](int percent) {
                promise.setProgressValue(percent);
                return !stop->load();
            };
            promise.addResult(std::make_shared<core::Result<T>>(work(*own.value(), progress)));
        }));
        return watcher;
    }
};

} // namespace pd::ui
