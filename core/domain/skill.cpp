// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/skill.h"

#include <QRegularExpression>

namespace pd::core {

quint32 skillMask(const QString& commaSeparated) {
    quint32 mask = 0;
    for (QStringView part : QStringView(commaSeparated).split(u',', Qt::SkipEmptyParts))
        if (const auto skill = fromCode<Skill>(part))
            mask |= skillBit(*skill);
    return mask;
}

QStringList skillCodes(quint32 mask) {
    QStringList out;
    for (Skill s : all<Skill>())
        if (mask & skillBit(s))
            out << code(s);
    return out;
}

Result<QStringList> parseSkills(const QString& text) {
    QStringList out;
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    for (const QString& raw : text.split(separators, Qt::SkipEmptyParts)) {
        const QString c = raw.trimmed().toLower();
        if (c.isEmpty())
            continue;
        if (!fromCode<Skill>(c))
            return Error::invalid(
                QStringLiteral("'%1' is not a skill code (see docs/referral-record.md).").arg(c));
        if (!out.contains(c))
            out << c;
    }
    return out;
}

} // namespace pd::core
