// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/dashboardservice.h"

#include "core/domain/financialyear.h"
#include "core/storage/dashboardqueries.h"
#include "core/storage/dashboardsettings.h"
#include "core/storage/invoicereader.h"
#include "core/storage/retenderqueries.h"
#include "core/storage/upliftrepository.h"
#include "core/storage/userrepository.h"

namespace pd::core {

Result<DashboardData> DashboardService::data(const QDate& yearEnd) const {
    return loadDashboardData(m_db, yearEnd);
}

Result<IndicatorReport> DashboardService::report(const QDate& yearEnd, const QDate& asOf) const {
    auto d = data(yearEnd);
    if (!d)
        return d.error();
    return buildIndicatorReport(d.value(), yearEnd, asOf);
}

Result<QList<PaymentsOutturn>> DashboardService::outturnFromPayments(const QDate& yearEnd,
                                                                     const QDate& asOf) const {
    auto d = data(yearEnd);
    if (!d)
        return d.error();
    auto books = InvoiceReader(m_db).read();
    if (!books)
        return books.error();
    return paymentsOutturn(books->placements, books->invoices, d->budgetLines, yearEnd, asOf);
}

Result<UpliftYear> DashboardService::upliftYear(const QDate& yearEnd) const {
    auto uplifts = UpliftRepository(m_db).all();
    if (!uplifts)
        return uplifts.error();
    auto books = InvoiceReader(m_db).read();
    if (!books)
        return books.error();
    return core::upliftYear(uplifts.value(), books->placements, yearEnd);
}

Result<QList<RetenderRow>> DashboardService::retender(const QDate& yearEnd) const {
    const FinancialYear year = FinancialYear::ending(yearEnd);
    return retenderRows(m_db, year.start, year.end);
}

Result<DashboardTargets> DashboardService::targets() const {
    return DashboardSettings(m_db).targets();
}

Status DashboardService::setTargets(const DashboardTargets& targets) {
    if (auto s = UserRepository(m_db).requireAllowed(Operation::SetTargets); !s)
        return s;
    return DashboardSettings(m_db).setTargets(targets);
}

Status DashboardService::setBudgetAmount(const BudgetLineAmount& line, const QDate& yearEnd, double amount) {
    if (auto s = UserRepository(m_db).requireAllowed(Operation::SetBudgets); !s)
        return s;
    return DashboardSettings(m_db).setBudgetAmount(line, yearEnd, amount);
}

Result<qint64> DashboardService::addBudgetLine(const QString& name, const QString& category) {
    if (auto s = UserRepository(m_db).requireAllowed(Operation::SetBudgets); !s)
        return s.error();
    return DashboardSettings(m_db).addBudgetLine(name, category);
}

Result<Ssda903ImportSummary> DashboardService::importReturn(const QString& episodesPath,
                                                            const QString& headerPath) {
    if (auto s = UserRepository(m_db).requireAllowed(Operation::ImportSsda903); !s)
        return s.error();
    return importSsda903(m_db, episodesPath, headerPath);
}

Result<Ssda903ExportSummary> DashboardService::exportReturn(const QDate& yearEnd, const QString& episodesPath,
                                                            const QString& headerPath) const {
    return exportSsda903(m_db, yearEnd, episodesPath, headerPath);
}

} // namespace pd::core
