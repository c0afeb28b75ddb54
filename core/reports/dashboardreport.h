// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/indicatorreport.h"
#include "core/result.h"
#include "core/storage/dashboardsettings.h"

#include <QImage>
#include <QTextDocument>
#include <memory>

class QPagedPaintDevice;

namespace pd::core {

/// A chart drawn by the screen, placed in the printed report under its caption.
struct ReportChart {
    QString caption;
    QImage image;
};

/// The management-meeting report: headline measures against targets, the charts, every table.
std::unique_ptr<QTextDocument> dashboardDocument(const IndicatorReport& report,
                                                 const DashboardTargets& targets,
                                                 const QList<ReportChart>& charts);
/// Prints the report on a printer or PDF writer.
void printDashboard(const IndicatorReport& report, const DashboardTargets& targets,
                    const QList<ReportChart>& charts, QPagedPaintDevice& device);
/// Writes the report as an A4 PDF.
Status saveDashboardPdf(const IndicatorReport& report, const DashboardTargets& targets,
                        const QList<ReportChart>& charts, const QString& path);

} // namespace pd::core
