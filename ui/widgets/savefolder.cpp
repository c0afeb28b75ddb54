// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/savefolder.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace pd::ui {

namespace {

// One remembered folder per kind; files of no kind share the key the program always used.
QString keyOf(const QString& kind) {
    return kind.isEmpty() ? QStringLiteral("files/lastSaveFolder")
                          : QStringLiteral("files/saveFolder/") + kind;
}

} // namespace

QString SaveFolder::folder(const QString& kind) {
    const QString last = QSettings().value(keyOf(kind)).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

void SaveFolder::remember(const QString& fileOrFolder, const QString& kind) {
    if (fileOrFolder.isEmpty())
        return;
    const QFileInfo info(fileOrFolder);
    QSettings().setValue(keyOf(kind), info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

QString SaveFolder::kindOf(const QString& fileName) {
    return QFileInfo(fileName).suffix().toLower();
}

QString SaveFolder::suggest(const QString& fileName) {
    return QDir(folder(kindOf(fileName))).filePath(fileName);
}

QString SaveFolder::ask(QWidget* parent, const QString& title, const QString& fileName,
                        const QString& filter) {
    const QString path = QFileDialog::getSaveFileName(parent, title, suggest(fileName), filter);
    remember(path, kindOf(path.isEmpty() ? fileName : path));
    return path;
}

} // namespace pd::ui
