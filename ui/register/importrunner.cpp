// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/register/importrunner.h"

#include "core/services/desk.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>
#include <atomic>

namespace pd::ui {

QString ImportRunner::title(core::RegisterImportKind kind) {
    switch (kind) {
    case core::RegisterImportKind::Providers:
        return tr("Import providers");
    case core::RegisterImportKind::Provisions:
        return tr("Import provisions");
    case core::RegisterImportKind::Vacancies:
        return tr("Import vacancies");
    case core::RegisterImportKind::Postcodes:
        return tr("Import postcodes");
    }
    return {};
}

core::Result<core::ImportSummary> ImportRunner::run(QWidget* parent, const core::Desk& desk,
                                                    core::RegisterImportKind kind, const QString& path) {
    const QString dbPath = desk.path();
    const QString user = desk.userName();
    std::atomic<bool> cancel{false};
    core::Result<core::ImportSummary> result = core::Error::refused(tr("The import did not run."));

    QProgressDialog dialog(tr("Importing %1\u2026").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 100,
                           parent);
    dialog.setWindowTitle(title(kind));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setValue(0);
    QPointer<QProgressDialog> guard(&dialog);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&cancel] { cancel = true; });

    // The worker owns its connection: QtSql connections must stay on the thread that made them.
    QThread* thread = QThread::create([&] {
        auto own = core::Desk::open(dbPath);
        if (!own) {
            result = own.error();
            return;
        }
        own.value()->setUserName(user);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result = core::Error::io(tr("Cannot read %1: %2").arg(path, file.errorString()));
            return;
        }
        result =
            own.value()->providerRegister().import(kind, file, QFileInfo(path).fileName(), [&](int percent) {
                QMetaObject::invokeMethod(
                    guard,
                    [guard, percent] {
                        if (guard)
                            guard->setValue(percent);
                    },
                    Qt::QueuedConnection);
                return !cancel.load();
            });
    });
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    dialog.close();
    return result;
}

} // namespace pd::ui
