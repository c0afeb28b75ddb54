// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/recentdatabases.h"

#include "core/domain/serveraddress.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace pd::ui {

namespace {

const QString kKey = QStringLiteral("database/recent");

// A file by its absolute path (one entry whatever the spelling); a server never with its password.
QString normalised(const QString& location) {
    const QString trimmed = location.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (core::ServerAddress::isServer(trimmed)) { // an address that does not parse is not kept at all
        auto address = core::ServerAddress::parse(trimmed);
        return address ? address->displayName() : QString();
    }
    return QFileInfo(trimmed).absoluteFilePath();
}

void store(const QStringList& list) {
    QSettings().setValue(kKey, list);
}

} // namespace

QStringList RecentDatabases::entries() {
    QStringList out;
    for (const QString& entry : QSettings().value(kKey).toStringList()) {
        const QString location = normalised(entry);
        if (!location.isEmpty() && !out.contains(location))
            out << location;
        if (out.size() == kMost)
            break;
    }
    return out;
}

void RecentDatabases::add(const QString& location) {
    const QString entry = normalised(location);
    if (entry.isEmpty())
        return;
    QStringList list = entries();
    list.removeAll(entry);
    list.prepend(entry);
    store(list.mid(0, kMost));
}

void RecentDatabases::remove(const QString& location) {
    QStringList list = entries();
    list.removeAll(normalised(location));
    store(list);
}

void RecentDatabases::clear() {
    QSettings().remove(kKey);
}

bool RecentDatabases::available(const QString& location) {
    return core::ServerAddress::isServer(location) || QFileInfo(location).isFile();
}

QString RecentDatabases::label(const QString& location) {
    if (core::ServerAddress::isServer(location))
        return core::ServerAddress::shown(location);
    const QFileInfo file(location);
    return QStringLiteral("%1 \u2014 %2").arg(file.fileName(), QDir::toNativeSeparators(file.absolutePath()));
}

} // namespace pd::ui
