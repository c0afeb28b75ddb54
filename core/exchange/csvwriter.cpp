// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/csvwriter.h"

#include <QSaveFile>

namespace pd::core {

namespace {

QByteArray field(const QVariant& v) {
    QString s = v.typeId() == QMetaType::Double ? QString::number(v.toDouble(), 'f', 2) : v.toString();
    // A leading =, +, - or @ would be run as a formula by spreadsheets, and so would one after a
    // leading tab or carriage return (which spreadsheets skip): keep it text.
    if (!s.isEmpty() && QStringLiteral("=+-@\t\r").contains(s.at(0)) && v.typeId() == QMetaType::QString)
        s.prepend(u'\'');
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n') || s.contains(u'\r'))
        s = u'"' + s.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return s.toUtf8();
}

} // namespace

QByteArray tableToCsv(const TableSnapshot& table) {
    QByteArray out;
    auto row = [&out](const QVariantList& values) {
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i)
                out += ',';
            out += field(values.at(i));
        }
        out += "\r\n";
    };
    QVariantList header;
    for (const QString& h : table.headers)
        header << h;
    row(header);
    for (const QVariantList& r : table.rows)
        row(r);
    return out;
}

Status saveTableCsv(const TableSnapshot& table, const QString& path) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::io(QStringLiteral("Cannot write %1: %2.").arg(path, f.errorString()));
    f.write(tableToCsv(table));
    if (!f.commit())
        return Error::io(QStringLiteral("Cannot write %1: %2.").arg(path, f.errorString()));
    return {};
}

} // namespace pd::core
