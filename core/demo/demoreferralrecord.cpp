// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demoreferralrecord.h"

#include "core/demo/demonames.h"

namespace pd::core {

namespace {

const QString kRisk = QStringLiteral("Risk Present");

ReferralChild newChild(DemoContext& c, const QDate& today, const QString& lastName, int minAge, int maxAge) {
    ReferralChild ch;
    ch.sex = c.rng.chance(0.55) ? QStringLiteral("M") : QStringLiteral("F");
    ch.firstName = demonames::firstName(c.rng, ch.sex);
    ch.lastName = lastName.isEmpty() ? demonames::lastName(c.rng) : lastName;
    ch.dateOfBirth = today.addYears(-c.rng.between(minAge, maxAge)).addDays(-c.rng.between(0, 364));
    ch.ethnicity = demonames::ethnicity(c.rng);
    ch.religion = demonames::religionFor(c.rng, ch.ethnicity);
    ch.firstLanguage = demonames::languageFor(c.rng, ch.ethnicity);
    ch.legalStatus = c.rng.chance(0.6) ? QStringLiteral("V2") : QStringLiteral("C1");
    return ch;
}

ReferralChild knownChild(const DemoChild& k) {
    ReferralChild ch;
    ch.childId = k.id;
    ch.firstName = k.firstName;
    ch.lastName = k.lastName;
    ch.dateOfBirth = k.dob;
    ch.sex = k.sex;
    ch.ethnicity = k.ethnicity;
    ch.religion = k.religion;
    ch.firstLanguage = k.language;
    ch.legalStatus = k.legalStatus;
    return ch;
}

QStringList needsFor(DemoRandom& rng, const ReferralChild& ch, int age) {
    QStringList needs;
    if (age >= 3 && rng.chance(0.35))
        needs << QStringLiteral("ebd");
    if (age >= 2 && rng.chance(0.10))
        needs << QStringLiteral("asd");
    if (rng.chance(0.08))
        needs << QStringLiteral("learning_disability");
    if (age >= 11 && rng.chance(0.12))
        needs << QStringLiteral("mental_health");
    if (rng.chance(0.02))
        needs << QStringLiteral("pmld");
    if (age >= 14 && ch.firstLanguage != QLatin1String("English") && rng.chance(0.5))
        needs << QStringLiteral("uasc");
    if (age >= 16 && ch.sex == QLatin1String("F") && rng.chance(0.06))
        needs << QStringLiteral("parent_and_baby");
    return needs;
}

void setRisks(DemoRandom& rng, Referral& r, int age) {
    const double teen = age >= 11 ? 1.0 : 0.15;
    auto risk = [&](QString& field, double p) {
        if (rng.chance(p * teen))
            field = kRisk;
    };
    risk(r.riskSelfHarm, 0.12);
    risk(r.riskSexualExploitation, 0.10);
    risk(r.riskCriminalExploitation, 0.10);
    risk(r.riskDrugAlcohol, 0.10);
    risk(r.riskEatingDisorder, 0.03);
    risk(r.riskMissing, 0.22);
    risk(r.riskToOthersPhysical, 0.15);
    risk(r.riskToOthersSexual, 0.03);
    risk(r.riskToOthersFire, 0.02);
    risk(r.riskToOthersAnimals, 0.02);
    risk(r.riskToOthersCriminal, 0.05);
    if (rng.chance(0.05 * teen))
        r.riskOther = QStringLiteral("Contact with an older adult the police are concerned about.");
}

/// Which placement types suit the child; returns the preferred one.
QString setSuitability(DemoRandom& rng, Referral& r, int age, const QStringList& needs) {
    const QString preferred = QStringLiteral("Preferred"),
                  suitable = QStringLiteral("Suitable but not preferred"),
                  unsuitable = QStringLiteral("Unsuitable");
    if (needs.contains(QStringLiteral("parent_and_baby")) || age >= 16) {
        const bool supported = age >= 16 && rng.chance(0.6);
        r.fosterCareSuitability = supported ? suitable : preferred;
        r.residentialCareSuitability = rng.chance(0.5) ? suitable : unsuitable;
        r.supportedAccommodationSuitability = supported ? preferred : suitable;
        return supported ? QStringLiteral("supported") : QStringLiteral("foster");
    }
    if (age >= 11 && rng.chance(0.2)) {
        r.fosterCareSuitability = suitable;
        r.residentialCareSuitability = preferred;
        r.supportedAccommodationSuitability = unsuitable;
        return QStringLiteral("residential");
    }
    r.fosterCareSuitability = preferred;
    r.residentialCareSuitability = age >= 11 ? suitable : unsuitable;
    r.supportedAccommodationSuitability = unsuitable;
    return QStringLiteral("foster");
}

void setRequirements(DemoRandom& rng, Referral& r, const ReferralChild& ch) {
    if (ch.firstLanguage != QLatin1String("English")) {
        r.communicationNeeds = QStringLiteral("Y");
        r.specificCommunicationRequirements = {QStringLiteral("ESOL")};
    } else if (rng.chance(0.02)) {
        r.communicationNeeds = QStringLiteral("Y");
        r.specificCommunicationRequirements = {rng.chance(0.5) ? QStringLiteral("BSL")
                                                               : QStringLiteral("Makaton")};
    } else {
        r.communicationNeeds = QStringLiteral("N");
    }
    r.culturalNeeds = ch.ethnicity != QLatin1String("WBRI") && rng.chance(0.5)
                          ? QStringLiteral("Required")
                          : QStringLiteral("Not required");
    static const QStringList companions{
        QStringLiteral("Solo placement recommended"), QStringLiteral("With other children recommended"),
        QStringLiteral("Only with other older children"), QStringLiteral("Only with other younger children"),
        QStringLiteral("No preference")};
    r.livingCompanions = companions[rng.weighted({8, 15, 10, 7, 60})];
    r.pets = QStringList{QStringLiteral("Yes - must"), QStringLiteral("Yes - can"), QStringLiteral("No"),
                         QStringLiteral("Not Known")}[rng.weighted({5, 60, 10, 25})];
    static const QStringList support{QStringLiteral("additional supervision"),
                                     QStringLiteral("therapeutic support"),
                                     QStringLiteral("a worker for respite"),
                                     QStringLiteral("taxis to school"),
                                     QStringLiteral("NA"),
                                     QStringLiteral("other (please specify)")};
    r.additionalSupport = support[rng.weighted({8, 12, 5, 10, 60, 5})];
    if (r.additionalSupport == QLatin1String("other (please specify)"))
        r.additionalSupportOther = QStringLiteral("Weekly mentoring with the youth offending team worker.");
    r.homeAdaptation = rng.chance(0.02);
}

void setCriteria(DemoContext& c, Referral& r, const QString& type, const QStringList& needs,
                 const ReferralChild& ch) {
    r.essentialCriteria << Criterion{QStringLiteral("placementType"), type};
    if (!needs.isEmpty() && needs.first() != QLatin1String("uasc"))
        r.essentialCriteria << Criterion{QStringLiteral("skill"), needs.first()};
    if (r.keepSchoolPlace) {
        r.essentialCriteria << Criterion{QStringLiteral("keepSchool"), QString()};
        if (c.rng.chance(0.6))
            r.essentialCriteria << Criterion{QStringLiteral("maxDistanceMiles"), QStringLiteral("20")};
    }
    if (r.riskToOthersSexual == kRisk)
        r.essentialCriteria << Criterion{QStringLiteral("noYoungerChildren"), QString()};
    if (r.livingCompanions == QLatin1String("Solo placement recommended"))
        r.essentialCriteria << Criterion{QStringLiteral("noOtherChildren"), QString()};
    if (r.pets == QLatin1String("No"))
        r.essentialCriteria << Criterion{QStringLiteral("noPets"), QString()};
    if (r.pets == QLatin1String("Yes - must"))
        r.desirableCriteria << Criterion{QStringLiteral("petsWanted"), QString()};
    if (c.rng.chance(0.2))
        r.essentialCriteria << Criterion{QStringLiteral("nonSmoking"), QString()};
    if (c.rng.chance(0.15) && r.budgetGuideWeekly > 0) // a ceiling only when there is a budget guide
        r.essentialCriteria << Criterion{QStringLiteral("maxWeeklyCost"),
                                         QString::number(r.budgetGuideWeekly, 'f', 0)};
    if (r.culturalNeeds == QLatin1String("Required"))
        r.desirableCriteria << Criterion{QStringLiteral("carerEthnicity"), ch.ethnicity};
    if (ch.religion != QLatin1String("None") && c.rng.chance(0.5))
        r.desirableCriteria << Criterion{QStringLiteral("carerReligion"), ch.religion};
    if (ch.firstLanguage != QLatin1String("English"))
        r.desirableCriteria << Criterion{QStringLiteral("carerLanguage"), ch.firstLanguage};
    for (int i = 1; i < needs.size(); ++i)
        if (needs[i] != QLatin1String("uasc"))
            r.desirableCriteria << Criterion{QStringLiteral("skill"), needs[i]};
    if (type == QLatin1String("foster") && c.rng.chance(0.4))
        r.desirableCriteria << Criterion{QStringLiteral("inHouse"), QString()};
}

/// The child's words, for three in four referrals of children aged 5 and over. Chosen by a hash of
/// the child's name and birthday, not the random stream, so the rest of the demo is unchanged.
void setChildsView(Referral& r, const ReferralChild& child, int age) {
    const size_t h = qHash(child.firstName + child.dateOfBirth.toString(Qt::ISODate));
    if (age < 5 || h % 4 == 0)
        return;
    static const QStringList kYoungWishes{
        QStringLiteral("I feel a bit scared about moving but I want to be somewhere I can stay."),
        QStringLiteral("I miss my mum. I want to still see her."),
        QStringLiteral("I don't want to move far away from my friends."),
    };
    static const QStringList kYoungMatters{
        QStringLiteral("I want a pet. I like dogs."),
        QStringLiteral("I want my own bedroom and to keep my teddy."),
        QStringLiteral("I want to stay at my school and see my brother."),
    };
    static const QStringList kOlderWishes{
        QStringLiteral("I'm fed up of moving. I want somewhere that will keep me, not send me on again."),
        QStringLiteral("I want a say in where I go. I know I messed up last time but I'm trying."),
        QStringLiteral("I'd rather be in a home with other young people than a family right now."),
    };
    static const QStringList kOlderMatters{
        QStringLiteral(
            "Being near my school and my football team. Wi-fi that works. Not being treated like a "
            "little kid."),
        QStringLiteral("Somewhere quiet where I can do my revision, and I can still see my nan on Sundays."),
        QStringLiteral("People who don't smoke. Being able to cook my own food sometimes."),
    };
    const bool young = age < 11;
    r.childsWishes = (young ? kYoungWishes : kOlderWishes).at(qsizetype(h % 3));
    r.newHomeMatters = (young ? kYoungMatters : kOlderMatters).at(qsizetype((h / 3) % 3));
}

QStringList outcomesFor(DemoRandom& rng, const Referral& r, int age) {
    QStringList out;
    if (age >= 5 && age < 16)
        out << (r.keepSchoolPlace ? QStringLiteral("Attends %1 every school day").arg(r.schoolName)
                                  : QStringLiteral("Starts at a new school within 20 school days"));
    if (age < 5)
        out << QStringLiteral("Meets developmental milestones checked by the health visitor");
    if (r.riskMissing == kRisk)
        out << QStringLiteral("No missing episodes longer than 24 hours over three months");
    if (!r.contact.isEmpty())
        out << QStringLiteral("Family time with %1 takes place as planned")
                   .arg(r.contact.first().with.toLower());
    if (age >= 16)
        out << QStringLiteral("Has a pathway plan and can cook, budget and keep appointments");
    static const QStringList general{QStringLiteral("Registered with a GP and dentist within four weeks"),
                                     QStringLiteral("Takes part in one activity outside the home each week"),
                                     QStringLiteral("Says at review that they feel safe where they live")};
    out << rng.pick(general);
    return out;
}

double budgetFor(DemoRandom& rng, const QString& type) {
    if (type == QLatin1String("residential"))
        return rng.between(40, 60) * 100;
    if (type == QLatin1String("supported"))
        return rng.between(9, 15) * 100;
    return rng.chance(0.5) ? rng.between(40, 50) * 10 : rng.between(85, 105) * 10;
}

/// The child (a looked-after child moving, or one new to care), any siblings, and their home.
void chooseChildren(DemoContext& c, Referral& r, const QDate& today) {
    // Six in ten referrals are moves of children already looked after; the rest are new to care.
    const bool known = !c.childrenNow.isEmpty() && c.rng.chance(0.6);
    const DemoChild* looked = known ? &c.rng.pick(c.childrenNow) : nullptr;
    ReferralChild first = looked ? knownChild(*looked) : newChild(c, today, QString(), 0, 17);
    if (looked)
        r.homePostcode = looked->homePostcode;
    const int age = first.ageOn(today);
    first.needs = needsFor(c.rng, first, age);
    r.children << first;
    r.siblingCount = age < 14 ? c.rng.weighted({82, 15, 3}) : 0;
    for (int i = 0; i < r.siblingCount; ++i) {
        ReferralChild sib = newChild(c, today, first.lastName, qMax(0, age - 4), qMin(17, age + 4));
        sib.ethnicity = first.ethnicity;
        sib.religion = first.religion;
        sib.firstLanguage = first.firstLanguage;
        sib.legalStatus = first.legalStatus;
        sib.needs = needsFor(c.rng, sib, sib.ageOn(today));
        r.children << sib;
    }
    if (!looked && !c.rng.chance(0.03))
        r.homePostcode = c.postcode(DemoArea::City);
}

} // namespace

Referral demoReferralRecord(DemoContext& c, const QDateTime& receivedAt, bool emergency,
                            const Referral* followUpOf) {
    Referral r;
    const QDate today = receivedAt.date();
    r.emergency = emergency;
    r.receivedAt = receivedAt;
    r.neededBy = emergency ? QStringLiteral("Today")
                           : (c.rng.chance(0.35) ? QStringLiteral("in less than 5 days")
                                                 : QStringLiteral("in more than 5 days"));
    r.neededByDate =
        today.addDays(emergency ? 0
                                : (r.neededBy.startsWith(QLatin1String("in less")) ? c.rng.between(1, 4)
                                                                                   : c.rng.between(7, 42)));
    if (followUpOf) {
        // The planned referral an emergency opened: the same children and home.
        r.followUpOf = followUpOf->id;
        r.children = followUpOf->children;
        r.siblingCount = followUpOf->siblingCount;
        r.homePostcode = followUpOf->homePostcode;
    } else {
        chooseChildren(c, r, today);
    }
    const ReferralChild& first = r.children.first();
    const int age = first.ageOn(today);
    r.preferredLocation =
        QStringList{QStringLiteral("Within the city"), QStringLiteral("North of the city"),
                    QStringLiteral("Near the child's school"), QString()}[c.rng.weighted({40, 15, 30, 15})];
    if (age >= 4) {
        r.schoolName = demonames::schoolName(c.rng, age);
        r.schoolPostcode = c.postcode(DemoArea::City);
        r.keepSchoolPlace = age >= 5 && age < 16 && c.rng.chance(0.6);
    }
    setRisks(c.rng, r, age);
    setRequirements(c.rng, r, first);
    const QString type = setSuitability(c.rng, r, age, first.needs);
    r.budgetGuideWeekly = c.rng.chance(0.8) ? budgetFor(c.rng, type) : 0;
    if (!r.homePostcode.isEmpty())
        r.contact << ContactArrangement{QStringLiteral("Mother"), double(c.rng.between(1, 3)),
                                        r.homePostcode};
    if (c.rng.chance(0.4))
        r.contact << ContactArrangement{
            c.rng.chance(0.5) ? QStringLiteral("Grandparents") : QStringLiteral("Father"), 0.5,
            c.postcode(c.rng.chance(0.8) ? DemoArea::City : DemoArea::South)};
    setCriteria(c, r, type, first.needs, first);
    r.expectedOutcomes = outcomesFor(c.rng, r, age);
    setChildsView(r, first, age);
    return r;
}

} // namespace pd::core
