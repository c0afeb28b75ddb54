// SPDX-License-Identifier: GPL-3.0-or-later
// Providers, provisions (foster households and homes), household members and vacancies.
#include "core/demo/democontext.h"
#include "core/demo/demonames.h"
#include "core/domain/household.h"

namespace pd::core {

namespace {

/// One kind of provider the demo city buys from, with what its provisions look like.
struct ProviderPlan {
    const char* kind;
    int countPerScale;
    int provisionsMin, provisionsMax;
    const char* category; ///< mix category of children placed there
    const char* placementType;
    const char* kindWord; ///< for names: "Fostering", "Care", ...
    int feeLo, feeHi;     ///< weekly fee range
    int minAgeLo, minAgeHi, maxAge;
};

const QList<ProviderPlan>& plans() {
    static const QList<ProviderPlan> p = {
        {"in_house_fostering", 1, 220, 220, "in_house_foster", "foster", "", 300, 450, 0, 8, 17},
        {"ifa", 16, 8, 14, "ifa", "foster", "Fostering", 750, 1100, 0, 8, 17},
        {"in_house_home", 4, 1, 1, "in_house_residential", "residential", "", 3000, 4500, 10, 12, 17},
        {"childrens_home", 12, 1, 4, "independent_residential", "residential", "Care", 3500, 6000, 8, 12, 17},
        {"residential_school", 4, 1, 1, "independent_residential", "residential", "School", 4000, 6000, 8, 11,
         18},
        {"supported_accommodation", 6, 1, 4, "supported_accommodation", "supported", "Housing", 800, 1500, 16,
         16, 20},
        {"parent_and_child", 3, 1, 2, "parent_and_child", "residential", "Family Centre", 1500, 2500, 14, 16,
         25},
    };
    return p;
}

const QStringList kRatings{QStringLiteral("outstanding"), QStringLiteral("good"),
                           QStringLiteral("requires_improvement"), QStringLiteral("inadequate"),
                           QStringLiteral("not_yet_inspected")};
const QStringList kSkills{QStringLiteral("asd"),
                          QStringLiteral("ebd"),
                          QStringLiteral("learning_disability"),
                          QStringLiteral("mental_health"),
                          QStringLiteral("uasc"),
                          QStringLiteral("sexualised_behaviour"),
                          QStringLiteral("sibling_groups"),
                          QStringLiteral("staying_put"),
                          QStringLiteral("therapeutic"),
                          QStringLiteral("disability"),
                          QStringLiteral("pmld")};

/// IFA framework status by position in each block of 16: 10 select list, 2 regional, 2 spot, 1 suspended, 1
/// excluded.
QString ifaStatus(int index) {
    const int i = index % 16;
    if (i < 10)
        return QStringLiteral("select_list");
    if (i < 12)
        return QStringLiteral("regional_framework");
    if (i < 14)
        return QStringLiteral("spot");
    return i == 14 ? QStringLiteral("suspended") : QStringLiteral("excluded");
}

QString frameworkStatus(const ProviderPlan& plan, int index, DemoRandom& rng) {
    const QString kind = QLatin1String(plan.kind);
    if (kind.startsWith(QLatin1String("in_house")))
        return QStringLiteral("in_house");
    if (kind == QLatin1String("ifa"))
        return ifaStatus(index);
    return rng.chance(0.5) ? QStringLiteral("regional_framework") : QStringLiteral("spot");
}

QString skillsFor(DemoRandom& rng, const ProviderPlan& plan) {
    QStringList skills;
    const int n = rng.weighted({2, 4, 3, 1});
    for (int i = 0; i < n; ++i) {
        const QString s = rng.pick(kSkills);
        if (!skills.contains(s))
            skills << s;
    }
    if (QLatin1String(plan.kind) == QLatin1String("parent_and_child"))
        skills = {QStringLiteral("parent_and_baby")};
    if (QLatin1String(plan.placementType) == QLatin1String("supported") &&
        !skills.contains(QStringLiteral("staying_put")))
        skills << QStringLiteral("staying_put");
    skills.sort();
    return skills.isEmpty() ? QStringLiteral("") : skills.join(u','); // the column is NOT NULL: '' means none
}

QString qualityNote(DemoRandom& rng) {
    static const QStringList notes{
        QString(),
        QString(),
        QString(),
        QStringLiteral("Strong on education: all children in the last two years kept their school place."),
        QStringLiteral("One disruption in 2025 after a pre-disruption meeting; support plan now in place."),
        QStringLiteral("Carers completed therapeutic parenting training this year."),
        QStringLiteral("Good at supporting family time; transport arranged by the household."),
        QStringLiteral("Annual review overdue; supervising social worker chased."),
    };
    return rng.pick(notes);
}

struct Ofsted {
    QString rating;
    QString date;
};

Ofsted ofstedFor(DemoContext& c) {
    const int r = c.rng.weighted({18, 62, 14, 2, 4});
    if (r == 4)
        return {kRatings[r], QString()};
    return {kRatings[r], c.options.today.addDays(-c.rng.between(30, 1400)).toString(Qt::ISODate)};
}

QString placeProviderFor(const ProviderPlan& plan, DemoRandom& rng) {
    if (QString::fromLatin1(plan.kind).startsWith(QLatin1String("in_house")))
        return QStringLiteral("PR1");
    return rng.chance(0.75) ? QStringLiteral("PR4") : QStringLiteral("PR5");
}

Status writeHouseholdMembers(DemoContext& c, qint64 provisionId, bool foster) {
    const int members = foster ? c.rng.weighted({40, 30, 20, 10}) : c.rng.between(1, 3);
    for (int i = 0; i < members; ++i) {
        QString risks = QStringLiteral(""); // NOT NULL: '' means none known
        if (c.rng.chance(foster ? 0.05 : 0.25))
            // The register's household risk codes (docs/formats.md, provisions).
            risks = c.rng.pick(QStringList{code(HouseholdRisk::Physical), code(HouseholdRisk::Sexual),
                                           code(HouseholdRisk::Criminal), code(HouseholdRisk::Fire)});
        auto id = c.writer.insert(QStringLiteral("household_members"),
                                  {provisionId, foster ? c.rng.between(0, 22) : c.rng.between(11, 17),
                                   c.rng.chance(0.5) ? QStringLiteral("M") : QStringLiteral("F"), risks});
        if (!id)
            return id.error();
    }
    return {};
}

struct ProviderRow {
    qint64 id = 0;
    QString urn;
    QString postcode;
    QString placeProvider;
    double bandLower = 0;
    double bandUpper = 0;
};

Result<ProviderRow> writeProvider(DemoContext& c, const ProviderPlan& plan, int index, int& urnCounter) {
    ProviderRow row;
    const QString kind = QLatin1String(plan.kind);
    QString name;
    if (kind == QLatin1String("in_house_fostering"))
        name = index == 0 ? QStringLiteral("Riverton Fostering Service")
                          : QStringLiteral("Riverton Fostering Service (area %1)").arg(index + 1);
    else if (kind == QLatin1String("in_house_home"))
        name = QStringLiteral("Riverton Council — %1").arg(demonames::houseName(c.rng));
    else
        name = demonames::organisationName(c.rng, QLatin1String(plan.kindWord));
    // Names are unique: a few tries for a fresh one, then the same family of names, numbered.
    for (int tries = 0; tries < 8 && c.providerNames.contains(name); ++tries)
        name = demonames::organisationName(c.rng, QLatin1String(plan.kindWord));
    const QString family = name;
    for (int n = 2; c.providerNames.contains(name); ++n)
        name = QStringLiteral("%1 %2").arg(family).arg(n);
    c.providerNames.insert(name);

    urnCounter += c.rng.between(1, 9);
    row.urn = QStringLiteral("SC%1").arg(urnCounter, 6, 10, QLatin1Char('0'));
    const DemoArea area = kind.startsWith(QLatin1String("in_house")) || c.rng.chance(0.6)
                              ? DemoArea::City
                              : (c.rng.chance(0.5) ? DemoArea::North : DemoArea::South);
    row.postcode = c.postcode(area);
    row.placeProvider = placeProviderFor(plan, c.rng);
    const QString status = frameworkStatus(plan, index, c.rng);
    QVariant lower, upper, reason, statusDate;
    if (status == QLatin1String("select_list")) {
        row.bandLower = c.rng.between(75, 85) * 10;
        row.bandUpper = c.rng.between(95, 110) * 10;
        lower = row.bandLower;
        upper = row.bandUpper;
    } else if (status == QLatin1String("suspended")) {
        reason = QStringLiteral("Suspended pending the outcome of an Ofsted monitoring visit.");
        statusDate = c.options.today.addDays(-c.rng.between(10, 60)).toString(Qt::ISODate);
    } else if (status == QLatin1String("excluded")) {
        reason = QStringLiteral(
            "Excluded from the framework after repeated invoice disputes and a safeguarding concern.");
        statusDate = c.options.today.addDays(-c.rng.between(120, 400)).toString(Qt::ISODate);
    }
    const Ofsted ofsted = ofstedFor(c);
    const QString contact =
        QStringLiteral("%1 %2 (referrals), %3")
            .arg(demonames::firstName(c.rng, c.rng.chance(0.7) ? QStringLiteral("F") : QStringLiteral("M")),
                 demonames::lastName(c.rng), demonames::telephone(c.rng));
    const QString email = QStringLiteral("referrals.%1@example.org").arg(demonames::emailLocalPart(name));
    auto id = c.writer.insert(QStringLiteral("providers"),
                              {name, kind, row.urn, ofsted.rating,
                               ofsted.date.isEmpty() ? QVariant() : ofsted.date, status, lower, upper, reason,
                               statusDate, email, contact, demonames::streetAddress(c.rng), row.postcode});
    if (!id)
        return id.error();
    row.id = id.value();
    return row;
}

Status writeProvision(DemoContext& c, const ProviderPlan& plan, const ProviderRow& provider, int number) {
    const bool foster = QLatin1String(plan.placementType) == QLatin1String("foster");
    const QString ethnicity = demonames::ethnicity(c.rng);
    QString name;
    if (foster)
        name = QStringLiteral("%1 household").arg(demonames::lastName(c.rng));
    else if (QLatin1String(plan.kind) == QLatin1String("in_house_home") || number == 0)
        name = demonames::houseName(c.rng);
    else
        name = QStringLiteral("%1 (%2)").arg(demonames::houseName(c.rng)).arg(number + 1);
    const int minAge = c.rng.between(plan.minAgeLo, plan.minAgeHi);
    const int maxAge = foster ? c.rng.between(qMax(minAge + 4, 12), 17) : plan.maxAge;
    const int places = foster ? c.rng.weighted({0, 50, 35, 15}) : c.rng.between(3, 6);
    double fee = c.rng.between(plan.feeLo, plan.feeHi);
    if (provider.bandUpper > 0)
        fee = c.rng.between(int(provider.bandLower), int(provider.bandUpper));
    const QString sexes = c.rng.chance(0.8)
                              ? QStringLiteral("any")
                              : (c.rng.chance(0.5) ? QStringLiteral("male") : QStringLiteral("female"));
    // Most households live in the city; agencies' and operators' settings are where the provider is.
    const QString postcode =
        foster && QLatin1String(plan.kind) == QLatin1String("in_house_fostering")
            ? c.postcode(c.rng.chance(0.92) ? DemoArea::City : DemoArea::North)
            : c.postcode(provider.postcode.startsWith(QLatin1String("RV")) || c.rng.chance(0.5)
                             ? DemoArea::City
                             : (provider.postcode.startsWith(QLatin1String("RX")) ? DemoArea::North
                                                                                  : DemoArea::South));
    const QString language = demonames::languageFor(c.rng, ethnicity);
    auto id = c.writer.insert(
        QStringLiteral("provisions"),
        {provider.id, name, QLatin1String(plan.placementType), minAge, maxAge, places, sexes,
         skillsFor(c.rng, plan), ethnicity, demonames::religionFor(c.rng, ethnicity),
         language == QLatin1String("English") ? language : QStringLiteral("English, %1").arg(language),
         c.rng.chance(foster ? 0.45 : 0.05) ? 1 : 0, c.rng.chance(foster ? 0.08 : 0.0) ? 1 : 0, postcode, fee,
         foster ? c.rng.between(0, 6) * 25 : c.rng.between(0, 8) * 100, qualityNote(c.rng), 1});
    if (!id)
        return id.error();
    DemoProvision p;
    p.id = id.value();
    p.category = QLatin1String(plan.category);
    p.placementType = QLatin1String(plan.placementType);
    p.name = name;
    p.urn = provider.urn;
    p.placeProvider = provider.placeProvider;
    p.postcode = postcode;
    p.weeklyFee = fee;
    p.minAge = minAge;
    p.maxAge = maxAge;
    c.provisionsByCategory[p.category].append(p);
    c.allProvisions.append(p);
    if (foster || c.rng.chance(0.7))
        return writeHouseholdMembers(c, p.id, foster);
    return {};
}

} // namespace

Status writeDemoProviders(DemoContext& c) {
    c.writer.define(QStringLiteral("providers"),
                    {QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("ofsted_urn"),
                     QStringLiteral("ofsted_rating"), QStringLiteral("ofsted_date"),
                     QStringLiteral("framework_status"), QStringLiteral("price_band_lower"),
                     QStringLiteral("price_band_upper"), QStringLiteral("status_reason"),
                     QStringLiteral("status_date"), QStringLiteral("referral_email"),
                     QStringLiteral("contacts"), QStringLiteral("address"), QStringLiteral("postcode")});
    c.writer.define(QStringLiteral("provisions"),
                    {QStringLiteral("provider_id"), QStringLiteral("name"), QStringLiteral("placement_type"),
                     QStringLiteral("min_age"), QStringLiteral("max_age"), QStringLiteral("places"),
                     QStringLiteral("sexes"), QStringLiteral("skills"), QStringLiteral("carer_ethnicity"),
                     QStringLiteral("carer_religion"), QStringLiteral("carer_languages"),
                     QStringLiteral("has_pets"), QStringLiteral("smoking"), QStringLiteral("postcode"),
                     QStringLiteral("weekly_fee"), QStringLiteral("typical_extras"),
                     QStringLiteral("quality_notes"), QStringLiteral("active")});
    c.writer.define(QStringLiteral("household_members"),
                    {QStringLiteral("provision_id"), QStringLiteral("age"), QStringLiteral("sex"),
                     QStringLiteral("risks")});
    int urnCounter = 100000 + c.rng.between(0, 50000);
    for (const ProviderPlan& plan : plans()) {
        // One in-house fostering service however large the scale; its households scale instead.
        const bool single = QLatin1String(plan.kind) == QLatin1String("in_house_fostering");
        const int providers = single ? 1 : plan.countPerScale * c.scale;
        for (int i = 0; i < providers; ++i) {
            auto provider = writeProvider(c, plan, i, urnCounter);
            if (!provider)
                return provider.error();
            if (single)
                c.inHouseFosteringUrn = provider->urn;
            const int n =
                single ? plan.provisionsMax * c.scale : c.rng.between(plan.provisionsMin, plan.provisionsMax);
            for (int k = 0; k < n; ++k)
                if (auto s = writeProvision(c, plan, provider.value(), k); !s)
                    return s;
        }
    }
    return {};
}

Status writeDemoVacancies(DemoContext& c) {
    c.writer.define(QStringLiteral("vacancies"),
                    {QStringLiteral("provision_id"), QStringLiteral("available_from"),
                     QStringLiteral("available_until"), QStringLiteral("places")});
    const int total = 1000 * c.scale;
    for (int i = 0; i < total; ++i) {
        const DemoProvision& p = c.rng.pick(c.allProvisions);
        const QDate from = c.options.today.addDays(c.rng.between(-28, 56));
        QVariant until;
        if (c.rng.chance(0.3))
            until = from.addDays(c.rng.between(14, 120)).toString(Qt::ISODate);
        const int places = p.placementType == QLatin1String("foster") ? 1 : c.rng.weighted({0, 70, 30});
        auto id =
            c.writer.insert(QStringLiteral("vacancies"), {p.id, from.toString(Qt::ISODate), until, places});
        if (!id)
            return id.error();
    }
    return {};
}

} // namespace pd::core
