// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/household.h"

namespace pd::core {

Result<QList<HouseholdMember>> parseHousehold(const QString& text) {
    QList<HouseholdMember> out;
    for (const QString& raw : text.split(u';', Qt::SkipEmptyParts)) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty())
            continue;
        const QStringList parts = entry.split(u'/');
        bool ok = false;
        HouseholdMember m;
        m.age = parts.value(0).trimmed().toInt(&ok);
        if (!ok || m.age < 0 || m.age > 25 || parts.size() > 3)
            return Error::invalid(
                QStringLiteral("'%1' is not a household entry: write age/sex/risks, e.g. 14/M/physical.")
                    .arg(entry));
        m.sex = parts.value(1).trimmed().toUpper();
        if (!m.sex.isEmpty() && m.sex != u'M' && m.sex != u'F')
            return Error::invalid(
                QStringLiteral("'%1': the sex of a child in the household is M or F.").arg(entry));
        for (const QString& r : parts.value(2).split(u'+', Qt::SkipEmptyParts)) {
            const QString risk = r.trimmed().toLower();
            if (!fromCode<HouseholdRisk>(risk))
                return Error::invalid(QStringLiteral("'%1' is not a household risk code (use %2).")
                                          .arg(risk, codes<HouseholdRisk>().join(QStringLiteral(", "))));
            m.risks << risk;
        }
        out << m;
    }
    return out;
}

QString formatHousehold(const QList<HouseholdMember>& members) {
    QStringList parts;
    for (const HouseholdMember& m : members) {
        QString s = QString::number(m.age) + u'/' + m.sex;
        if (!m.risks.isEmpty())
            s += u'/' + m.risks.join(u'+');
        parts << s;
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace pd::core
