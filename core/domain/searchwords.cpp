// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/searchwords.h"

#include <QRegularExpression>

namespace pd::core {

QStringList searchPatterns(const QString& typed) {
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList out;
    for (const QString& word : typed.toLower().split(space, Qt::SkipEmptyParts)) {
        QString escaped;
        for (QChar c : word) {
            if (c == u'\\' || c == u'%' || c == u'_')
                escaped += u'\\';
            escaped += c;
        }
        out << u'%' + escaped + u'%';
        if (out.size() == 6) // more words narrow nothing an officer would type
            break;
    }
    return out;
}

} // namespace pd::core
