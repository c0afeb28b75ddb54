// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/savefolder.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace pd::ui {

namespace {
const QString kKey = QStringLiteral("files/lastSaveFolder");
}

QString SaveFolder::folder() {
    const QString last = QSettings().value(kKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void SaveFolder::remember(const QString& fileOrFolder) {
    if (fileOrFolder.isEmpty())
        return;
    const QFileInfo info(fileOrFolder);
    QSettings().setValue(kKey, info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

QString SaveFolder::suggest(const QString& fileName) {
    return QDir(folder()).filePath(fileName);
}

QString SaveFolder::ask(QWidget* parent, const QString& title, const QString& fileName,
                        const QString& filter) {
    const QString path = QFileDialog::getSaveFileName(parent, title, suggest(fileName), filter);
    remember(path);
    return path;
}

} // namespace pd::ui
