// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demogenerator.h"

#include "core/demo/democontext.h"
#include "core/domain/oslogin.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/transactionguard.h"

namespace pd::core {

namespace {

struct DemoUser {
    const char* login;
    const char* name;
    const char* role;
};

const QList<DemoUser>& demoUsers() {
    static const QList<DemoUser> users = {
        {"a.hollins", "Alice Hollins", "officer"},
        {"r.mensah", "Ray Mensah", "officer"},
        {"p.kowalczyk", "Paula Kowalczyk", "officer"},
        {"d.fairbairn", "Dev Fairbairn", "officer"},
        {"s.latimer", "Sarah Latimer", "manager"},
        {"m.okafor", "Michael Okafor", "budget_holder"},
        {"j.pemberton", "Jo Pemberton", "social_worker"},
        {"h.siddiqui", "Hana Siddiqui", "social_worker"},
        {"t.garside", "Tom Garside", "social_worker"},
        {"l.varley", "Lin Varley", "read_only"},
        {"pd.admin", "Placement Desk administrator", "admin"},
    };
    return users;
}

/// One budget line per mix category.
const QList<QPair<const char*, const char*>>& budgetLines() {
    static const QList<QPair<const char*, const char*>> lines = {
        {"In-house fostering", "in_house_foster"},
        {"Kinship fostering", "kinship_foster"},
        {"Independent fostering agencies", "ifa"},
        {"Residential — in-house", "in_house_residential"},
        {"Residential — independent", "independent_residential"},
        {"Supported accommodation", "supported_accommodation"},
        {"Parent and child", "parent_and_child"},
        {"Other placements", "other"},
    };
    return lines;
}

Status writeUsers(DemoContext& c) {
    c.writer.define(QStringLiteral("users"),
                    {QStringLiteral("login"), QStringLiteral("display_name"), QStringLiteral("role")});
    const QString me = operatingSystemLogin();
    bool meListed = false;
    for (const DemoUser& u : demoUsers()) {
        const QString login = QLatin1String(u.login);
        const QString role = QLatin1String(u.role);
        meListed = meListed || login.compare(me, Qt::CaseInsensitive) == 0;
        if (auto id = c.writer.insert(QStringLiteral("users"), {login, QLatin1String(u.name), role}); !id)
            return id.error();
        if (role == QLatin1String("officer"))
            c.officers << login;
        else if (role == QLatin1String("manager"))
            c.manager = login;
        else if (role == QLatin1String("budget_holder"))
            c.budgetHolder = login;
        else if (role == QLatin1String("social_worker")) {
            c.socialWorkers << QLatin1String(u.name);
            c.socialWorkerLogins << login;
        }
    }
    // Whoever made the demo can administer it.
    if (!me.isEmpty() && !meListed)
        if (auto id = c.writer.insert(QStringLiteral("users"), {me, me, QStringLiteral("admin")}); !id)
            return id.error();
    return {};
}

Status writeSettings(DemoContext& c) {
    c.writer.define(QStringLiteral("settings"), {QStringLiteral("key"), QStringLiteral("value")});
    const QList<QPair<QString, QString>> settings = {
        {QStringLiteral("authority_name"), QStringLiteral("Riverton City Council")},
        {QStringLiteral("mileage_rate_pence"), QStringLiteral("45")},
        {QStringLiteral("school_days_per_week"), QStringLiteral("5")},
        {QStringLiteral("local_miles"), QStringLiteral("20")},
        {QStringLiteral("demo_today"), c.options.today.toString(Qt::ISODate)},
    };
    for (const auto& [key, value] : settings)
        if (auto id = c.writer.insert(QStringLiteral("settings"), {key, value}); !id)
            return id.error();
    return {};
}

Status writeBudgetLines(DemoContext& c) {
    c.writer.define(QStringLiteral("budget_lines"), {QStringLiteral("name"), QStringLiteral("category")});
    for (const auto& [name, category] : budgetLines()) {
        auto id = c.writer.insert(QStringLiteral("budget_lines"),
                                  {QString::fromUtf8(name), QLatin1String(category)});
        if (!id)
            return id.error();
        c.budgetLineByCategory.insert(QLatin1String(category), id.value());
    }
    return {};
}

/// Budgets for the five financial years up to the current one, near what was (or is committed to be) spent.
Status writeBudgets(DemoContext& c) {
    c.writer.define(QStringLiteral("budgets"), {QStringLiteral("budget_line_id"),
                                                QStringLiteral("year_ending"), QStringLiteral("amount")});
    const int lastYear = QDate::fromString(demoYearEnding(c.options.today), Qt::ISODate).year();
    for (const auto& [name, category] : budgetLines()) {
        for (int year = lastYear - 4; year <= lastYear; ++year) {
            const QString ending = QStringLiteral("%1-03-31").arg(year);
            const double spent = c.spend.value(QLatin1String(category)).value(ending);
            // Budgets are set a little above or below need, in round thousands.
            const double amount = qMax(10000.0, qRound64(spent * c.rng.real(0.9, 1.06) / 1000.0) * 1000.0);
            if (auto id =
                    c.writer.insert(QStringLiteral("budgets"),
                                    {c.budgetLineByCategory.value(QLatin1String(category)), ending, amount});
                !id)
                return id.error();
        }
    }
    return {};
}

/// The postcodes of providers and children, before the referrals' offers are checked (distances).
Status writePostcodesSoFar(DemoContext& c) {
    return c.writePostcodes();
}

} // namespace

Status generateDemo(Database& db, const DemoOptions& options, const std::function<bool(int)>& progress) {
    DemoContext c(db, options, progress);
    // The decisions go through the services inside this one transaction: their readers must see it.
    struct ReadsInsideChanges {
        Database& db;
        explicit ReadsInsideChanges(Database& d) : db(d) { db.setReadsInsideChanges(true); }
        ~ReadsInsideChanges() { db.setReadsInsideChanges(false); }
        Q_DISABLE_COPY_MOVE(ReadsInsideChanges)
    } reads(db);
    TransactionGuard tx(db);
    if (!tx.started())
        return tx.started();
    using Step = Status (*)(DemoContext&);
    const QList<QPair<Step, int>> steps = {
        {&writeUsers, 2},
        {&writeSettings, 3},
        {&writeBudgetLines, 4},
        {&writeDemoProviders, 15},
        {&writeDemoHomeProfiles, 16},
        {&writeDemoVacancies, 28},
        {&writeDemoChildren, 72},
        {&writePostcodesSoFar, 73},
        {&writeDemoReferrals, 96},
        {&writeDemoPlacementLife, 96},
        {&writeDemoMoney, 96},
        {&writeBudgets, 97},
    };
    for (const auto& [step, percent] : steps) {
        if (auto s = step(c); !s)
            return s;
        if (auto p = c.progress(percent); !p)
            return p;
    }
    if (auto s = c.writePostcodes(); !s)
        return s;
    if (auto s = AuditLog(db).record(QStringLiteral("settings"), 0, QStringLiteral("demo"),
                                     QStringLiteral("generated"), QVariant(),
                                     QStringLiteral("scale %1, seed %2, %3 rows")
                                         .arg(c.scale)
                                         .arg(options.seed)
                                         .arg(c.writer.rowsWritten()));
        !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    if (progress)
        progress(100);
    return {};
}

} // namespace pd::core
