// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/provision.h"

#include "core/domain/geo.h"

#include <QRegularExpression>

namespace pd::core {

Status Provision::validate() const {
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems << QStringLiteral("The provision needs a name.");
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9_.-]{1,40}$"));
    if (!code.isEmpty() && !codePattern.match(code).hasMatch())
        problems << QStringLiteral(
                        "The provision code '%1' should be 1 to 40 letters, digits, '-', '_' or '.'.")
                        .arg(code);
    if (minAge < 0 || maxAge > 25 || minAge > maxAge)
        problems << QStringLiteral("The approval ages %1 to %2 are not a range from 0 to 25.")
                        .arg(minAge)
                        .arg(maxAge);
    if (places < 1 || places > 99)
        problems << QStringLiteral("The number of places should be from 1 to 99.");
    if (weeklyFee < 0 || typicalExtras < 0)
        problems << QStringLiteral("Fees cannot be negative.");
    for (const QString& s : skills)
        if (!codes<Skill>().contains(s))
            problems << QStringLiteral("'%1' is not a skill code.").arg(s);
    if (!postcode.isEmpty() && normalisePostcode(postcode).isEmpty())
        problems << QStringLiteral("'%1' is not a postcode.").arg(postcode);
    if (problems.isEmpty())
        return {};
    return Error::invalid(problems.join(u' '));
}

} // namespace pd::core
