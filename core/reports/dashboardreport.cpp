// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/dashboardreport.h"

#include "core/reports/dashboardtables.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPdfWriter>
#include <QUrl>

namespace pd::core {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("pd::core::DashboardReport", text);
}

QString cell(const QVariant& v, const QString& header) {
    if (v.typeId() == QMetaType::Double)
        return QStringLiteral("%L1").arg(v.toDouble(), 0, 'f', figureDecimals(header));
    return v.toString().toHtmlEscaped();
}

QString tableHtml(const DashboardTable& t) {
    QString html =
        QStringLiteral("<h2>%1</h2><table class='grid' cellspacing='0' cellpadding='3' width='100%'><tr>")
            .arg(t.title.toHtmlEscaped());
    for (const QString& h : t.table.headers)
        html += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (qsizetype r = 0; r < t.table.rows.size(); ++r) {
        html += r % 2 ? QStringLiteral("<tr class='odd'>") : QStringLiteral("<tr>");
        const QVariantList& row = t.table.rows.at(r);
        for (qsizetype c = 0; c < row.size(); ++c) {
            const QVariant& v = row.at(c);
            const bool number = v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int;
            html += QStringLiteral("<td%1>%2</td>")
                        .arg(number ? QStringLiteral(" align='right'")
                                    : QStringLiteral(" style='white-space: nowrap'"),
                             cell(v, t.table.headers.value(c)));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

// One headline row: this year, last year, the target and whether it is met.
QString headline(const QString& what, const ChildRatio& now, const ChildRatio* before,
                 const std::optional<double>& target, bool lowerIsBetter) {
    QString status = QStringLiteral("–");
    QString colour = QStringLiteral("#444");
    if (target && now.denominator > 0) {
        const bool met = lowerIsBetter ? now.percent() <= *target : now.percent() >= *target;
        status = met ? tr("on target") : tr("off target");
        colour = met ? QStringLiteral("#1b7a3a") : QStringLiteral("#b3261e");
    }
    return QStringLiteral(
               "<tr><td>%1</td><td align='right'><b>%2%</b> (%3 of %4)</td><td align='right'>%5</td>"
               "<td align='right'>%6</td><td style='color:%7'>%8</td></tr>")
        .arg(what.toHtmlEscaped(), QString::number(now.percent(), 'f', 1))
        .arg(now.numerator)
        .arg(now.denominator)
        .arg(before ? QString::number(before->percent(), 'f', 1) + u'%' : QStringLiteral("–"),
             target ? QString::number(*target, 'f', 1) + u'%' : QStringLiteral("–"), colour, status);
}

} // namespace

std::unique_ptr<QTextDocument> dashboardDocument(const IndicatorReport& report,
                                                 const DashboardTargets& targets,
                                                 const QList<ReportChart>& charts) {
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultStyleSheet(QStringLiteral(
        "body { font-family: sans-serif; font-size: 9pt; } h1 { font-size: 16pt; color: #1f3b5a; } "
        "h2 { font-size: 11pt; color: #1f3b5a; margin-top: 12px; } "
        "table.grid th { background: #1f3b5a; color: white; font-weight: bold; text-align: left; } "
        "table.grid td { border-bottom: 1px solid #ccc; font-size: 8pt; } table.grid th { font-size: 8pt; } "
        "tr.odd td { background: #f0f3f7; } "
        "p.note { color: #555; font-size: 8pt; }"));
    const StabilityMeasures& s = report.stability;
    const StabilityMeasures* before =
        report.trend.size() > 1 ? &report.trend.at(report.trend.size() - 2) : nullptr;
    QString html =
        QStringLiteral("<html><body><h1>%1</h1><p>%2</p>")
            .arg(tr("Placements dashboard — year ending %1")
                     .arg(report.yearEnd.toString(QStringLiteral("d MMMM yyyy")))
                     .toHtmlEscaped(),
                 tr("%1 children looked after at 31 March; %2 on agreed short breaks (V3/V4) are left out "
                    "of the stability, distance and mix measures. Budget spent to %3.")
                     .arg(s.lookedAfter)
                     .arg(s.shortBreakChildren.size())
                     .arg(report.asOf.toString(QStringLiteral("d MMMM yyyy")))
                     .toHtmlEscaped());
    html += QStringLiteral(
                "<h2>%1</h2><table class='grid' cellspacing='0' cellpadding='3' width='100%'><tr><th>%2</th>"
                "<th>%3</th><th>%4</th><th>%5</th><th></th></tr>")
                .arg(tr("Key measures").toHtmlEscaped(), tr("Measure").toHtmlEscaped(),
                     tr("This year").toHtmlEscaped(), tr("Last year").toHtmlEscaped(),
                     tr("Target").toHtmlEscaped());
    html += headline(tr("Three or more placements in the year (lower is better)"), s.threeOrMorePlacements,
                     before ? &before->threeOrMorePlacements : nullptr, targets.threeOrMorePlacements, true);
    html += headline(tr("Long-term stability (higher is better)"), s.longTermStability,
                     before ? &before->longTermStability : nullptr, targets.longTermStability, false);
    html += headline(tr("Placed more than 20 miles from home (lower is better)"), s.distanceOver20Miles,
                     before ? &before->distanceOver20Miles : nullptr, targets.distanceOver20Miles, true);
    html +=
        QStringLiteral("</table><p class='note'>%1</p>")
            .arg(tr("%1 children with an unknown home or placement postcode are not in the distance measure.")
                     .arg(s.distanceOver20Miles.unknown)
                     .toHtmlEscaped());
    // One chart per row at the text width: smaller would make the axis labels unreadable on paper.
    for (qsizetype i = 0; i < charts.size(); ++i) {
        const QString url = QStringLiteral("chart://%1").arg(i);
        doc->addResource(QTextDocument::ImageResource, QUrl(url), charts.at(i).image);
        html += QStringLiteral("<p><img src='%1' width='510'></p>").arg(url);
    }
    for (const DashboardTable& t : dashboardTables(report))
        html += tableHtml(t);
    html += QStringLiteral("<p class='note'>%1</p></body></html>")
                .arg(tr("Definitions: DESIGN.md \"Measures for the dashboard\" (Department for Education "
                        "stability "
                        "measures). Produced by Placement Desk %1.")
                         .arg(QStringLiteral(PD_VERSION))
                         .toHtmlEscaped());
    doc->setHtml(html);
    return doc;
}

void printDashboard(const IndicatorReport& report, const DashboardTargets& targets,
                    const QList<ReportChart>& charts, QPagedPaintDevice& device) {
    dashboardDocument(report, targets, charts)->print(&device);
}

Status saveDashboardPdf(const IndicatorReport& report, const DashboardTargets& targets,
                        const QList<ReportChart>& charts, const QString& path) {
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(tr("Placements dashboard"));
        writer.setCreator(QStringLiteral("Placement Desk"));
        printDashboard(report, targets, charts, writer);
    }
    if (QFileInfo(path).size() == 0)
        return Error::io(QStringLiteral("The PDF could not be written to %1.").arg(path));
    return {};
}

} // namespace pd::core
