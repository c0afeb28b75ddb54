// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/migration.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>

namespace pd::core {

QList<Migration> builtInMigrations() {
    static const QList<Migration> migrations = [] {
        QList<Migration> list;
        const QDir dir(QStringLiteral(":/storage/migrations"));
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
        for (const QString& file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            const auto m = pattern.match(file);
            if (!m.hasMatch())
                continue;
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            Migration step{m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll()), {}};
            QFile server(dir.filePath(QStringLiteral("postgresql/") + file));
            if (server.open(QIODevice::ReadOnly))
                step.serverSql = QString::fromUtf8(server.readAll());
            list.append(step);
        }
        std::sort(list.begin(), list.end(),
                  [](const Migration& a, const Migration& b) { return a.version < b.version; });
        return list;
    }();
    return migrations;
}

int latestSchemaVersion() {
    const auto list = builtInMigrations();
    return list.isEmpty() ? 0 : list.last().version;
}

namespace {

/// Whether text is a CREATE TRIGGER whose BEGIN ... END body has not reached its END yet.
bool insideTrigger(const QString& text) {
    const QString t = text.simplified().toUpper();
    return t.startsWith(QLatin1String("CREATE TRIGGER")) && !t.endsWith(QLatin1String(" END"));
}

} // namespace

QStringList splitSqlStatements(const QString& script) {
    QStringList out;
    QString current;
    QChar quote;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        if (!quote.isNull()) {
            current += c;
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'-' && i + 1 < script.size() && script.at(i + 1) == u'-') {
            while (i < script.size() && script.at(i) != u'\n')
                ++i;
            current += u'\n';
            continue;
        }
        if (c == u'$' && i + 1 < script.size() && script.at(i + 1) == u'$') {
            // A $$-quoted body (PostgreSQL functions) runs to the next $$.
            const qsizetype end = script.indexOf(QLatin1String("$$"), i + 2);
            const qsizetype stop = end < 0 ? script.size() : end + 2;
            current += script.mid(i, stop - i);
            i = stop - 1;
        } else if (c == u'\'' || c == u'"') {
            quote = c;
            current += c;
        } else if (c == u';' && insideTrigger(current)) {
            current += c; // a statement of the trigger's body: the trigger ends at END;
        } else if (c == u';') {
            if (!current.trimmed().isEmpty())
                out << current.trimmed();
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

} // namespace pd::core
