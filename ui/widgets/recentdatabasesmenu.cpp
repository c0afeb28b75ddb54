// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/recentdatabasesmenu.h"

#include "ui/widgets/recentdatabases.h"

#include <QDir>

namespace pd::ui {

RecentDatabasesMenu::RecentDatabasesMenu(QWidget* parent) : QMenu(tr("Open r&ecent"), parent) {
    setToolTipsVisible(true); // a missing file says why it is disabled
    connect(this, &QMenu::aboutToShow, this, &RecentDatabasesMenu::rebuild);
    rebuild();
}

void RecentDatabasesMenu::rebuildLater() {
    QMetaObject::invokeMethod(this, &RecentDatabasesMenu::rebuild, Qt::QueuedConnection);
}

void RecentDatabasesMenu::rebuild() {
    clear();
    const QStringList entries = RecentDatabases::entries();
    int missing = 0;
    for (int i = 0; i < entries.size(); ++i) {
        const QString& location = entries.at(i);
        const bool there = RecentDatabases::available(location);
        QString text = QStringLiteral("&%1 %2").arg(i + 1).arg(RecentDatabases::label(location));
        text.replace(QStringLiteral("&"), QStringLiteral("&&")).replace(0, 2, QStringLiteral("&"));
        if (!there)
            text += tr(" (not found)");
        QAction* action = addAction(text);
        action->setData(location);
        action->setEnabled(there);
        action->setToolTip(
            there ? QDir::toNativeSeparators(location)
                  : tr("%1 is not there any more: it was moved, renamed or deleted, or its drive "
                       "is not connected. Use File \u203a Open database to find it.")
                        .arg(QDir::toNativeSeparators(location)));
        connect(action, &QAction::triggered, this, [this, location] { emit openRequested(location); });
        missing += there ? 0 : 1;
    }
    if (entries.isEmpty()) {
        addAction(tr("No databases opened yet"))->setEnabled(false);
        return;
    }
    addSeparator();
    if (missing > 0)
        addAction(tr("Remove &missing files from the list"), this, [this] {
            for (const QString& location : RecentDatabases::entries())
                if (!RecentDatabases::available(location))
                    RecentDatabases::remove(location);
            rebuildLater();
        });
    addAction(tr("&Clear the list"), this, [this] {
        RecentDatabases::clear();
        rebuildLater();
    });
}

} // namespace pd::ui
