// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/serveraddress.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace pd::core {

bool ServerAddress::isServer(const QString& text) {
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::parse(const QString& text) {
    const QUrl url(text, QUrl::StrictMode);
    const auto refuse = [&](const QString& why) {
        return Error::invalid(QStringLiteral("'%1' is not a usable server address: %2. Write it as "
                                             "postgresql://user@host:5432/database.")
                                  .arg(QUrl(text).toDisplayString(QUrl::RemovePassword), why));
    };
    if (!url.isValid() || !isServer(text))
        return refuse(QStringLiteral("it does not read as a URL"));
    ServerAddress a;
    a.host = url.host();
    a.port = url.port(5432);
    a.user = url.userName();
    a.password = url.password();
    a.database = url.path().mid(1);
    if (a.host.isEmpty())
        return refuse(QStringLiteral("it names no host"));
    if (a.database.isEmpty() || a.database.contains(u'/'))
        return refuse(QStringLiteral("it names no database after the host"));
    QStringList options;
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode") || key == QLatin1String("connect_timeout") ||
            key == QLatin1String("application_name"))
            options << QStringLiteral("%1=%2").arg(key, value);
        else
            return refuse(QStringLiteral("'%1' is not an option Placement Desk passes on (sslmode, "
                                         "connect_timeout, application_name)")
                              .arg(key));
    }
    if (!query.hasQueryItem(QStringLiteral("connect_timeout")))
        options << QStringLiteral("connect_timeout=10");
    a.options = options.join(u';');
    return a;
}

QString ServerAddress::displayName() const {
    return QStringLiteral("postgresql://%1%2:%3/%4")
        .arg(user.isEmpty() ? QString() : user + u'@', host)
        .arg(port)
        .arg(database);
}

QString ServerAddress::shown(const QString& location) {
    if (isServer(location)) {
        auto address = parse(location);
        return address ? address->displayName() : location;
    }
    return QDir::toNativeSeparators(QFileInfo(location).absoluteFilePath());
}

QString ServerAddress::withDatabase(const QString& name) const {
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPassword(password);
    url.setPath(u'/' + name);
    return url.toString();
}

} // namespace pd::core
