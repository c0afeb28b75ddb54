// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/referralpack.h"

#include "core/domain/carerculture.h"
#include "core/domain/criterionvocabulary.h"
#include "core/domain/provision.h"

#include "core/reports/printeddocument.h"
#include "core/reports/redactor.h"

namespace pd::core {

namespace {

using PD = PrintedDocument;

const QString kHighlight = QStringLiteral("<span class=\"redacted\" style=\"background-color:#ffe08a\">");

/// Turns the pack's texts into HTML: escaped always; free text in the anonymised pack redacted
/// first, with the redactions highlighted when the officer previews it. Values from closed lists
/// (codes, options, criteria wordings) are only escaped, so a child called Christian or Foster does
/// not blank "Carer religion: Christian" or "Placement type: foster".
class PackText {
  public:
    PackText(const Referral& r, ReferralPack::Kind kind, bool highlight)
        : m_anonymised(kind == ReferralPack::Kind::Anonymised), m_highlight(highlight), m_redactor(r) {}

    bool anonymised() const { return m_anonymised; }
    int redactions() const { return m_redactions; }

    QString html(const QString& text) {
        if (!m_anonymised)
            return text.toHtmlEscaped();
        const Redactor::Redacted redacted = m_redactor.redact(text);
        m_redactions += int(redacted.spans.size());
        QString out;
        qsizetype at = 0;
        for (const Redactor::Span& s : redacted.spans) {
            out += redacted.text.mid(at, s.start - at).toHtmlEscaped();
            const QString piece = redacted.text.mid(s.start, s.length).toHtmlEscaped();
            out += m_highlight ? kHighlight + piece + QStringLiteral("</span>") : piece;
            at = s.start + s.length;
        }
        return out + redacted.text.mid(at).toHtmlEscaped();
    }
    QString row(const QString& label, const QString& value) { return PD::rowHtml(label, html(value)); }
    /// A row whose value comes from a closed list, not from someone's typing.
    QString listed(const QString& label, const QString& value) { return PD::row(label, value); }
    /// A value that is listed when it is one of the list's values, free text otherwise.
    QString listedOr(const QStringList& list, const QString& value) {
        return list.contains(value) ? value.toHtmlEscaped() : html(value);
    }

