// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/matching/matchreferral.h"

#include <algorithm>

namespace pd::core {

namespace {

const QString kRisk = QStringLiteral("Risk Present");

std::optional<Coordinates> lookUp(const QHash<QString, Coordinates>& coordinates, const QString& postcode) {
    const QString key = normalisePostcode(postcode);
    auto it = coordinates.constFind(key);
    if (key.isEmpty() || it == coordinates.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace

QStringList MatchReferral::postcodesOf(const Referral& r) {
    QStringList out{r.homePostcode, r.schoolPostcode};
    for (const ContactArrangement& c : r.contact)
        out << c.postcode;
    out.removeAll(QString());
    return out;
}

MatchReferral MatchReferral::from(const Referral& r, const QHash<QString, Coordinates>& coordinates,
                                  const QDate& today) {
    MatchReferral m;
    m.reference = r.reference;
    const QDate needed = r.neededByDate.isValid() ? r.neededByDate : today;
    m.neededDay = needed.toJulianDay();
    for (const ReferralChild& c : r.children) {
        const int age = c.ageOn(needed);
        m.ages << age;
        m.sexes << c.sex;
        if (age >= 0) {
            m.youngest = m.youngest < 0 ? age : std::min(m.youngest, age);
            m.oldest = std::max(m.oldest, age);
        }
    }
    m.groupSize = std::max<int>(std::max<int>(1, int(r.children.size())), r.siblingCount + 1);
    const QString suit[3] = {r.fosterCareSuitability, r.residentialCareSuitability,
                             r.supportedAccommodationSuitability};
    for (int i = 0; i < 3; ++i) {
        m.unsuitable[i] = suit[i] == QLatin1String("Unsuitable");
        m.preferred[i] = suit[i] == QLatin1String("Preferred");
    }
    const QString& lc = r.livingCompanions;
    if (lc == QLatin1String("Solo placement recommended"))
        m.alongside = Alongside::Solo;
    else if (lc == QLatin1String("With other children recommended"))
        m.alongside = Alongside::WithOthers;
    else if (lc == QLatin1String("Only with other older children"))
        m.alongside = Alongside::OnlyOlder;
    else if (lc == QLatin1String("Only with other younger children"))
        m.alongside = Alongside::OnlyYounger;
    m.sexualRiskToOthers = r.riskToOthersSexual == kRisk;
    if (r.pets == QLatin1String("No") || r.riskToOthersAnimals == kRisk)
        m.pets = PetsNeed::NoPets;
    else if (r.pets == QLatin1String("Yes - must"))
        m.pets = PetsNeed::MustHavePets;
    for (const Criterion& c : r.essentialCriteria) {
        const QString& k = c.kind;
        if (k == QLatin1String("placementType")) {
            if (const auto type = fromCode<PlacementType>(c.value))
                m.essentialTypes |= 1u << int(*type);
        } else if (k == QLatin1String("skill"))
            m.essentialSkills |= skillMask(c.value);
        else if (k == QLatin1String("maxDistanceMiles"))
            m.maxMiles = c.value.toDouble();
        else if (k == QLatin1String("maxWeeklyCost"))
            m.maxWeeklyCost = c.value.toDouble();
        else if (k == QLatin1String("carerEthnicity"))
            m.essentialEthnicity = c.value;
        else if (k == QLatin1String("carerReligion"))
            m.essentialReligion = c.value;
        else if (k == QLatin1String("carerLanguage"))
            m.essentialLanguage = c.value;
        else if (k == QLatin1String("noOtherChildren"))
            m.essentialNoOtherChildren = true;
        else if (k == QLatin1String("noYoungerChildren"))
            m.essentialNoYoungerChildren = true;
        else if (k == QLatin1String("noPets"))
            m.pets = PetsNeed::NoPets;
        else if (k == QLatin1String("petsWanted"))
            m.pets = PetsNeed::MustHavePets;
        else if (k == QLatin1String("nonSmoking"))
            m.essentialNonSmoking = true;
        else if (k == QLatin1String("inHouse"))
            m.essentialInHouse = true;
        else if (k == QLatin1String("keepSchool"))
            m.keepSchool = true;
    }
    m.desirable = r.desirableCriteria;
    if (!r.children.isEmpty()) {
        m.ethnicity = r.children.first().ethnicity;
        m.religion = r.children.first().religion;
        m.language = r.children.first().firstLanguage;
    }
    m.home = lookUp(coordinates, r.homePostcode);
    m.school = lookUp(coordinates, r.schoolPostcode);
    m.keepSchool = m.keepSchool || r.keepSchoolPlace;
    for (const ContactArrangement& c : r.contact)
        m.contacts << ContactLeg{c.with, c.sessionsPerWeek, lookUp(coordinates, c.postcode)};
    return m;
}

} // namespace pd::core
