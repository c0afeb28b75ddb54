// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/dashboardarea.h"

#include "core/services/desk.h"

#include "ui/dashboard/budgetlinedialog.h"
#include "ui/dashboard/dashboardcharts.h"
#include "ui/dashboard/dashboardtablepanel.h"
#include "ui/dashboard/targetsdialog.h"
#include "ui/widgets/permissiongate.h"
#include "ui/widgets/savefolder.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

enum Chart { ThreeOrMore, LongTerm, Distance, Mix, UnitCosts, Budget, Funnel };

QDate currentYearEnd(const QDate& today) {
    return core::FinancialYear::containing(today).end;
}

// The drill-down before a figure is chosen (and again after the year changes).
core::DashboardTable nothingBehind() {
    return {QObject::tr("Behind the figure \u2014 click a bar or a table row"),
            {},
            core::DrillKind::Children,
            {},
            {}};
}

QString yearText(const QDate& yearEnd) {
    return QObject::tr("April %1 to March %2").arg(yearEnd.year() - 1).arg(yearEnd.year());
}

} // namespace

DashboardArea::DashboardArea(QWidget* parent)
    : Area(parent), m_year(new QComboBox(this)), m_summary(new QLabel(this)),
      m_stability(new DashboardTablePanel), m_mix(new DashboardTablePanel), m_ifa(new DashboardTablePanel),
      m_costs(new DashboardTablePanel), m_budget(new DashboardTablePanel), m_funnel(new DashboardTablePanel),
      m_payments(new DashboardTablePanel), m_uplifts(new DashboardTablePanel),
      m_drill(new DashboardTablePanel) {
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Year:"), this));
    bar->addWidget(m_year);
    bar->addWidget(m_summary, 1);
    auto* targets = new QPushButton(tr("Targets…"), this);
    auto* pdf = new QPushButton(tr("Save PDF report…"), this);
    auto* printButton = new QPushButton(tr("Print…"), this);
    for (QPushButton* b : {targets, pdf, printButton})
        bar->addWidget(b);
    m_targetsButton = targets;
    m_summary->setWordWrap(true);

    auto* page = m_page = new QWidget;
    auto* grid = new QGridLayout(page);
    grid->setSpacing(10);
    auto* cards = new QHBoxLayout;
    cards->addWidget(card(&m_headlines[0], tr("Three or more placements in the year")));
    cards->addWidget(card(&m_headlines[1], tr("Long-term stability")));
    cards->addWidget(card(&m_headlines[2], tr("Placed more than 20 miles from home")));
    grid->addLayout(cards, 0, 0, 1, 6);
    for (std::size_t i = 0; i < m_charts.size(); ++i) {
        m_charts[i] = new QChartView(page);
        m_charts[i]->setRenderHint(QPainter::Antialiasing);
        m_charts[i]->setMinimumHeight(i < 3 ? 250 : 300);
    }
    // Each chart sits above the table with its figures.
    grid->addWidget(m_charts[ThreeOrMore], 1, 0, 1, 2);
    grid->addWidget(m_charts[LongTerm], 1, 2, 1, 2);
    grid->addWidget(m_charts[Distance], 1, 4, 1, 2);
    grid->addWidget(m_stability, 2, 0, 1, 6);
    grid->addWidget(m_charts[Mix], 3, 0, 1, 3);
    grid->addWidget(m_charts[UnitCosts], 3, 3, 1, 3);
    grid->addWidget(m_mix, 4, 0, 1, 3);
    grid->addWidget(m_costs, 4, 3, 1, 3);
    grid->addWidget(m_charts[Budget], 5, 0, 1, 6);
    grid->addWidget(m_budget, 6, 0, 1, 6);
    grid->addWidget(m_charts[Funnel], 7, 0, 1, 3);
    grid->addWidget(m_funnel, 7, 3, 1, 3);
    grid->addWidget(m_ifa, 8, 0, 1, 6);
    grid->addWidget(m_payments, 9, 0, 1, 6);
    grid->addWidget(m_uplifts, 10, 0, 1, 6);
    grid->setRowStretch(11, 1);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(page);

    m_drill->setScrolling(true);
    m_drill->setTitle(tr("Behind the figure"));
    m_drill->setTable(nothingBehind());
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(scroll);
    splitter->addWidget(m_drill);
    connect(m_drill, &DashboardTablePanel::rowDoubleClicked, this, [this](int row) {
        const core::DashboardTable& t = m_drill->table();
        if (!desk() || row < 0 || row >= t.table.rows.size())
            return;
        const QList<QVariant>& cells = t.table.rows.at(row);
        if (t.drill == core::DrillKind::Referrals) {
            if (auto id = desk()->referrals().idForReference(cells.value(0).toString()))
                emit referralActivated(id.value());
        } else if (auto id = desk()->children().idOf(cells.value(1).toString())) { // by its reference
            emit childActivated(id.value());
        }
    });
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({700, 130}); // the list grows when the manager drags the handle
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    m_addBudgetLine = m_budget->addButton(tr("Add budget line…"));
    connect(m_addBudgetLine, &QPushButton::clicked, this, &DashboardArea::addBudgetLine);
    m_budget->setToolTip(tr("Double-click a line to set its budget for the year."));
    for (DashboardTablePanel* p : tablePanels())
        connect(p, &DashboardTablePanel::rowClicked, this, [this, p](int row) { showBehindRow(p, row); });
    connect(m_budget, &DashboardTablePanel::rowDoubleClicked, this, &DashboardArea::editBudget);
    connect(m_year, &QComboBox::activated, this, [this] { setYearEnd(m_year->currentData().toDate()); });
    connect(targets, &QPushButton::clicked, this, &DashboardArea::editTargets);
    connect(pdf, &QPushButton::clicked, this, &DashboardArea::exportPdf);
    connect(printButton, &QPushButton::clicked, this, &DashboardArea::print);
    m_yearEnd = currentYearEnd(QDate::currentDate());
}

