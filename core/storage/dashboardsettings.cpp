// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/dashboardsettings.h"

#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/recordwriter.h"
#include "core/storage/sql.h"
#include "core/storage/transactionguard.h"

namespace pd::core {

namespace {

const QString kThreeOrMore = QStringLiteral("dashboard.target.three_or_more_placements");
const QString kLongTerm = QStringLiteral("dashboard.target.long_term_stability");
const QString kDistance = QStringLiteral("dashboard.target.distance_over_20_miles");

QVariant settingValue(const std::optional<double>& v) {
    return v ? QVariant(QString::number(*v)) : QVariant();
}

} // namespace

Result<DashboardTargets> DashboardSettings::targets() const {
    auto rows = Sql(m_db).query(QStringLiteral("SELECT key, value FROM settings WHERE key IN (:a, :b, :c)"),
                                {{QStringLiteral(":a"), kThreeOrMore},
                                 {QStringLiteral(":b"), kLongTerm},
                                 {QStringLiteral(":c"), kDistance}},
                                QStringLiteral("reading the dashboard targets"));
    if (!rows)
        return rows.error();
    DashboardTargets t;
    while (rows->next()) {
        bool ok = false;
        const double v = rows->text("value").toDouble(&ok);
        const std::optional<double> value = ok ? std::optional<double>(v) : std::nullopt;
        const QString key = rows->text("key");
        (key == kThreeOrMore ? t.threeOrMorePlacements
         : key == kLongTerm  ? t.longTermStability
                             : t.distanceOver20Miles) = value;
    }
    return t;
}

Status DashboardSettings::setTargets(const DashboardTargets& targets) {
    auto before = this->targets();
    if (!before)
        return before.error();
    for (const std::optional<double>* v :
         {&targets.threeOrMorePlacements, &targets.longTermStability, &targets.distanceOver20Miles})
        if (*v && (**v < 0 || **v > 100))
            return Error::invalid(QStringLiteral("A target is a percentage from 0 to 100."));
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started().error();
    AuditLog audit(m_db);
    const QList<std::tuple<QString, std::optional<double>, std::optional<double>>> changes{
        {kThreeOrMore, before->threeOrMorePlacements, targets.threeOrMorePlacements},
        {kLongTerm, before->longTermStability, targets.longTermStability},
        {kDistance, before->distanceOver20Miles, targets.distanceOver20Miles}};
    for (const auto& [key, old, now] : changes) {
        if (old == now)
            continue;
        if (auto s =
                Sql(m_db).run(QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value, "
                                             "row_version = settings.row_version + 1"),
                              {{QStringLiteral(":key"), key}, {QStringLiteral(":value"), settingValue(now)}},
                              QStringLiteral("saving a dashboard target"));
            !s)
            return s;
        if (auto s = audit.record(QStringLiteral("settings"), 0, QStringLiteral("update"), key,
                                  settingValue(old), settingValue(now));
            !s)
            return s;
    }
    return tx.commit();
}

Status DashboardSettings::setBudgetAmount(const BudgetLineAmount& line, const QDate& yearEnd, double amount) {
    if (amount < 0)
        return Error::invalid(QStringLiteral("A budget cannot be negative."));
    RecordWriter writer(m_db);
    if (line.budgetId != 0)
        return writer.update(QStringLiteral("budgets"), line.budgetId, line.budgetVersion,
                             {{QStringLiteral("amount"), amount}});
    auto id = writer.insert(QStringLiteral("budgets"),
                            {{QStringLiteral("budget_line_id"), line.lineId},
                             {QStringLiteral("year_ending"), yearEnd.toString(Qt::ISODate)},
                             {QStringLiteral("amount"), amount}});
    if (!id)
        return id.error().message.contains(QStringLiteral("UNIQUE"))
                   ? Error::conflict(
                         QStringLiteral("Someone else has just set this budget; refresh to see it."))
                   : id.error();
    return {};
}

Result<qint64> DashboardSettings::addBudgetLine(const QString& name, const QString& category) {
    if (name.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("A budget line needs a name."));
    return RecordWriter(m_db).insert(
        QStringLiteral("budget_lines"),
        {{QStringLiteral("name"), name.trimmed()}, {QStringLiteral("category"), category}});
}

} // namespace pd::core
