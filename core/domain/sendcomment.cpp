// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/sendcomment.h"

#include <QRegularExpression>

namespace pd::core {

QString sentToProviders(const QStringList& names) {
    if (names.isEmpty())
        return QStringLiteral("Sent to no provider");
    if (names.size() == 1)
        return QStringLiteral("Sent to %1").arg(names.first());
    return QStringLiteral("Sent to %1 and %2")
        .arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
}

QString nameProvidersInComment(const QString& comment, const std::function<QString(qint64)>& nameOf) {
    static const QRegularExpression ids(QStringLiteral("^Sent to providers ((?:\\d+)(?:, \\d+)*)"));
    const QRegularExpressionMatch m = ids.match(comment);
    if (!m.hasMatch())
        return comment;
    QStringList names;
    for (const QString& id : m.captured(1).split(QStringLiteral(", ")))
        names << nameOf(id.toLongLong());
    return sentToProviders(names) + comment.mid(m.capturedEnd(0));
}

} // namespace pd::core
