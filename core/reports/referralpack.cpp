// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/referralpack.h"

#include "core/domain/provision.h"

#include "core/reports/printeddocument.h"

#include <QRegularExpression>

namespace pd::core {

namespace {

using PD = PrintedDocument;

QString childLabel(const Referral& r, int i) {
    return r.children.size() > 1 ? QStringLiteral("Child %1").arg(QChar(u'A' + i)) : QStringLiteral("Child");
}

QString risksHtml(const Referral& r, const std::function<QString(const QString&)>& clean) {
    const std::pair<const char*, const QString*> risks[] = {
        {"Self-harm", &r.riskSelfHarm},
        {"Sexual exploitation", &r.riskSexualExploitation},
        {"Criminal exploitation", &r.riskCriminalExploitation},
        {"Drugs and alcohol", &r.riskDrugAlcohol},
        {"Eating disorder", &r.riskEatingDisorder},
        {"Going missing", &r.riskMissing},
        {"Physical harm to others", &r.riskToOthersPhysical},
        {"Sexual harm to others", &r.riskToOthersSexual},
        {"Fire-setting", &r.riskToOthersFire},
        {"Harm to animals", &r.riskToOthersAnimals},
        {"Criminal exploitation of others", &r.riskToOthersCriminal}};
    QString out;
    for (const auto& [label, value] : risks)
        out += PD::row(QString::fromLatin1(label), *value);
    if (!r.riskOther.isEmpty())
        out += PD::row(QStringLiteral("Other risks to the child"), clean(r.riskOther));
    if (!r.riskToOthersOther.isEmpty())
        out += PD::row(QStringLiteral("Other risks to others"), clean(r.riskToOthersOther));
    return out;
}

QString criteriaHtml(const QList<Criterion>& list, const QString& label) {
    QStringList items;
    for (const Criterion& c : list)
        items << c.description();
    return PD::row(label, items.isEmpty() ? QStringLiteral("none") : items.join(QStringLiteral("; ")));
}

} // namespace

QString ReferralPack::withheld(const Referral& r, const QString& text) {
    QStringList secrets{r.schoolName, r.homePostcode, r.schoolPostcode, r.socialWorker};
    for (const ContactArrangement& c : r.contact)
        secrets << c.postcode;
    for (const ReferralChild& c : r.children) {
        secrets << c.firstName << c.lastName;
        if (c.dateOfBirth.isValid())
            secrets << c.dateOfBirth.toString(Qt::ISODate)
                    << c.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy"))
                    << c.dateOfBirth.toString(QStringLiteral("d MMMM yyyy"));
    }
    QString out = text;
    for (const QString& s : secrets) {
        const QString t = s.trimmed();
        if (t.size() >= 2)
            out.replace(t, QStringLiteral("[withheld]"), Qt::CaseInsensitive);
    }
    return out;
}

Result<QString> ReferralPack::html(const Referral& r, Kind kind, const QDate& today) {
    const bool anon = kind == Kind::Anonymised;
    const auto clean = [&](const QString& t) { return anon ? withheld(r, t) : t; };
    const QDate needed = r.neededByDate.isValid() ? r.neededByDate : today;
    QString children;
    for (int i = 0; i < r.children.size(); ++i) {
        const ReferralChild& c = r.children[i];
        const int age = c.ageOn(today);
        QStringList facts{age >= 0 ? QStringLiteral("aged %1").arg(age) : QStringLiteral("age not known"),
                          c.sex == QLatin1String("F")   ? QStringLiteral("female")
                          : c.sex == QLatin1String("M") ? QStringLiteral("male")
                                                        : QStringLiteral("sex not recorded")};
        if (!anon)
            facts.prepend(
                QStringLiteral("%1 %2, born %3")
                    .arg(c.firstName, c.lastName, c.dateOfBirth.toString(QStringLiteral("d MMMM yyyy"))));
        children += PD::row(childLabel(r, i), facts.join(QStringLiteral(", ")));
        QStringList needs;
        for (const QString& n : c.needs)
            needs << skillLabel(n);
        children += PD::row(QStringLiteral("Needs"), needs.isEmpty() ? QStringLiteral("none recorded")
                                                                     : needs.join(QStringLiteral(", ")));
        children += PD::row(QStringLiteral("Ethnicity / religion / language"), [&c] {
            QStringList parts{c.ethnicity, c.religion, c.firstLanguage};
            parts.removeAll(QString());
            return parts.isEmpty() ? QStringLiteral("not recorded") : parts.join(QStringLiteral(" / "));
        }());
        children += PD::row(QStringLiteral("Legal status"), c.legalStatus);
    }
    QString availability =
        PD::row(QStringLiteral("Needed"),
                QStringLiteral("%1 (by %2)").arg(r.neededBy, needed.toString(QStringLiteral("d MMMM yyyy"))));
    availability +=
        PD::row(QStringLiteral("Children to place together"),
                QString::number(std::max<int>(1, std::max<int>(int(r.children.size()), r.siblingCount + 1))));
    availability +=
        PD::row(QStringLiteral("Preferred area"),
                r.preferredLocation.isEmpty() ? QStringLiteral("none given") : clean(r.preferredLocation));
    availability += PD::row(
        QStringLiteral("Foster / residential / supported"),
        QStringLiteral("%1 / %2 / %3")
            .arg(r.fosterCareSuitability, r.residentialCareSuitability, r.supportedAccommodationSuitability));
    availability += PD::row(QStringLiteral("School place kept"),
                            r.keepSchoolPlace ? QStringLiteral("yes") : QStringLiteral("no"));
    QString req =
        PD::row(QStringLiteral("Communication"),
                r.specificCommunicationRequirements.join(QStringLiteral(", ")) +
                    (r.communicationOther.isEmpty() ? QString()
                                                    : QStringLiteral(" — ") + clean(r.communicationOther)));
    req += PD::row(QStringLiteral("Cultural and religious needs"), r.culturalNeeds);
    req += PD::row(QStringLiteral("Can live alongside"), r.livingCompanions);
    req += PD::row(QStringLiteral("Pets"), r.pets);
    req += PD::row(QStringLiteral("Additional support"),
                   r.additionalSupport + (r.additionalSupportOther.isEmpty()
                                              ? QString()
                                              : QStringLiteral(" — ") + clean(r.additionalSupportOther)));
    req += PD::row(
        QStringLiteral("Home adaptation / DoLS"),
        QStringLiteral("%1 / %2").arg(r.homeAdaptation ? QStringLiteral("yes") : QStringLiteral("no"),
                                      r.deprivationOfLiberty ? QStringLiteral("yes") : QStringLiteral("no")));
    QStringList contact;
    for (const ContactArrangement& c : r.contact)
        contact << QStringLiteral("%1, %2 a week").arg(clean(c.with)).arg(c.sessionsPerWeek);
    req += PD::row(QStringLiteral("Family time (contact)"),
                   contact.isEmpty() ? QStringLiteral("none arranged") : contact.join(QStringLiteral("; ")));
    if (r.budgetGuideWeekly > 0)
        req += PD::row(QStringLiteral("Budget guide"),
                       QStringLiteral("£%1 a week").arg(r.budgetGuideWeekly, 0, 'f', 2));
    QStringList outcomes;
    for (const QString& o : r.expectedOutcomes)
        outcomes << clean(o);
    QString personal;
    if (!anon) {
        personal = QStringLiteral("<h2>Personal details (not for providers)</h2><table class=\"facts\">");
        personal += PD::row(QStringLiteral("Home postcode"), r.homePostcode);
        personal +=
            PD::row(QStringLiteral("School"), QStringLiteral("%1 (%2)").arg(r.schoolName, r.schoolPostcode));
        personal += PD::row(QStringLiteral("Social worker"), r.socialWorker);
        personal += QStringLiteral("</table>");
    }
    const QHash<QString, QString> values{
        {QStringLiteral("title"), PD::escaped(QStringLiteral("Referral %1").arg(r.reference))},
        {QStringLiteral("notice"),
         PD::escaped(
             anon ? QStringLiteral("Anonymised referral pack for providers. Please reply with an offer "
                                   "quoting the reference.")
                  : QStringLiteral("Full referral pack — OFFICIAL-SENSITIVE: contains personal details."))},
        {QStringLiteral("children"), children},
        {QStringLiteral("availability"), availability},
        {QStringLiteral("requirements"), req},
        {QStringLiteral("risks"), risksHtml(r, clean)},
        {QStringLiteral("criteria"), criteriaHtml(r.essentialCriteria, QStringLiteral("Essential")) +
                                         criteriaHtml(r.desirableCriteria, QStringLiteral("Desirable"))},
        {QStringLiteral("outcomes"), PD::list(outcomes, QStringLiteral("None recorded yet."))},
        {QStringLiteral("personal"), personal},
        {QStringLiteral("footer"), PD::escaped(QStringLiteral("Printed %1 by Placement Desk.")
                                                   .arg(today.toString(QStringLiteral("d MMMM yyyy"))))}};
    return PD::fill(QStringLiteral("referral-pack.html"), values);
}

Result<QByteArray> ReferralPack::pdf(const Referral& r, Kind kind, const QDate& today) {
    auto h = html(r, kind, today);
    if (!h)
        return h.error();
    return PD::pdfBytes(h.value(), QStringLiteral("Referral %1").arg(r.reference));
}

Status ReferralPack::writePdf(const Referral& r, Kind kind, const QDate& today, const QString& path) {
    auto h = html(r, kind, today);
    if (!h)
        return h.error();
    return PD::writePdf(h.value(), path, QStringLiteral("Referral %1").arg(r.reference));
}

} // namespace pd::core
