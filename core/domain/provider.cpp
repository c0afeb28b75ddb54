// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/provider.h"

#include "core/domain/geo.h"

#include <QRegularExpression>

namespace pd::core {

namespace {

template <typename E> struct Entry {
    E value;
    const char* code;
    const char* label;
};

const Entry<ProviderKind> kKinds[] = {
    {ProviderKind::InHouseFostering, "in_house_fostering", "In-house fostering service"},
    {ProviderKind::InHouseHome, "in_house_home", "In-house children's home"},
    {ProviderKind::Ifa, "ifa", "Independent fostering agency"},
    {ProviderKind::ChildrensHome, "childrens_home", "Children's home"},
    {ProviderKind::ResidentialSchool, "residential_school", "Residential school"},
    {ProviderKind::SupportedAccommodation, "supported_accommodation", "Supported accommodation"},
    {ProviderKind::ParentAndChild, "parent_and_child", "Parent and child"},
};
const Entry<FrameworkStatus> kStatuses[] = {
    {FrameworkStatus::InHouse, "in_house", "In-house"},
    {FrameworkStatus::SelectList, "select_list", "Select list"},
    {FrameworkStatus::RegionalFramework, "regional_framework", "Regional framework"},
    {FrameworkStatus::Spot, "spot", "Spot purchase"},
    {FrameworkStatus::Suspended, "suspended", "Suspended"},
    {FrameworkStatus::Excluded, "excluded", "Excluded"},
};
const Entry<OfstedRating> kRatings[] = {
    {OfstedRating::None, "", "No rating recorded"},
    {OfstedRating::Outstanding, "outstanding", "Outstanding"},
    {OfstedRating::Good, "good", "Good"},
    {OfstedRating::RequiresImprovement, "requires_improvement", "Requires improvement"},
    {OfstedRating::Inadequate, "inadequate", "Inadequate"},
    {OfstedRating::NotYetInspected, "not_yet_inspected", "Not yet inspected"},
};

template <typename E, size_t N> const Entry<E>* entryFor(const Entry<E> (&table)[N], E value) {
    for (const auto& e : table)
        if (e.value == value)
            return &e;
    return &table[0];
}

template <typename E, size_t N> std::optional<E> fromCode(const Entry<E> (&table)[N], const QString& text) {
    const QString c = text.trimmed().toLower();
    for (const auto& e : table)
        if (c == QLatin1String(e.code))
            return e.value;
    return std::nullopt;
}

template <typename E, size_t N> QList<E> values(const Entry<E> (&table)[N]) {
    QList<E> out;
    for (const auto& e : table)
        out << e.value;
    return out;
}

} // namespace

QString code(ProviderKind kind) {
    return QLatin1String(entryFor(kKinds, kind)->code);
}
QString code(FrameworkStatus status) {
    return QLatin1String(entryFor(kStatuses, status)->code);
}
QString code(OfstedRating rating) {
    return QLatin1String(entryFor(kRatings, rating)->code);
}
QString label(ProviderKind kind) {
    return QLatin1String(entryFor(kKinds, kind)->label);
}
QString label(FrameworkStatus status) {
    return QLatin1String(entryFor(kStatuses, status)->label);
}
QString label(OfstedRating rating) {
    return QLatin1String(entryFor(kRatings, rating)->label);
}
std::optional<ProviderKind> providerKindFromCode(const QString& c) {
    return fromCode(kKinds, c);
}
std::optional<FrameworkStatus> frameworkStatusFromCode(const QString& c) {
    return fromCode(kStatuses, c);
}
std::optional<OfstedRating> ofstedRatingFromCode(const QString& c) {
    return fromCode(kRatings, c);
}
QList<ProviderKind> allProviderKinds() {
    return values(kKinds);
}
QList<FrameworkStatus> allFrameworkStatuses() {
    return values(kStatuses);
}
QList<OfstedRating> allOfstedRatings() {
    return values(kRatings);
}

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