QWidget* DashboardArea::card(QLabel** value, const QString& title) {
    auto* box = new QFrame(this);
    box->setFrameShape(QFrame::StyledPanel);
    box->setStyleSheet(QStringLiteral("QFrame { background: #f4f7fb; border-radius: 4px; }"));
    auto* l = new QVBoxLayout(box);
    auto* caption = new QLabel(title, box);
    caption->setStyleSheet(QStringLiteral("color: #1f3b5a; font-weight: bold;"));
    *value = new QLabel(box);
    (*value)->setTextFormat(Qt::RichText);
    l->addWidget(caption);
    l->addWidget(*value);
    return box;
}

QList<DashboardTablePanel*> DashboardArea::tablePanels() const {
    return {m_stability, m_mix, m_ifa, m_costs, m_budget, m_funnel, m_payments, m_uplifts};
}

void DashboardArea::refresh() {
    // Targets and budgets are a manager's (core/domain/permissions): the others see why.
    gateWidget(m_targetsButton, desk(), core::Operation::SetTargets);
    gateWidget(m_addBudgetLine, desk(), core::Operation::SetBudgets);
    if (!desk()) {
        m_read.forget();
        m_payments->setTable(core::paymentsTable({}, QDate::currentDate()));
        m_uplifts->setTable(core::upliftsTable({}));
        m_data = {};
        buildYears();
        compute();
        return;
    }
    auto targets = desk()->dashboard().targets();
    if (!targets) {
        m_summary->setText(
            tr("The measures could not be read: %1").arg(targets.error().message.toHtmlEscaped()));
        return;
    }
    m_targets = targets.value();
    // 400,000 episodes in a large file: read and measured off the GUI thread when on screen.
    const QDate yearEnd = m_yearEnd;
    const auto read = [yearEnd](core::Desk& d) -> core::Result<Measured> {
        auto data = d.dashboard().data(yearEnd);
        if (!data)
            return data.error();
        Measured out;
        out.report = core::buildIndicatorReport(data.value(), yearEnd, QDate::currentDate());
        out.data = std::move(data.value());
        // Money from the invoices and contracts (Tools > Money): the year's lines, five years of uplifts.
        auto payments = d.dashboard().outturnFromPayments(yearEnd, QDate::currentDate());
        if (!payments)
            return payments.error();
        out.payments = std::move(payments.value());
        for (int back = 4; back >= 0; --back) {
            const QDate y = yearEnd.addYears(-back);
            auto uplifts = d.dashboard().upliftYear(y);
            if (!uplifts)
                return uplifts.error();
            out.uplifts.append({y, uplifts.value()});
        }
        return out;
    };
    if (!readsInBackground()) {
        auto measured = read(*desk());
        showMeasured(measured);
        return;
    }
    m_summary->setText(tr("Reading the measures\u2026"));
    m_page->setEnabled(false); // the figures shown are not this file's until the read is done
    emit reading(tr("Reading the measures\u2026"));
    m_read.start(desk()->path(), read, [this](core::Result<Measured>& measured) {
        emit reading({});
        showMeasured(measured);
    });
}

