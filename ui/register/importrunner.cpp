// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/register/importrunner.h"

#include "core/services/desk.h"
#include "ui/widgets/backgroundtask.h"

#include <QFile>
#include <QFileInfo>

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

QObject* ImportRunner::start(QWidget* parent, const core::Desk& desk, core::RegisterImportKind kind,
                             const QString& path, Done done) {
    return BackgroundTask<core::ImportSummary>::start(
        parent, title(kind), tr("Importing %1\u2026").arg(QFileInfo(path).fileName()), desk,
        [kind, path](core::Desk& own, const BackgroundTask<core::ImportSummary>::Progress& progress)
            -> core::Result<core::ImportSummary> {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return core::Error::io(tr("Cannot read %1: %2").arg(path, file.errorString()));
            return own.providerRegister().import(kind, file, QFileInfo(path).fileName(), progress);
        },
        std::move(done));
}

} // namespace pd::ui
