// SPDX-License-Identifier: GPL-3.0-or-later
// import providers|provisions|vacancies|postcodes: the provider register's files.
#include "app/clicommand.h"
#include "core/services/desk.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace pd::app {

namespace {

/// Imports each file in turn; the first failure stops (earlier files stay imported).
int importFiles(CliContext& c, core::Desk& desk, const QStringList& files, core::RegisterImportKind kind,
                const QString& noun) {
    if (files.isEmpty()) {
        c.err << "placement-desk: give the " << noun << " file to import.\n";
        return int(ExitUsage);
    }
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(c, core::Error::io(QStringLiteral("Cannot read %1: %2")
                                               .arg(QDir::toNativeSeparators(path), file.errorString())));
        QElapsedTimer timer;
        timer.start();
        int shown = -10;
        const core::ImportProgress progress = [&](int percent) {
            if (percent >= shown + 10 && file.size() > (8 << 20)) {
                shown = percent;
                c.err << "  " << percent << "%\n";
                c.err.flush();
            }
            return true;
        };
        auto summary = desk.providerRegister().import(kind, file, QFileInfo(path).fileName(), progress);
        if (!summary)
            return fail(c, summary.error());
        c.out << QFileInfo(path).fileName() << ": " << summary->rows << " rows, " << summary->added
              << " added, " << summary->updated << " updated, " << summary->unchanged << " unchanged";
        if (summary->skipped > 0)
            c.out << ", " << summary->skipped << " skipped (no coordinates)";
        c.out << " (" << timer.elapsed() << " ms)\n";
    }
    return int(ExitOk);
}

} // namespace

int importProvidersKind(CliContext& c, core::Desk& desk, const QStringList& files) {
    return importFiles(c, desk, files, core::RegisterImportKind::Providers, QStringLiteral("providers"));
}

int importProvisionsKind(CliContext& c, core::Desk& desk, const QStringList& files) {
    return importFiles(c, desk, files, core::RegisterImportKind::Provisions, QStringLiteral("provisions"));
}

int importVacanciesKind(CliContext& c, core::Desk& desk, const QStringList& files) {
    return importFiles(c, desk, files, core::RegisterImportKind::Vacancies, QStringLiteral("vacancies"));
}

int importPostcodesKind(CliContext& c, core::Desk& desk, const QStringList& files) {
    return importFiles(c, desk, files, core::RegisterImportKind::Postcodes, QStringLiteral("postcodes"));
}

} // namespace pd::app
