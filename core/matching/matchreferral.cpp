// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/matching/matchreferral.h"

#include <algorithm>

namespace pd::core {

namespace {

const QString kRisk = QStringLiteral("Risk Present");

std::optional<Coordinates> lookUp(const QHash<QString, Coordinates>& coordinates, const QString& postcode)
{
    const QString key = normalisePostcode(postcode);
    auto it = coordinates.constFind(key);
    if (key.isEmpty() || it == coordinates.constEnd())
        return std::nullopt;
    return *it;
}

} // namespace

qint64 julianDayFromIso(const char* t, int n)
{
    if (n < 10 || t[4] != '-' || t[7] != '-')
        return 0;
    auto digits = [t](int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; ++i) {
            if (t[i] < '0' || t[i] > '9')
                return -1;
            v = v * 10 + (t[i] - '0');
        }
        return v;
    };
    const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
    if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31)
        return 0;
    // Fliegel & Van Flandern: the same day numbers as QDate::toJulianDay().
    const int a = (14 - m) / 12, yy = y + 4800 - a, mm = m + 12 * a - 3;
    return d + (153 * mm + 2) / 5 + 365LL * yy + yy / 4 - yy / 100 + yy / 400 - 32045;
}

QStringList MatchReferral::postcodesOf(const Referral& r)
{
    QStringList out{r.homePostcode, r.schoolPostcode};
    for (const ContactArrangement& c : r.contact)
        out << c.postcode;
    out.removeAll(QString());
    return out;
}

MatchReferral MatchReferral::from(const Referral& r, const QHash<QString, Coordinates>& coordinates, const QDate& today)
{
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
    const QString suit[3] = {r.fosterCareSuitability, r.residentialCareSuitability, r.supportedAccommodationSuitability};
    for (int i = 0; i < 3; ++i) {
        m.unsuitable[i] = suit[i] == QLatin1String("Unsuitable");
        m.preferred[i] = suit[i] == QLatin1String("Preferred");
    }
    const QString& lc = r.livingCompanions;
    if (lc == QLatin1String("Solo placement recommended")) m.alongside = Alongside::Solo;
    else if (lc == QLatin1String("With other children recommended")) m.alongside = Alongside::WithOthers;
    else if (lc == QLatin1String("Only with other older children")) m.alongside = Alongside::OnlyOlder;
    else if (lc == QLatin1String("Only with other younger children")) m.alongside = Alongside::OnlyYounger;
    m.sexualRiskToOthers = r.riskToOthersSexual == kRisk;
    if (r.pets == QLatin1String("No") || r.riskToOthersAnimals == kRisk)
        m.pets = PetsNeed::NoPets;
    else if (r.pets == QLatin1String("Yes - must"))
        m.pets = PetsNeed::MustHavePets;
    for (const Criterion& c : r.essentialCriteria) {
        const QString& k = c.kind;
        PlacementType type;
        if (k == QLatin1String("placementType") && placementTypeFromCode(c.value, &type))
            m.essentialTypes |= 1u << int(type);
        else if (k == QLatin1String("skill")) m.essentialSkills |= skillBit(c.value);
        else if (k == QLatin1String("maxDistanceMiles")) m.maxMiles = c.value.toDouble();
        else if (k == QLatin1String("maxWeeklyCost")) m.maxWeeklyCost = c.value.toDouble();
        else if (k == QLatin1String("carerEthnicity")) m.essentialEthnicity = c.value;
        else if (k == QLatin1String("carerReligion")) m.essentialReligion = c.value;
        else if (k == QLatin1String("carerLanguage")) m.essentialLanguage = c.value;
        else if (k == QLatin1String("noOtherChildren")) m.essentialNoOtherChildren = true;
        else if (k == QLatin1String("noYoungerChildren")) m.essentialNoYoungerChildren = true;
        else if (k == QLatin1String("noPets")) m.pets = PetsNeed::NoPets;
        else if (k == QLatin1String("petsWanted")) m.pets = PetsNeed::MustHavePets;
        else if (k == QLatin1String("nonSmoking")) m.essentialNonSmoking = true;
        else if (k == QLatin1String("inHouse")) m.essentialInHouse = true;
        else if (k == QLatin1String("keepSchool")) m.keepSchool = true;
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
