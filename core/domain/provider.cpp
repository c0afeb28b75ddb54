// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/provider.h"

#include "core/domain/geo.h"

#include <QRegularExpression>

namespace pd::core {

bool isBarred(FrameworkStatus status) {
    return status == FrameworkStatus::Suspended || status == FrameworkStatus::Excluded;
}

Status Provider::validate() const {
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems << QStringLiteral("The provider needs a name.");
    static const QRegularExpression urnPattern(QStringLiteral("^[A-Za-z0-9]{6,10}$"));
    if (!ofstedUrn.isEmpty() && !urnPattern.match(ofstedUrn).hasMatch())
        problems << QStringLiteral("The Ofsted URN '%1' should be 6 to 10 letters or digits (e.g. SC123456).")
                        .arg(ofstedUrn);
    if (rating != OfstedRating::None && rating != OfstedRating::NotYetInspected && !ratingDate.isValid())
        problems << QStringLiteral("Give the date of the Ofsted rating.");
    if (priceBandLower && priceBandUpper && *priceBandLower > *priceBandUpper)
        problems << QStringLiteral("The lower price band (£%1) is above the upper one (£%2).")
                        .arg(*priceBandLower, 0, 'f', 2)
                        .arg(*priceBandUpper, 0, 'f', 2);
    if ((priceBandLower && *priceBandLower < 0) || (priceBandUpper && *priceBandUpper < 0))
        problems << QStringLiteral("Price bands cannot be negative.");
    if (isBarred(frameworkStatus) && statusReason.trimmed().isEmpty())
        problems << QStringLiteral("A %1 provider needs the reason it was %1.")
                        .arg(label(frameworkStatus).toLower());
    if (isBarred(frameworkStatus) && !statusDate.isValid())
        problems
            << QStringLiteral("Give the date the provider was %1.").arg(label(frameworkStatus).toLower());
    static const QRegularExpression mail(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!referralEmail.isEmpty() && !mail.match(referralEmail).hasMatch())
        problems << QStringLiteral("The referral e-mail '%1' is not an e-mail address.").arg(referralEmail);
    if (!postcode.isEmpty() && normalisePostcode(postcode).isEmpty())
        problems << QStringLiteral("'%1' is not a postcode.").arg(postcode);
    if (problems.isEmpty())
        return {};
    return Error::invalid(problems.join(u' '));
}

} // namespace pd::core