void DashboardArea::showMeasured(core::Result<Measured>& measured) {
    m_page->setEnabled(true);
    if (!measured) {
        m_data = {};
        m_summary->setText(
            tr("The measures could not be read: %1").arg(measured.error().message.toHtmlEscaped()));
        return;
    }
    m_data = std::move(measured->data);
    m_report = std::move(measured->report);
    m_payments->setTable(core::paymentsTable(measured->payments, m_report.asOf));
    m_uplifts->setTable(core::upliftsTable(measured->uplifts));
    buildYears();
    showReport();
}

void DashboardArea::setYearEnd(const QDate& yearEnd) {
    if (!core::FinancialYear::isYearEnd(yearEnd))
        return;
    m_yearEnd = yearEnd;
    refresh(); // budget amounts are per year
}

void DashboardArea::buildYears() {
    QDate first = currentYearEnd(QDate::currentDate()).addYears(-4);
    for (const core::ChildHistory& c : m_data.history.children)
        if (!c.episodes.isEmpty() && currentYearEnd(c.episodes.first().start) < first)
            first = currentYearEnd(c.episodes.first().start);
    const QDate last = std::max(currentYearEnd(QDate::currentDate()), m_yearEnd);
    m_year->clear();
    for (QDate y = last; y >= first; y = y.addYears(-1))
        m_year->addItem(yearText(y), y);
    m_year->setCurrentIndex(std::max(0, m_year->findData(m_yearEnd)));
}

void DashboardArea::compute() {
    m_report = core::buildIndicatorReport(m_data, m_yearEnd, QDate::currentDate());
    showReport();
}

void DashboardArea::showReport() {
    const core::StabilityMeasures& s = m_report.stability;
    // A year still running is measured on the placements open today, as if they continue to 31 March.
    const QString when =
        m_yearEnd > QDate::currentDate()
            ? tr("%1 children looked after now (year to date: open placements are counted as "
                 "continuing to 31 March %2)")
            : tr("%1 children looked after at 31 March %2");
    m_summary->setText(
        tr("%1; %2 on agreed short breaks are left out of the stability, distance and mix measures. "
           "Click any bar or row to see the children behind it.")
            .arg(when.arg(s.lookedAfter).arg(m_yearEnd.year()))
            .arg(s.shortBreakChildren.size()));
    m_stability->setTable(core::stabilityTable(m_report));
    m_mix->setTable(core::mixTable(m_report));
    m_ifa->setTable(core::ifaTable(m_report));
    m_costs->setTable(core::unitCostTable(m_report));
    m_budget->setTable(core::budgetTable(m_report));
    m_funnel->setTable(core::funnelTable(m_report));
    if (m_drillChosenIn.isValid() && m_drillChosenIn != m_yearEnd) { // last year's rows are not this year's
        m_drill->setTable(nothingBehind());
        m_drillChosenIn = QDate();
    }
    showHeadlines();
    showCharts();
}

