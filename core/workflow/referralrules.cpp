// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workflow/referralrules.h"

#include "core/domain/geo.h"

namespace pd::core {

namespace {

QString ordinal(int i, int count) {
    if (count == 1)
        return QStringLiteral("the child's");
    static const char* words[] = {"first", "second", "third", "fourth", "fifth", "sixth"};
    return i < 6 ? QStringLiteral("the %1 child's").arg(QLatin1String(words[i]))
                 : QStringLiteral("child %1's").arg(i + 1);
}

} // namespace

QList<MissingItem> ReferralRules::missingForSubmit(const Referral& r) {
    QList<MissingItem> out;
    if (r.children.isEmpty())
        out.append({QStringLiteral("children"), QStringLiteral("at least one child")});
    for (int i = 0; i < r.children.size(); ++i) {
        const ReferralChild& c = r.children[i];
        const QString who = ordinal(i, int(r.children.size()));
        const QString at = QStringLiteral("children[%1].").arg(i);
        if (c.firstName.trimmed().isEmpty())
            out.append({at + QStringLiteral("firstName"), who + QStringLiteral(" first name")});
        if (!c.dateOfBirth.isValid())
            out.append({at + QStringLiteral("dateOfBirth"), who + QStringLiteral(" date of birth")});
        else if (c.dateOfBirth > QDate::currentDate())
            out.append({at + QStringLiteral("dateOfBirth"),
                        who + QStringLiteral(" date of birth (it is in the future)")});
        if (c.sex.isEmpty())
            out.append({at + QStringLiteral("sex"), who + QStringLiteral(" sex")});
        if (c.legalStatus.isEmpty())
            out.append({at + QStringLiteral("legalStatus"), who + QStringLiteral(" legal status")});
    }
    if (r.neededBy.isEmpty())
        out.append({QStringLiteral("neededBy"), QStringLiteral("when the placement is needed")});
    if (r.socialWorker.trimmed().isEmpty())
        out.append({QStringLiteral("socialWorker"), QStringLiteral("the social worker's name")});
    if (r.homePostcode.trimmed().isEmpty())
        out.append({QStringLiteral("homePostcode"), QStringLiteral("the home postcode")});
    else if (normalisePostcode(r.homePostcode).isEmpty())
        out.append({QStringLiteral("homePostcode"),
                    QStringLiteral("a home postcode in the UK format ('%1' is not one, e.g. RV1 2AB)")
                        .arg(r.homePostcode.trimmed())});
    return out;
}

QList<MissingItem> ReferralRules::missingForQualityCheck(const Referral& r) {
    QList<MissingItem> out = missingForSubmit(r);
    if (!r.neededByDate.isValid())
        out.append({QStringLiteral("neededByDate"), QStringLiteral("the date the placement is needed by")});
    const QStringList types{r.fosterCareSuitability, r.residentialCareSuitability,
                            r.supportedAccommodationSuitability};
    if (!types.contains(QStringLiteral("Preferred")) &&
        !types.contains(QStringLiteral("Suitable but not preferred")))
        out.append({QStringLiteral("PlacementRecommendation"),
                    QStringLiteral("at least one placement type marked preferred or suitable")});
    if (r.essentialCriteria.isEmpty())
        out.append({QStringLiteral("essentialCriteria"), QStringLiteral("at least one essential criterion")});
    bool outcome = false;
    for (const QString& o : r.expectedOutcomes)
        outcome = outcome || !o.trimmed().isEmpty();
    if (!outcome)
        out.append({QStringLiteral("expectedOutcomes"), QStringLiteral("at least one expected outcome")});
    if (!r.schoolPostcode.trimmed().isEmpty() && normalisePostcode(r.schoolPostcode).isEmpty())
        out.append({QStringLiteral("schoolPostcode"),
                    QStringLiteral("a school postcode in the UK format ('%1' is not one)")
                        .arg(r.schoolPostcode.trimmed())});
    else if (r.keepSchoolPlace && r.schoolPostcode.trimmed().isEmpty())
        out.append({QStringLiteral("schoolPostcode"),
                    QStringLiteral("the school's postcode (the school place is to be kept)")});
    for (int i = 0; i < r.contact.size(); ++i) {
        if (r.contact[i].with.trimmed().isEmpty())
            out.append({QStringLiteral("contact[%1].with").arg(i),
                        QStringLiteral("who contact arrangement %1 is with").arg(i + 1)});
        if (r.contact[i].sessionsPerWeek <= 0)
            out.append({QStringLiteral("contact[%1].sessionsPerWeek").arg(i),
                        QStringLiteral("how often contact %1 happens (sessions per week)").arg(i + 1)});
    }
    if (r.communicationNeeds == QLatin1String("Not Specified"))
        out.append({QStringLiteral("communicationNeeds"),
                    QStringLiteral("whether the child has communication needs")});
    if (r.siblingCount != r.children.size() - 1 && !r.children.isEmpty())
        out.append(
            {QStringLiteral("siblingCount"),
             QStringLiteral("the children listed (%1) to match the sibling group to place together (%2)")
                 .arg(r.children.size())
                 .arg(r.siblingCount + 1)});
    return out;
}

QString ReferralRules::listInWords(const QList<MissingItem>& items) {
    QStringList words;
    for (const MissingItem& i : items)
        words << i.message;
    if (words.size() <= 1)
        return words.join(QString());
    const QString last = words.takeLast();
    return words.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last;
}

} // namespace pd::core
