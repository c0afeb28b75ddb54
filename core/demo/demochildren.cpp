// SPDX-License-Identifier: GPL-3.0-or-later
// Children in care now and those who left in the last five years, with their placement histories.
#include "core/demo/demohistory.h"
#include "core/demo/demonames.h"

namespace pd::core {

namespace {

/// The mix of children looked after today (percent) and the ages each category takes.
struct CategoryPlan {
    const char* category;
    int percent;
    int minAge;
    int maxAge;
};

const QList<CategoryPlan>& categoryPlans() {
    static const QList<CategoryPlan> p = {
        {"in_house_foster", 55, 0, 17},
        {"kinship_foster", 13, 0, 17},
        {"ifa", 18, 0, 17},
        {"in_house_residential", 2, 11, 17},
        {"independent_residential", 6, 11, 17},
        {"supported_accommodation", 4, 16, 17},
        {"parent_and_child", 1, 15, 17},
        {"other", 1, 0, 17},
    };
    return p;
}

const CategoryPlan& planFor(const QString& category) {
    for (const CategoryPlan& p : categoryPlans())
        if (QLatin1String(p.category) == category)
            return p;
    return categoryPlans().first();
}

/// Exactly the target shares of n children, in a shuffled order.
QStringList categoryQuota(DemoRandom& rng, int n) {
    QStringList out;
    for (const CategoryPlan& p : categoryPlans())
        for (int i = 0; i < n * p.percent / 100; ++i)
            out << QLatin1String(p.category);
    while (out.size() < n)
        out << QStringLiteral("in_house_foster");
    rng.shuffle(out);
    return out;
}

int ageWithin(DemoRandom& rng, int lo, int hi) {
    // Looked-after children are mostly older: weights by year of age 0..17.
    static const QList<int> weights{5, 4, 4, 4, 4, 4, 4, 4, 4, 5, 5, 6, 7, 8, 9, 10, 11, 11};
    QList<int> w;
    for (int a = lo; a <= hi; ++a)
        w << weights[a];
    return lo + rng.weighted(w);
}

/// An age-appropriate category for an earlier placement of a child.
QString earlierCategory(DemoRandom& rng, const QString& later, int age) {
    static const QStringList cats{
        QStringLiteral("in_house_foster"),      QStringLiteral("ifa"),
        QStringLiteral("kinship_foster"),       QStringLiteral("independent_residential"),
        QStringLiteral("in_house_residential"), QStringLiteral("other")};
    QString cat = rng.chance(0.55) ? later : cats[rng.weighted({45, 25, 10, 10, 5, 5})];
    const CategoryPlan& p = planFor(cat);
    if (age < p.minAge || age > p.maxAge)
        cat = QStringLiteral("in_house_foster");
    return cat;
}

/// Fills place, provider, URN, postcode, provision and cost for a stint of a category.
void placeStint(DemoContext& c, DemoStint& s, int age, const QString& homePostcode) {
    const QList<DemoProvision>& options = c.provisionsByCategory.value(s.category);
    if (!options.isEmpty()) {
        DemoProvision p = c.rng.pick(options);
        for (int tries = 0; tries < 4 && (age < p.minAge || age > p.maxAge); ++tries)
            p = c.rng.pick(options);
        s.provisionId = p.id;
        s.urn = p.urn;
        s.postcode = p.postcode;
        s.placeProvider = p.placeProvider;
        s.weeklyCost = p.weeklyFee;
        // Independent providers often quote above the fee agreed after negotiation (the savings measure).
        if (p.placeProvider != QLatin1String("PR1"))
            s.firstQuotedFee = p.weeklyFee + (c.rng.chance(0.6) ? c.rng.between(1, 12) * 10 : 0);
        if (s.category == QLatin1String("in_house_foster") || s.category == QLatin1String("ifa"))
            s.place = c.rng.pick(QStringList{QStringLiteral("U4"), QStringLiteral("U4"), QStringLiteral("U5"),
                                             QStringLiteral("U6")});
        else if (s.category == QLatin1String("supported_accommodation"))
            s.place = c.rng.chance(0.8) ? QStringLiteral("H5") : QStringLiteral("P2");
        else if (s.category == QLatin1String("parent_and_child"))
            s.place = QStringLiteral("R3");
        else if (p.placementType == QLatin1String("residential") &&
                 s.category == QLatin1String("independent_residential"))
            s.place = p.maxAge > 17 ? QStringLiteral("S1") : QStringLiteral("K2");
        else
            s.place = QStringLiteral("K2");
        return;
    }
    if (s.category == QLatin1String("kinship_foster")) {
        s.place = c.rng.pick(QStringList{QStringLiteral("U1"), QStringLiteral("U2"), QStringLiteral("U3")});
        s.placeProvider = QStringLiteral("PR1");
        s.urn = c.inHouseFosteringUrn;
        s.postcode = c.postcode(c.rng.chance(0.85) ? DemoArea::City : DemoArea::North);
        s.weeklyCost = c.rng.between(200, 300);
        return;
    }
    // "other": placed for adoption, with parents, with another authority's carers, or elsewhere.
    if (age < 5) {
        s.place = c.rng.chance(0.5) ? QStringLiteral("A5") : QStringLiteral("A6");
        s.placeProvider = QStringLiteral("PR1");
        s.postcode = c.postcode(DemoArea::City);
        s.weeklyCost = c.rng.between(150, 250);
    } else if (c.rng.chance(0.5)) {
        s.place = QStringLiteral("P1");
        s.placeProvider = QStringLiteral("PR0");
        s.postcode = homePostcode;
        s.weeklyCost = 0;
    } else if (c.rng.chance(0.6)) {
        s.place = QStringLiteral("U4");
        s.placeProvider = QStringLiteral("PR2");
        s.postcode = c.postcode(DemoArea::South);
        s.weeklyCost = c.rng.between(450, 650);
    } else {
        s.place = QStringLiteral("Z1");
        s.placeProvider = QStringLiteral("PR0");
        s.postcode = c.postcode(DemoArea::City);
        s.weeklyCost = c.rng.between(250, 400);
    }
}

enum class Stability { Stable, Moderate, Unstable };

int stintDays(DemoRandom& rng, Stability s) {
    switch (s) {
    case Stability::Unstable:
        return rng.between(20, 110);
    case Stability::Moderate:
        return rng.between(90, 540);
    case Stability::Stable:
        break;
    }
    return rng.between(500, 2200);
}

/// Stints from careStart to leaving (or today), built backwards from the latest one.
QList<DemoStint> stintsFor(DemoContext& c, const QDate& dob, const QDate& careStart, const QDate& left,
                           const QString& lastCategory, const QString& homePostcode) {
    const Stability stability = QList<Stability>{Stability::Stable, Stability::Moderate,
                                                 Stability::Unstable}[c.rng.weighted({58, 30, 12})];
    const QDate windowStart = c.options.today.addYears(-5);
    QList<DemoStint> stints;
    QDate cursor = left.isValid() ? left : c.options.today;
    QString category = lastCategory;
    while (cursor > careStart) {
        DemoStint s;
        s.category = category;
        // Unstable children move often in the last eighteen months; before that they moved less.
        const Stability now = stability == Stability::Unstable && cursor < c.options.today.addDays(-540)
                                  ? Stability::Moderate
                                  : stability;
        s.start = qMax(careStart, cursor.addDays(-stintDays(c.rng, now)));
        // Too short a first stint reads like a data error: let the stint run back to care start.
        if (careStart.daysTo(s.start) < 14)
            s.start = careStart;
        s.end = stints.isEmpty() ? (left.isValid() ? left : QDate()) : stints.first().start;
        const int age = int(dob.daysTo(s.start) / 365);
        placeStint(c, s, age, homePostcode);
        stints.prepend(s);
        cursor = s.start;
        if (cursor < windowStart)
            break;
        category = earlierCategory(c.rng, category, age);
    }
    return stints;
}

QList<DemoLegalStatus> legalHistory(DemoRandom& rng, const QDate& careStart, const QString& now) {
    if (now == QLatin1String("V2") || now == QLatin1String("V3") || now == QLatin1String("V4") ||
        now.startsWith(u'J') || now.startsWith(u'L'))
        return {{careStart, now}};
    QList<DemoLegalStatus> out;
    // Care proceedings: s20 or an interim order first, then the full care order.
    out << DemoLegalStatus{careStart, rng.chance(0.3) ? QStringLiteral("V2") : QStringLiteral("C1")};
    if (now == QLatin1String("C1"))
        return {{careStart, now}};
    out << DemoLegalStatus{careStart.addDays(rng.between(60, 300)),
                           now == QLatin1String("E1") ? QStringLiteral("C2") : now};
    if (now == QLatin1String("E1"))
        out << DemoLegalStatus{out.last().from.addDays(rng.between(60, 200)), now};
    return out;
}

QString currentLegalStatus(DemoRandom& rng, const QString& category, int age) {
    if (category == QLatin1String("other") && age < 5)
        return QStringLiteral("E1");
    static const QStringList codes{QStringLiteral("C2"), QStringLiteral("C1"), QStringLiteral("V2"),
                                   QStringLiteral("V3"), QStringLiteral("V4"), QStringLiteral("D1"),
                                   QStringLiteral("J2"), QStringLiteral("L2")};
    QString code = codes[rng.weighted({70, 9, 13, 2, 2, 1, 1, 1})];
    // Short breaks are with foster carers.
    if ((code == QLatin1String("V3") || code == QLatin1String("V4")) &&
        category != QLatin1String("in_house_foster"))
        code = QStringLiteral("C2");
    return code;
}

QString leavingReason(DemoRandom& rng, int age) {
    if (age < 5)
        return QStringList{QStringLiteral("E11"), QStringLiteral("E12"), QStringLiteral("E45"),
                           QStringLiteral("E41"), QStringLiteral("E4A")}[rng.weighted({35, 15, 20, 10, 20})];
    return QStringList{QStringLiteral("E4A"), QStringLiteral("E41"), QStringLiteral("E45"),
                       QStringLiteral("E13"), QStringLiteral("E8")}[rng.weighted({45, 15, 15, 5, 20})];
}

struct Person {
    qint64 id = 0;
    QString sex;
    QDate dob;
    QVariant homePostcode;
    DemoChild record;
};

Result<Person> writePerson(DemoContext& c, int number, const QDate& dob) {
    Person p;
    p.sex = c.rng.chance(0.55) ? QStringLiteral("M") : QStringLiteral("F");
    p.dob = dob;
    const QString ethnicity = demonames::ethnicity(c.rng);
    // A few children have no known home postcode (never guessed): they are counted apart.
    if (!c.rng.chance(0.02))
        p.homePostcode = c.postcode(c.rng.chance(0.93) ? DemoArea::City : DemoArea::North);
    DemoChild& r = p.record;
    r.firstName = demonames::firstName(c.rng, p.sex);
    r.lastName = demonames::lastName(c.rng);
    r.sex = p.sex;
    r.dob = dob;
    r.ethnicity = ethnicity;
    r.religion = demonames::religionFor(c.rng, ethnicity);
    r.language = demonames::languageFor(c.rng, ethnicity);
    r.homePostcode = p.homePostcode.toString();
    auto id = c.writer.insert(QStringLiteral("children"),
                              {QStringLiteral("RV%1").arg(number, 7, 10, QLatin1Char('0')), r.firstName,
                               r.lastName, p.sex, dob.toString(Qt::ISODate), ethnicity, r.religion,
                               r.language, p.homePostcode});
    if (!id)
        return id.error();
    p.id = id.value();
    r.id = p.id;
    return p;
}

QString categoryOfNeed(DemoRandom& rng) {
    static const QStringList codes{QStringLiteral("N1"), QStringLiteral("N2"), QStringLiteral("N3"),
                                   QStringLiteral("N4"), QStringLiteral("N5"), QStringLiteral("N6"),
                                   QStringLiteral("N7"), QStringLiteral("N8")};
    return codes[rng.weighted({62, 3, 3, 15, 8, 2, 1, 6})];
}

Status writeChildNow(DemoContext& c, int number, const QString& category) {
    const CategoryPlan& plan = planFor(category);
    const QDate& today = c.options.today;
    const int age = ageWithin(c.rng, plan.minAge, plan.maxAge);
    const QDate dob = today.addYears(-age).addDays(-c.rng.between(0, 364));
    auto person = writePerson(c, number, dob);
    if (!person)
        return person.error();
    const int daysInCare = QList<int>{c.rng.between(20, 365), c.rng.between(365, 1095),
                                      c.rng.between(1095, 4000)}[c.rng.weighted({25, 35, 40})];
    const QDate careStart =
        qMin(today.addDays(-1), qMax(dob.addDays(c.rng.between(0, 20)), today.addDays(-daysInCare)));
    DemoHistory h;
    h.childId = person->id;
    h.homePostcode = person->homePostcode;
    h.cin = categoryOfNeed(c.rng);
    h.careStart = careStart;
    const QString legal = currentLegalStatus(c.rng, category, age);
    h.legal = legalHistory(c.rng, careStart, legal);
    h.stints = stintsFor(c, dob, careStart, QDate(), category, person->homePostcode.toString());
    person->record.legalStatus = legal;
    person->record.category = category;
    c.childrenNow << person->record;
    return writeDemoHistory(c, h);
}

Status writeLeaver(DemoContext& c, int number) {
    const QDate& today = c.options.today;
    const QDate left = today.addDays(-c.rng.between(1, 5 * 365));
    const int ageGroup = c.rng.weighted({25, 35, 40});
    QDate dob;
    int ageAtLeaving = 0;
    if (ageGroup == 2) { // care ends at 18
        dob = left.addYears(-18);
        ageAtLeaving = 18;
    } else {
        ageAtLeaving = ageGroup == 0 ? c.rng.between(0, 4) : c.rng.between(5, 16);
        dob = left.addYears(-ageAtLeaving).addDays(-c.rng.between(30, 330));
    }
    auto person = writePerson(c, number, dob);
    if (!person)
        return person.error();
    const QDate careStart = qMax(dob.addDays(c.rng.between(0, 20)), left.addDays(-c.rng.between(60, 2500)));
    DemoHistory h;
    h.childId = person->id;
    h.homePostcode = person->homePostcode;
    h.cin = categoryOfNeed(c.rng);
    h.careStart = careStart;
    h.reasonEnd = ageAtLeaving >= 18 ? QStringLiteral("E8") : leavingReason(c.rng, ageAtLeaving);
    h.legal =
        legalHistory(c.rng, careStart, c.rng.chance(0.75) ? QStringLiteral("C2") : QStringLiteral("V2"));
    QString last = QStringLiteral("in_house_foster");
    if (ageAtLeaving >= 18)
        last = c.rng.chance(0.45)
                   ? QStringLiteral("supported_accommodation")
                   : QStringList{QStringLiteral("in_house_foster"), QStringLiteral("ifa"),
                                 QStringLiteral("independent_residential")}[c.rng.weighted({50, 30, 20})];
    else if (h.reasonEnd == QLatin1String("E11") || h.reasonEnd == QLatin1String("E12"))
        last = QStringLiteral("other");
    else
        last = QStringList{QStringLiteral("in_house_foster"), QStringLiteral("kinship_foster"),
                           QStringLiteral("ifa")}[c.rng.weighted({55, 25, 20})];
    h.stints = stintsFor(c, dob, careStart, left, last, person->homePostcode.toString());
    return writeDemoHistory(c, h);
}

} // namespace

Status writeDemoChildren(DemoContext& c) {
    c.writer.define(QStringLiteral("children"),
                    {QStringLiteral("child_ref"), QStringLiteral("first_name"), QStringLiteral("last_name"),
                     QStringLiteral("sex"), QStringLiteral("dob"), QStringLiteral("ethnicity"),
                     QStringLiteral("religion"), QStringLiteral("first_language"),
                     QStringLiteral("home_postcode")});
    defineDemoPlacements(c);
    const int now = 650 * c.scale;
    const int leavers = 5 * 150 * c.scale;
    const QStringList quota = categoryQuota(c.rng, now);
    int number = 0;
    // Leavers and children in care now are interleaved so references do not give away who left.
    int nextNow = 0, nextLeaver = 0;
    while (nextNow < now || nextLeaver < leavers) {
        const bool leaver =
            nextLeaver < leavers && (nextNow >= now || c.rng.chance(double(leavers) / (now + leavers)));
        Status s = leaver ? writeLeaver(c, ++number) : writeChildNow(c, ++number, quota[nextNow]);
        if (!s)
            return s;
        leaver ? ++nextLeaver : ++nextNow;
        if (number % 2000 == 0)
            if (auto p = c.progress(30 + 40 * number / (now + leavers)); !p)
                return p;
    }
    c.childrenWritten = number;
    return {};
}

} // namespace pd::core