void DashboardArea::showHeadlines() {
    const core::StabilityMeasures& s = m_report.stability;
    const std::array<const core::ChildRatio*, 3> ratios{&s.threeOrMorePlacements, &s.longTermStability,
                                                        &s.distanceOver20Miles};
    const std::array<std::optional<double>, 3> targets{
        m_targets.threeOrMorePlacements, m_targets.longTermStability, m_targets.distanceOver20Miles};
    const std::array<bool, 3> lowerIsBetter{true, false, true};
    for (std::size_t i = 0; i < 3; ++i) {
        const core::ChildRatio& r = *ratios[i];
        QString target = tr("no target set");
        if (targets[i]) {
            const bool met = lowerIsBetter[i] ? r.percent() <= *targets[i] : r.percent() >= *targets[i];
            target = QStringLiteral("<span style='color:%1'>%2</span>")
                         .arg(met ? QStringLiteral("#1b7a3a") : QStringLiteral("#b3261e"),
                              (met ? tr("on target (%1%)") : tr("off target (%1%)")).arg(*targets[i]));
        }
        m_headlines[i]->setText(QStringLiteral("<span style='font-size:20pt; font-weight:bold'>%1%</span>"
                                               "&nbsp; %2 of %3 children &middot; %4")
                                    .arg(QString::number(r.percent(), 'f', 1))
                                    .arg(r.numerator)
                                    .arg(r.denominator)
                                    .arg(target));
    }
}

std::array<QChart*, 7> DashboardArea::buildCharts() const {
    QList<QDate> years;
    QList<double> three, longTerm, distance;
    for (const core::StabilityMeasures& s : m_report.trend) {
        years << s.yearEnd;
        three << s.threeOrMorePlacements.percent();
        longTerm << s.longTermStability.percent();
        distance << s.distanceOver20Miles.percent();
    }
    return {
        DashboardCharts::trend(tr("Three or more placements (%)"), years, three,
                               m_targets.threeOrMorePlacements),
        DashboardCharts::trend(tr("Long-term stability (%)"), years, longTerm, m_targets.longTermStability),
        DashboardCharts::trend(tr("Placed over 20 miles away (%)"), years, distance,
                               m_targets.distanceOver20Miles),
        DashboardCharts::mix(m_report.stability.mix),
        DashboardCharts::unitCosts(m_report.unitCosts),
        DashboardCharts::budget(m_report.budget),
        DashboardCharts::funnel(m_report.funnel)};
}

void DashboardArea::showCharts() {
    const std::array<QChart*, 7> charts = buildCharts();
    for (std::size_t i = 0; i < charts.size(); ++i) {
        QChart* old = m_charts[i]->chart();
        m_charts[i]->setChart(charts[i]);
        delete old;
        connectBars(charts[i], int(i));
    }
}

void DashboardArea::connectBars(QChart* chart, int which) {
    for (QAbstractSeries* s : chart->series()) {
        auto* bars = qobject_cast<QAbstractBarSeries*>(s);
        if (!bars)
            continue;
        for (QBarSet* set : bars->barSets())
            connect(set, &QBarSet::clicked, this, [this, which](int index) { barClicked(which, index); });
    }
}

void DashboardArea::barClicked(int which, int index) {
    using core::DrillKind;
    if (which <= Distance) {
        const core::StabilityMeasures& s = m_report.trend.value(index);
        const core::ChildRatio& r = which == ThreeOrMore ? s.threeOrMorePlacements
                                    : which == LongTerm  ? s.longTermStability
                                                         : s.distanceOver20Miles;
        const QString what = which == ThreeOrMore ? tr("Children with three or more placements")
                             : which == LongTerm  ? tr("Children in long-term stable placements")
                                                  : tr("Children placed more than 20 miles from home");
        showBehind(tr("%1, %2").arg(what, yearText(s.yearEnd)), DrillKind::Children, r.numeratorChildren,
                   s.yearEnd);
    } else if (which == Mix || which == UnitCosts) {
        const auto c = core::kPlacementCategories.at(std::size_t(index));
        showBehind(tr("%1: children").arg(core::categoryLabel(c)), DrillKind::Children,
                   which == Mix ? m_report.stability.mix.children[std::size_t(index)]
                                : m_report.unitCosts.value(index).childIds,
                   m_yearEnd);
    } else if (which == Budget) {
        const core::BudgetOutturn b = m_report.budget.value(index);
        showBehind(tr("Placements charged to %1").arg(b.name), DrillKind::Placements, b.placementIds,
                   m_yearEnd);
    } else {
        const int month = (index + 3) % 12 + 1;
        QList<qint64> ids;
        for (const core::FunnelReferral& r : m_data.referrals)
            if (r.received.month() == month && m_report.funnel.referralIds.contains(r.id))
                ids << r.id;
        showBehind(tr("Referrals received in %1").arg(QLocale().monthName(month)), DrillKind::Referrals, ids,
                   m_yearEnd);
    }
}

