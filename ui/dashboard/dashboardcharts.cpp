// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/dashboardcharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace pd::ui {

namespace {

const QColor kBlue(0x1f, 0x5f, 0x9e);
const QColor kTarget(0xc0, 0x39, 0x2b);

QChart* newChart(const QString& title) {
    auto* chart = new QChart;
    chart->setTitle(title);
    QFont f = chart->titleFont();
    f.setBold(true);
    chart->setTitleFont(f);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QString yearLabel(const QDate& yearEnd) {
    return QStringLiteral("%1/%2").arg(yearEnd.year() - 1).arg(yearEnd.year() % 100, 2, 10, QLatin1Char('0'));
}

double oneDecimal(double v) {
    return std::round(v * 10.0) / 10.0;
}

// Numbers at the end of the bars, readable on any bar length.
void labelBars(QAbstractBarSeries* bars, const QString& format) {
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setLabelsFormat(format);
    bars->setLabelsPrecision(8);
    for (QBarSet* set : bars->barSets())
        set->setLabelColor(QColor(0x22, 0x22, 0x22));
}

QBarCategoryAxis* categoryAxis(const QStringList& labels) {
    auto* axis = new QBarCategoryAxis;
    axis->append(labels);
    QFont f = axis->labelsFont();
    f.setPointSizeF(f.pointSizeF() * 0.8);
    axis->setLabelsFont(f);
    return axis;
}

QValueAxis* valueAxis(double max, const QString& format) {
    auto* axis = new QValueAxis;
    axis->setRange(0, max <= 0 ? 1 : max * 1.15);
    axis->setLabelFormat(format);
    axis->applyNiceNumbers();
    return axis;
}

/// An axis of whole numbers: ticks 1, 2, 5, 10, 20, 50 … apart from 0, so small counts never get
/// fractional ticks that "%d" would print as 0, 0, 0, 1.
QValueAxis* countAxis(double max) {
    auto* axis = new QValueAxis;
    const double top = std::max(1.0, std::ceil(max * 1.15));
    double step = 1;
    for (double scale = 1; step * 5 < top; scale *= 10)
        for (double s : {1.0, 2.0, 5.0})
            if (step * 5 < top)
                step = s * scale;
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setRange(0, std::ceil(top / step) * step);
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

} // namespace

namespace {

/// One set of counts as bars (upright or lying down) along labelled categories, no legend.
QChart* countChart(QChart* chart, QAbstractBarSeries* bars, QBarSet* set, const QStringList& labels,
                   int max) {
    const bool lying = qobject_cast<QHorizontalBarSeries*>(bars) != nullptr;
    bars->append(set);
    labelBars(bars, QStringLiteral("@value"));
    chart->addSeries(bars);
    auto* categories = categoryAxis(labels);
    auto* counts = countAxis(max);
    chart->addAxis(categories, lying ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(counts, lying ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(counts);
    bars->attachAxis(categories);
    chart->legend()->setVisible(false);
    return chart;
}

} // namespace

QChart* DashboardCharts::trend(const QString& title, const QList<QDate>& years, const QList<double>& percents,
                               const std::optional<double>& target) {
    QChart* chart = newChart(title);
    auto* set = new QBarSet(QObject::tr("Actual (%)"));
    set->setColor(kBlue);
    QStringList labels;
    for (qsizetype i = 0; i < years.size(); ++i) {
        *set << oneDecimal(percents.value(i));
        labels << yearLabel(years.at(i));
    }
    auto* bars = new QBarSeries;
    bars->append(set);
    labelBars(bars, QStringLiteral("@value%"));
    chart->addSeries(bars);
    auto* x = categoryAxis(labels);
    double max = percents.isEmpty() ? 10 : *std::max_element(percents.cbegin(), percents.cend());
    if (target) {
        max = std::max(max, *target);
        auto* line = new QLineSeries;
        line->setName(QObject::tr("Target %1%").arg(*target));
        QPen pen(kTarget, 2, Qt::DashLine);
        line->setPen(pen);
        line->append(-0.5, *target);
        line->append(double(years.size()) - 0.5, *target);
        chart->addSeries(line);
    }
    auto* y = valueAxis(std::max(max, 5.0), QStringLiteral("%d%%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->legend()->setVisible(target.has_value());
    return chart;
}

QChart* DashboardCharts::mix(const core::PlacementMix& mix) {
    QChart* chart = newChart(QObject::tr("Placement mix at 31 March (children)"));
    auto* set = new QBarSet(QObject::tr("Children"));
    set->setColor(kBlue);
    QStringList labels;
    int max = 0;
    for (core::PlacementCategory c : core::kPlacementCategories) {
        const int n = mix.counts[std::size_t(c)];
        *set << n;
        max = std::max(max, n);
        labels << core::categoryLabel(c);
    }
    return countChart(chart, new QHorizontalBarSeries, set, labels, max);
}

QChart* DashboardCharts::unitCosts(const QList<core::UnitCost>& costs) {
    QChart* chart = newChart(QObject::tr("Average weekly cost per child (£, weighted by days)"));
    auto* set = new QBarSet(QObject::tr("£ a week"));
    set->setColor(QColor(0x2e, 0x8b, 0x57));
    QStringList labels;
    double max = 0;
    for (const core::UnitCost& u : costs) {
        *set << std::round(u.weekly.value_or(0));
        max = std::max(max, u.weekly.value_or(0));
        labels << core::categoryLabel(u.category);
    }
    auto* bars = new QHorizontalBarSeries;
    bars->append(set);
    labelBars(bars, QStringLiteral("£@value"));
    chart->addSeries(bars);
    auto* y = categoryAxis(labels);
    auto* x = valueAxis(max, QStringLiteral("%d")); // QValueAxis formats are printf: ASCII only
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    bars->attachAxis(y);
    chart->legend()->setVisible(false);
    return chart;
}

QChart* DashboardCharts::budget(const QList<core::BudgetOutturn>& lines) {
    QChart* chart = newChart(QObject::tr("Budget and forecast outturn (£ thousands)"));
    auto* budget = new QBarSet(QObject::tr("Budget"));
    auto* spent = new QBarSet(QObject::tr("Spent to date"));
    auto* committed = new QBarSet(QObject::tr("Committed to 31 March"));
    auto* forecast = new QBarSet(QObject::tr("Forecast outturn"));
    budget->setColor(QColor(0x9e, 0xa7, 0xb3));
    spent->setColor(kBlue);
    committed->setColor(QColor(0x7f, 0xb3, 0xe0));
    forecast->setColor(QColor(0xe6, 0x7e, 0x22));
    QStringList labels;
    double max = 0;
    for (const core::BudgetOutturn& b : lines) {
        *budget << std::round(b.budget.value_or(0) / 1000.0);
        *spent << std::round(b.spent / 1000.0);
        *committed << std::round(b.committed / 1000.0);
        *forecast << std::round(b.forecast() / 1000.0);
        max = std::max({max, b.budget.value_or(0) / 1000.0, b.forecast() / 1000.0});
        labels << b.name;
    }
    auto* bars = new QBarSeries;
    for (QBarSet* s : {budget, spent, committed, forecast})
        bars->append(s);
    chart->addSeries(bars);
    auto* x = categoryAxis(labels);
    auto* y = valueAxis(max, QStringLiteral("%d"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    return chart;
}

QChart* DashboardCharts::funnel(const core::ReferralFunnel& funnel) {
    QChart* chart = newChart(QObject::tr("Referrals received per month"));
    auto* set = new QBarSet(QObject::tr("Referrals"));
    set->setColor(kBlue);
    QStringList labels;
    int max = 0;
    for (int m = 0; m < 12; ++m) {
        *set << funnel.perMonth[std::size_t(m)];
        max = std::max(max, funnel.perMonth[std::size_t(m)]);
        labels << QLocale().monthName((m + 3) % 12 + 1, QLocale::ShortFormat);
    }
    return countChart(chart, new QBarSeries, set, labels, max);
}

QImage DashboardCharts::render(QChart* chart, const QSize& size) {
    // A scene of its own: a hidden view would not lay the chart out before it is painted.
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns the chart from here
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    if (chart->layout())
        chart->layout()->activate();
    QCoreApplication::sendPostedEvents();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

} // namespace pd::ui
