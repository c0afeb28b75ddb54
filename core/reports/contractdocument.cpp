// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/contractdocument.h"

#include "core/matching/wholecost.h"
#include "core/reports/printeddocument.h"

namespace pd::core {

namespace {

using PD = PrintedDocument;

QString longDate(const QDate& d) {
    return d.isValid() ? d.toString(QStringLiteral("d MMMM yyyy")) : QStringLiteral("not given");
}

QString outcomesHtml(const QList<ContractOutcome>& outcomes) {
    if (outcomes.isEmpty())
        return PD::list({}, QStringLiteral("No outcomes agreed yet: add them at the first review."));
    QString rows =
        QStringLiteral("<tr><th>Outcome for the child</th><th>How we will know</th><th>Looked at</th></tr>");
    for (const ContractOutcome& o : outcomes)
        rows +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                .arg(PD::escaped(o.wording),
                     PD::escaped(o.measure.isEmpty() ? QStringLiteral("—") : o.measure),
                     PD::escaped(o.reviewMonths > 0 ? QStringLiteral("every %1 months").arg(o.reviewMonths)
                                                    : QStringLiteral("at every review")));
    return QStringLiteral("<table class=\"grid\">%1</table>").arg(rows);
}

QString versionsHtml(const QList<ContractVersion>& versions) {
    QString rows = QStringLiteral(
        "<tr><th>Version</th><th>From</th><th>Weekly fee</th><th>Extras</th><th>Why</th><th>By</th></tr>");
    for (const ContractVersion& v : versions)
        rows +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                .arg(v.version)
                .arg(PD::escaped(longDate(v.effectiveFrom)), PD::escaped(formatPounds(v.weeklyFee)),
                     PD::escaped(formatPounds(v.extras)), PD::escaped(v.changeNote), PD::escaped(v.madeBy));
    return QStringLiteral("<table class=\"grid\">%1</table>").arg(rows);
}

} // namespace

Result<QString> ContractDocument::html(const PlacementRecord& p, const QList<ContractVersion>& versions,
                                       const QString& socialWorker, const QDate& today) {
    if (versions.isEmpty())
        return Error::invalid(QStringLiteral("Placement %1 has no contract to print.").arg(p.id));
    const ContractVersion& c = versions.last();
    QString facts = PD::row(QStringLiteral("Child"), QStringLiteral("%1 (%2)").arg(p.childName, p.childRef));
    facts += PD::row(QStringLiteral("Provider"), c.providerName);
    facts += PD::row(QStringLiteral("Home / household"), c.provisionName);
    facts += PD::row(QStringLiteral("Placement start"), longDate(c.start));
    if (!p.isCurrent())
        facts += PD::row(QStringLiteral("Placement ended"), longDate(p.end));
    facts += PD::row(QStringLiteral("Weekly fee"), formatPounds(c.weeklyFee));
    facts += PD::row(QStringLiteral("Agreed extras a week"),
                     c.extras > 0 ? QStringLiteral("%1 (%2)").arg(formatPounds(c.extras), c.extrasNote)
                                  : QStringLiteral("none"));
    facts += PD::row(QStringLiteral("Whole weekly cost"), formatPounds(c.weeklyTotal()));
    facts +=
        PD::row(QStringLiteral("Notice to end the placement"), QStringLiteral("%1 days").arg(c.noticeDays));
    facts += PD::row(QStringLiteral("Budget line"),
                     p.budgetLine.isEmpty() ? QStringLiteral("not set") : p.budgetLine);
    facts += PD::row(QStringLiteral("Child's social worker"),
                     socialWorker.isEmpty() ? QStringLiteral("not recorded") : socialWorker);
    facts += PD::row(QStringLiteral("This version"),
                     QStringLiteral("%1, in force from %2").arg(c.version).arg(longDate(c.effectiveFrom)));
    return PD::fill(
        QStringLiteral("placement-contract.html"),
        {{QStringLiteral("title"),
          PD::escaped(QStringLiteral("Individual Placement Contract — %1").arg(p.childRef))},
         {QStringLiteral("facts"), facts},
         {QStringLiteral("outcomes"), outcomesHtml(c.outcomes)},
         {QStringLiteral("versions"), versionsHtml(versions)},
         {QStringLiteral("footer"),
          PD::escaped(
              QStringLiteral("Printed %1 from Placement Desk. Every change to this contract makes a new "
                             "version; earlier versions are kept.")
                  .arg(longDate(today)))}});
}

} // namespace pd::core
