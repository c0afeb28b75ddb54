// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/skill.h"

#include <QRegularExpression>

namespace pd::core {

quint32 skillMask(const QString& commaSeparated) {
    // Without splitting into a list: called per register row and per scored candidate.
    quint32 mask = 0;
    const QStringView all(commaSeparated);
    qsizetype from = 0;
    while (from <= all.size()) {
        qsizetype comma = all.indexOf(u',', from);
        if (comma < 0)
            comma = all.size();
        if (const auto skill = fromCode<Skill>(all.mid(from, comma - from)))
            mask |= skillBit(*skill);
        from = comma + 1;
    }
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
