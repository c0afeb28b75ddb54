// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/entrychecks.h"

#include "core/domain/typeddate.h"

namespace pd::core {

QDate parseTypedDate(const QString& text) {
    return TypedDate::read(text).date;
}

QString dateOfBirthProblem(const QDate& dateOfBirth, const QDate& today) {
    if (!dateOfBirth.isValid())
        return {};
    if (dateOfBirth > today)
        return QStringLiteral("%1 is in the future").arg(dateOfBirth.toString(QStringLiteral("dd/MM/yyyy")));
    if (dateOfBirth < today.addYears(-kOldestChildYears))
        return QStringLiteral("%1 is more than %2 years ago: not a child's date of birth")
            .arg(dateOfBirth.toString(QStringLiteral("dd/MM/yyyy")))
            .arg(kOldestChildYears);
    return {};
}

QStringList childEntryProblems(int childNumber, const QString& dateOfBirth, const QString& sex) {
    QStringList out;
    const QString dob = dateOfBirth.trimmed();
    if (const TypedDate typed = TypedDate::read(dob); !typed.ok())
        out << QStringLiteral("Child %1's date of birth: %2").arg(childNumber).arg(typed.problem);
    const QString s = sex.trimmed().toUpper();
    if (!s.isEmpty() && s != QLatin1String("M") && s != QLatin1String("F"))
        out << QStringLiteral("Child %1: sex must be M or F").arg(childNumber);
    return out;
}

QStringList contactEntryProblems(int contactNumber, const QString& sessionsPerWeek) {
    bool ok = true;
    if (!sessionsPerWeek.trimmed().isEmpty())
        sessionsPerWeek.trimmed().toDouble(&ok);
    if (!ok)
        return {QStringLiteral("Contact %1: sessions a week must be a number").arg(contactNumber)};
    return {};
}

} // namespace pd::core