  private:
    bool m_anonymised;
    bool m_highlight;
    Redactor m_redactor;
    int m_redactions = 0;
};

QString yesNo(bool b) {
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

QString childLabel(const Referral& r, int i) {
    return r.children.size() > 1 ? QStringLiteral("Child ") + QChar(u'A' + i) : QStringLiteral("Child");
}

QString childrenHtml(const Referral& r, const QDate& today, PackText& t) {
    QString out;
    for (int i = 0; i < r.children.size(); ++i) {
        const ReferralChild& c = r.children[i];
        const int age = c.ageOn(today);
        QStringList facts{age >= 0 ? QStringLiteral("aged ") + QString::number(age)
                                   : QStringLiteral("age not known"),
                          c.sex == QLatin1String("F")   ? QStringLiteral("female")
                          : c.sex == QLatin1String("M") ? QStringLiteral("male")
                                                        : QStringLiteral("sex not recorded")};
        if (!t.anonymised())
            facts.prepend(
                QStringLiteral("%1 %2, born %3")
                    .arg(c.firstName, c.lastName, c.dateOfBirth.toString(QStringLiteral("d MMMM yyyy"))));
        out += t.row(childLabel(r, i), facts.join(QStringLiteral(", ")));
        QStringList needs;
        for (const QString& n : c.needs)
            needs << labelOfCode<Skill>(n);
        out += t.listed(QStringLiteral("Needs"),
                        needs.isEmpty() ? QStringLiteral("none recorded") : needs.join(QStringLiteral(", ")));
        QStringList culture;
        for (const auto& [list, value] : {std::pair{&carerculture::ethnicityCodes(), &c.ethnicity},
                                          std::pair{&carerculture::religions(), &c.religion},
                                          std::pair{&carerculture::languages(), &c.firstLanguage}})
            if (!value->isEmpty())
                culture << t.listedOr(*list, *value);
        out += PD::rowHtml(QStringLiteral("Ethnicity / religion / language"),
                           culture.isEmpty() ? QStringLiteral("not recorded")
                                             : culture.join(QStringLiteral(" / ")));
        out += t.row(QStringLiteral("Legal status"), c.legalStatus);
    }
    return out;
}

QString availabilityHtml(const Referral& r, const QDate& today, PackText& t) {
    const QDate needed = r.neededByDate.isValid() ? r.neededByDate : today;
    const int together = std::max<int>(1, std::max<int>(int(r.children.size()), r.siblingCount + 1));
    return t.row(
               QStringLiteral("Needed"),
               QStringLiteral("%1 (by %2)").arg(r.neededBy, needed.toString(QStringLiteral("d MMMM yyyy")))) +
           t.row(QStringLiteral("Children to place together"), QString::number(together)) +
           t.row(QStringLiteral("Preferred area"),
                 r.preferredLocation.isEmpty() ? QStringLiteral("none given") : r.preferredLocation) +
           t.listed(QStringLiteral("Foster / residential / supported"),
                    QStringLiteral("%1 / %2 / %3")
                        .arg(r.fosterCareSuitability, r.residentialCareSuitability,
                             r.supportedAccommodationSuitability)) +
           t.row(QStringLiteral("School place kept"), yesNo(r.keepSchoolPlace));
}

QString requirementsHtml(const Referral& r, PackText& t) {
    // The option chosen is listed; what was typed under "other" is free text.
    const auto withOther = [&t](const QString& label, const QString& chosen, const QString& other) {
        return PD::rowHtml(label, chosen.toHtmlEscaped() +
                                      (other.isEmpty() ? QString() : QStringLiteral(" — ") + t.html(other)));
    };
    QString out =
        withOther(QStringLiteral("Communication"),
                  r.specificCommunicationRequirements.join(QStringLiteral(", ")), r.communicationOther);
    out += t.listed(QStringLiteral("Cultural and religious needs"), r.culturalNeeds);
    out += t.listed(QStringLiteral("Can live alongside"), r.livingCompanions);
    out += t.listed(QStringLiteral("Pets"), r.pets);
    out += withOther(QStringLiteral("Additional support"), r.additionalSupport, r.additionalSupportOther);
    out += t.row(QStringLiteral("Home adaptation / DoLS"),
                 QStringLiteral("%1 / %2").arg(yesNo(r.homeAdaptation), yesNo(r.deprivationOfLiberty)));
    QStringList contact;
    for (const ContactArrangement& c : r.contact) // one arg() call: a "%1" in who stays as written
        contact << QStringLiteral("%1, %2 a week").arg(c.with, QString::number(c.sessionsPerWeek));
    out += t.row(QStringLiteral("Family time (contact)"),
                 contact.isEmpty() ? QStringLiteral("none arranged") : contact.join(QStringLiteral("; ")));
    if (r.budgetGuideWeekly > 0)
        out += t.row(QStringLiteral("Budget guide"), QStringLiteral("£") +
                                                         QString::number(r.budgetGuideWeekly, 'f', 2) +
                                                         QStringLiteral(" a week"));
    return out;
}

QString risksHtml(const Referral& r, PackText& t) {
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
        out += t.listed(QString::fromLatin1(label), *value);
    if (!r.riskOther.isEmpty())
        out += t.row(QStringLiteral("Other risks to the child"), r.riskOther);
    if (!r.riskToOthersOther.isEmpty())
        out += t.row(QStringLiteral("Other risks to others"), r.riskToOthersOther);
    return out;
}

// Criteria print from their typed values only (criterionWording), never their stored text.
QString criteriaHtml(const QList<Criterion>& list, const QString& label, PackText& t) {
    QStringList items;
    for (const Criterion& c : list)
        items << criterionWording(c);
    return t.listed(label, items.isEmpty() ? QStringLiteral("none") : items.join(QStringLiteral("; ")));
}

QString personalHtml(const Referral& r) {
    QString out = QStringLiteral("<h2>Personal details (not for providers)</h2><table class=\"facts\">");
    out += PD::row(QStringLiteral("Home postcode"), r.homePostcode);
    out += PD::row(QStringLiteral("School"), QStringLiteral("%1 (%2)").arg(r.schoolName, r.schoolPostcode));
    out += PD::row(QStringLiteral("Social worker"), r.socialWorker);
    return out + QStringLiteral("</table>");
}

// The officer's own details are not the child's: listed as given, never redacted.
QString officerHtml(const SendingOfficer& officer) {
    if (officer.isEmpty())
        return {};
    return QStringLiteral("<h2>Who to contact</h2><p>") +
           PD::escaped(officer.lines().join(u'\n')).replace(u'\n', QStringLiteral("<br>")) +
           QStringLiteral("</p>");
}

Result<QString> packHtml(const Referral& r, const QDate& today, PackText& t, const SendingOfficer& officer) {
    QStringList outcomes;
    for (const QString& o : r.expectedOutcomes)
        outcomes << t.html(o);
    const QString notice =
        t.anonymised()
            ? QStringLiteral(
                  "Anonymised referral pack for providers. Please reply with an offer quoting the reference.")
            : QStringLiteral("CONFIDENTIAL — OFFICIAL-SENSITIVE. The full referral with the child's personal "
                             "details, for the team's own file: not for providers.");
    const QHash<QString, QString> values{
        {QStringLiteral("title"), t.html(QStringLiteral("Referral ") + r.reference)},
        {QStringLiteral("notice"), PD::escaped(notice)},
        {QStringLiteral("officer"), officerHtml(officer)},
        {QStringLiteral("children"), childrenHtml(r, today, t)},
        {QStringLiteral("availability"), availabilityHtml(r, today, t)},
        {QStringLiteral("requirements"), requirementsHtml(r, t)},
        {QStringLiteral("risks"), risksHtml(r, t)},
        {QStringLiteral("criteria"), criteriaHtml(r.essentialCriteria, QStringLiteral("Essential"), t) +
                                         criteriaHtml(r.desirableCriteria, QStringLiteral("Desirable"), t)},
        {QStringLiteral("outcomes"), PD::listHtml(outcomes, QStringLiteral("None recorded yet."))},
        {QStringLiteral("personal"), t.anonymised() ? QString() : personalHtml(r)},
        {QStringLiteral("footer"), PD::escaped(QStringLiteral("Printed %1 by Placement Desk.")
                                                   .arg(today.toString(QStringLiteral("d MMMM yyyy"))))}};
    return PD::fill(QStringLiteral("referral-pack.html"), values);
}

} // namespace

Result<QString> ReferralPack::html(const Referral& r, Kind kind, const QDate& today,
                                   const SendingOfficer& officer) {
    PackText text(r, kind, false);
    return packHtml(r, today, text, officer);
}

Result<PackPreview> ReferralPack::preview(const Referral& r, const QDate& today,
                                          const SendingOfficer& officer) {
    PackText text(r, Kind::Anonymised, true);
    auto h = packHtml(r, today, text, officer);
    if (!h)
        return h.error();
    return PackPreview{h.value(), text.redactions()};
}

Result<QByteArray> ReferralPack::pdf(const Referral& r, Kind kind, const QDate& today,
                                     const SendingOfficer& officer) {
    auto h = html(r, kind, today, officer);
    if (!h)
        return h.error();
    return PD::pdfBytes(h.value(), QStringLiteral("Referral ") + r.reference);
}

Status ReferralPack::writePdf(const Referral& r, Kind kind, const QDate& today, const QString& path,
                              const SendingOfficer& officer) {
    auto h = html(r, kind, today, officer);
    if (!h)
        return h.error();
    return PD::writePdf(h.value(), path, QStringLiteral("Referral ") + r.reference);
}

} // namespace pd::core
