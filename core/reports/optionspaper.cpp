// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/optionspaper.h"

#include "core/reports/printeddocument.h"

#include <algorithm>

namespace pd::core {

namespace {

using PD = PrintedDocument;

QString milesText(double m) {
    return m < 0 ? QStringLiteral("unknown") : QStringLiteral("%1 miles").arg(m, 0, 'f', 1);
}

QString cellRow(const QString& label, const QStringList& cells) {
    QString out = QStringLiteral("<tr><td class=\"label\">%1</td>").arg(label.toHtmlEscaped());
    for (const QString& c : cells)
        out += QStringLiteral("<td>%1</td>").arg(c); // cells are escaped by the caller
    return out + QStringLiteral("</tr>");
}

} // namespace

QList<CheckedOffer> OptionsPaper::compliant(const QList<CheckedOffer>& offers) {
    QList<CheckedOffer> out;
    for (const CheckedOffer& o : offers)
        if (o.meetsEssential() && o.offer.status == QLatin1String("open"))
            out << o;
    std::stable_sort(out.begin(), out.end(), [](const CheckedOffer& a, const CheckedOffer& b) {
        return a.cost.total() != b.cost.total() ? a.cost.total() < b.cost.total() : a.offer.id < b.offer.id;
    });
    return out;
}

Result<QString> OptionsPaper::html(const Referral& r, const QList<CheckedOffer>& options,
                                   const QString& reason, const QDate& today) {
    if (options.isEmpty())
        return Error::invalid(
            QStringLiteral("No offer meets every essential criterion: there is nothing to present yet."));
    if (options.size() < 3 && reason.trimmed().isEmpty())
        return Error::invalid(
            QStringLiteral("Only %1 compliant option(s): record why fewer than three are offered.")
                .arg(options.size()));
    QString header = QStringLiteral("<tr><th></th>");
    QStringList name, cost, parts, home, school, quality, score, explanation, start;
    for (int i = 0; i < options.size(); ++i) {
        const CheckedOffer& o = options[i];
        header += QStringLiteral("<th>Option %1</th>").arg(i + 1);
        name << PD::escaped(o.offer.providerName) + QStringLiteral("<br/>") +
                    PD::escaped(o.offer.provisionName);
        cost << QStringLiteral("<b>%1</b> a week").arg(PD::escaped(formatPounds(o.cost.total())));
        parts << PD::escaped(QStringLiteral("Fee %1; extras %2; school travel %3; contact travel %4")
                                 .arg(formatPounds(o.cost.fee), formatPounds(o.cost.extras),
                                      formatPounds(o.cost.schoolTravel), formatPounds(o.cost.contactTravel)));
        home << PD::escaped(milesText(o.milesHome));
        school << PD::escaped(milesText(o.milesSchool));
        quality << PD::escaped(
            QStringLiteral(
                "Ofsted: %1; %2; %3 disruption(s) and %4 pre-disruption meeting(s) in %5 placement(s)")
                .arg(label(o.provision.ofsted), label(o.provision.framework).toLower())
                .arg(o.provision.disruptions)
                .arg(o.provision.disruptionMeetings)
                .arg(o.provision.placementsWithUs));
        score << QString::number(o.score);
        start << PD::escaped(o.offer.startDate.isValid()
                                 ? o.offer.startDate.toString(QStringLiteral("d MMM yyyy"))
                                 : QStringLiteral("not given"));
        QStringList lines;
        for (const ScoreLine& l : o.explanation)
            if (l.score >= 0)
                lines << softCriterionLabel(l.criterion) + QStringLiteral(": ") + l.explanation;
        explanation << PD::list(lines, QStringLiteral("—"));
    }
    QString table = header + QStringLiteral("</tr>");
    table += cellRow(QStringLiteral("Provider and home"), name);
    table += cellRow(QStringLiteral("Whole weekly cost"), cost);
    table += cellRow(QStringLiteral("Made up of"), parts);
    table += cellRow(QStringLiteral("Distance to home"), home);
    table += cellRow(QStringLiteral("Distance to school"), school);
    table += cellRow(QStringLiteral("Start date"), start);
    table += cellRow(QStringLiteral("Provider quality"), quality);
    table += cellRow(QStringLiteral("Match score (0–100)"), score);
    table += cellRow(QStringLiteral("Why"), explanation);
    const QString reasonHtml =
        options.size() < 3 ? QStringLiteral("<p class=\"reason\"><b>Fewer than three options:</b> %1</p>")
                                 .arg(PD::escaped(reason))
                           : QString();
    return PD::fill(
        QStringLiteral("options-paper.html"),
        {{QStringLiteral("title"),
          PD::escaped(QStringLiteral("Options paper — referral %1").arg(r.reference))},
         {QStringLiteral("intro"),
          PD::escaped(
              QStringLiteral("%1 option(s) meeting every essential criterion, compared on whole weekly cost.")
                  .arg(options.size()))},
         {QStringLiteral("reason"), reasonHtml},
         {QStringLiteral("table"), table},
         {QStringLiteral("footer"),
          PD::escaped(QStringLiteral("Prepared %1.").arg(today.toString(QStringLiteral("d MMMM yyyy"))))}});
}

} // namespace pd::core