void DashboardArea::showBehind(const QString& title, core::DrillKind kind, const QList<qint64>& ids,
                               const QDate& yearEnd) {
    core::DashboardTable t;
    t.title = tr("%1 (%n record(s))", nullptr, int(ids.size())).arg(title);
    t.drill = kind;
    QHash<qint64, QString> names; // children by name (issue 14, item 8), read only for those listed
    if (desk() && kind != core::DrillKind::Referrals) {
        auto found = desk()->children().names(core::childrenBehind(m_data, kind, ids));
        if (found)
            names = std::move(found.value());
    }
    t.table = core::drillDown(m_data, kind, ids, yearEnd, names);
    m_drill->setTable(std::move(t));
    m_drillChosenIn = m_yearEnd;
}

void DashboardArea::showBehindRow(const DashboardTablePanel* panel, int row) {
    const core::DashboardTable& t = panel->table();
    if (row < 0 || row >= t.rowIds.size())
        return;
    const QString label = t.table.rows.at(row).value(0).toString();
    showBehind(QStringLiteral("%1 — %2").arg(t.title, label), t.drill, t.rowIds.at(row),
               t.rowYearEnds.value(row, m_yearEnd));
}

QList<core::ReportChart> DashboardArea::reportCharts() const {
    const QSize size(780, 300); // drawn at the report's text width, labels stay readable on paper
    QList<core::ReportChart> out;
    for (QChart* chart : buildCharts())
        out.append({chart->title(), DashboardCharts::render(chart, size)});
    return out;
}

core::Status DashboardArea::savePdf(const QString& path) const {
    return core::saveDashboardPdf(m_report, m_targets, reportCharts(), path);
}

core::Status DashboardArea::setTargets(const core::DashboardTargets& targets) {
    if (!desk())
        return core::Error::invalid(tr("No database is open."));
    if (auto s = desk()->dashboard().setTargets(targets); !s)
        return s;
    refresh();
    return {};
}

core::Status DashboardArea::setBudgetAmount(int row, double amount) {
    if (!desk() || row < 0 || row >= m_data.budgetLines.size())
        return core::Error::invalid(tr("Choose a budget line first."));
    if (auto s = desk()->dashboard().setBudgetAmount(m_data.budgetLines.at(row), m_yearEnd, amount); !s)
        return s;
    refresh();
    return {};
}

void DashboardArea::editTargets() {
    TargetsDialog dialog(m_targets, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto s = setTargets(dialog.targets()); !s)
        QMessageBox::warning(this, tr("Targets not saved"), s.error().message);
}

void DashboardArea::editBudget(int row) {
    if (row < 0 || row >= m_data.budgetLines.size())
        return;
    const core::BudgetLineAmount& line = m_data.budgetLines.at(row);
    bool ok = false;
    const double amount = QInputDialog::getDouble(
        this, tr("Budget"), tr("Budget for %1, %2 (£):").arg(line.name, yearText(m_yearEnd)),
        line.amount.value_or(0), 0, 1e9, 0, &ok);
    if (!ok)
        return;
    if (auto s = setBudgetAmount(row, amount); !s)
        QMessageBox::warning(this, tr("Budget not saved"), s.error().message);
}

void DashboardArea::addBudgetLine() {
    if (!desk())
        return;
    BudgetLineDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto id = desk()->dashboard().addBudgetLine(dialog.name(), dialog.category()); !id)
        QMessageBox::warning(this, tr("Budget line not added"), id.error().message);
    refresh();
}

void DashboardArea::exportPdf() {
    const QString path = SaveFolder::ask(
        this, tr("Save PDF report"), tr("dashboard-%1.pdf").arg(m_yearEnd.year()), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto s = savePdf(path); !s)
        QMessageBox::warning(this, tr("Report not written"), s.error().message);
}

void DashboardArea::print() {
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    core::printDashboard(m_report, m_targets, reportCharts(), printer);
}

} // namespace pd::ui
