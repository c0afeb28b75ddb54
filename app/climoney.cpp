// SPDX-License-Identifier: GPL-3.0-or-later
// Money on the command line beyond invoices: fee uplifts, providers' contracts and a block contract's
// utilisation, the budget from payments and the select-list retender table (docs/cli.md).
#include "app/clicommand.h"
#include "core/exchange/csvwriter.h"
#include "core/reports/retendertable.h"
#include "core/services/desk.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd::app {

namespace {

const QString kUpliftUsage = QStringLiteral(
    "uplift --db FILE (--provider URN --from YYYY-MM-DD (--percent P | --fee F --placement N) --evidence TEXT"
    " | --id N (--accept | --partial P|F | --decline) --reason TEXT)");
const QString kUpliftsUsage = QStringLiteral("uplifts --db FILE [--year-end YYYY-03-31] [--json]");
const QString kContractUsage = QStringLiteral(
    "provider-contract --db FILE --provider URN --kind select_list|regional_framework|spot|block --from "
    "YYYY-MM-DD"
    " [--to YYYY-MM-DD] [--tier T] [--band-lower L] [--band-upper U] [--places N --price P [--void-cost V]]");
const QString kUtilisationUsage =
    QStringLiteral("block-utilisation --db FILE --contract N [--on YYYY-MM-DD] [--json]");
const QString kBudgetUsage =
    QStringLiteral("budget --db FILE [--year-end YYYY-03-31] [--on YYYY-MM-DD] [--json]");
const QString kRetenderUsage = QStringLiteral("retender --db FILE [--year-end YYYY-03-31] [--out FILE.csv]");

QString value(CliContext& c, const char* name) {
    return c.parser.value(QString::fromLatin1(name));
}

bool isSet(CliContext& c, const char* name) {
    return c.parser.isSet(QString::fromLatin1(name));
}

/// An optional number option: nullopt when not given; false in ok when given but not a number.
std::optional<double> numberOption(CliContext& c, const char* name, bool* ok) {
    if (!isSet(c, name))
        return std::nullopt;
    bool valid = false;
    const double v = value(c, name).toDouble(&valid);
    if (!valid)
        *ok = false;
    return valid ? std::optional<double>(v) : std::nullopt;
}

QDate dateOption(CliContext& c, const char* name, const QDate& fallback, bool* ok) {
    if (!isSet(c, name))
        return fallback;
    const QDate d = QDate::fromString(value(c, name), Qt::ISODate);
    if (!d.isValid())
        *ok = false;
    return d;
}

/// The provider --provider names by its Ofsted URN.
core::Result<qint64> providerOption(CliContext& c, core::Desk& desk) {
    const QString urn = value(c, "provider").trimmed();
    if (urn.isEmpty())
        return core::Error::invalid(
            QStringLiteral("--provider URN is required (the provider's Ofsted URN)."));
    auto found = desk.providerRegister().providerByUrn(urn);
    if (!found)
        return found.error();
    if (!found->has_value())
        return core::Error::notFound(QStringLiteral("No provider has the Ofsted URN %1.").arg(urn));
    return (*found)->id;
}

int requestUplift(CliContext& c, core::Desk& desk) {
    bool ok = true;
    core::FeeUplift u;
    u.effectiveFrom = dateOption(c, "from", {}, &ok);
    u.percentage = numberOption(c, "percent", &ok);
    u.newFee = numberOption(c, "fee", &ok);
    u.placementId = value(c, "placement").toLongLong();
    u.evidence = value(c, "evidence");
    if (!ok)
        return usageError(c,
                          QStringLiteral("--from must be a date (YYYY-MM-DD), --percent and --fee numbers."),
                          kUpliftUsage);
    auto provider = providerOption(c, desk);
    if (!provider)
        return fail(c, provider.error());
    u.providerId = provider.value();
    auto id = desk.uplifts().request(u);
    if (!id)
        return fail(c, id.error());
    c.out << "uplift " << id.value() << " recorded (requested)\n";
    return int(ExitOk);
}

int decideUplift(CliContext& c, core::Desk& desk) {
    const int chosen = int(isSet(c, "accept")) + int(isSet(c, "partial")) + int(isSet(c, "decline"));
    if (chosen != 1)
        return usageError(c, QStringLiteral("give one of --accept, --partial P|F or --decline."),
                          kUpliftUsage);
    const qint64 id = value(c, "id").toLongLong();
    auto uplift = desk.uplifts().uplifts();
    if (!uplift)
        return fail(c, uplift.error());
    core::UpliftDecision d;
    d.reason = value(c, "reason");
    d.status = isSet(c, "accept")    ? core::UpliftStatus::Accepted
               : isSet(c, "decline") ? core::UpliftStatus::Declined
                                     : core::UpliftStatus::Partial;
    if (d.status == core::UpliftStatus::Partial) {
        bool ok = true;
        const auto agreed = numberOption(c, "partial", &ok);
        if (!ok || !agreed)
            return usageError(c, QStringLiteral("--partial takes the agreed percentage or fee."),
                              kUpliftUsage);
        for (const core::FeeUplift& u : uplift.value())
            if (u.id == id)
                (u.newFee ? d.agreedFee : d.agreedPercentage) = agreed;
    }
    auto changes = desk.uplifts().decide(id, d);
    if (!changes)
        return fail(c, changes.error());
    c.out << "uplift " << id << " " << core::label(d.status).toLower() << "\n";
    for (const core::UpliftChange& ch : changes.value())
        c.out << "  placement " << ch.placementId << ": IPC version " << ch.version << ", "
              << core::pounds(ch.oldFee) << " -> " << core::pounds(ch.newFee) << " a week\n";
    return int(ExitOk);
}

int uplift(CliContext& c) {
    auto desk = openDeskOption(c, false);
    if (!desk)
        return fail(c, desk.error());
    return isSet(c, "id") ? decideUplift(c, *desk.value()) : requestUplift(c, *desk.value());
}

QDate yearEndOption(CliContext& c, bool* ok);

QJsonValue numberOrNull(const std::optional<double>& v) {
    return v ? QJsonValue(*v) : QJsonValue();
}

int uplifts(CliContext& c) {
    bool ok = true;
    const QDate yearEnd = yearEndOption(c, &ok);
    if (!ok)
        return usageError(c, QStringLiteral("--year-end is a 31 March, written YYYY-MM-DD."), kUpliftsUsage);
    auto desk = openDeskOption(c, false);
    if (!desk)
        return fail(c, desk.error());
    auto list = desk.value()->uplifts().uplifts();
    if (!list)
        return fail(c, list.error());
    if (isSet(c, "json")) {
        QJsonArray out;
        for (const core::FeeUplift& u : list.value())
            out.append(QJsonObject{{QStringLiteral("id"), u.id},
                                   {QStringLiteral("provider"), u.providerName},
                                   {QStringLiteral("placement_id"),
                                    u.placementId > 0 ? QJsonValue(u.placementId) : QJsonValue()},
                                   {QStringLiteral("requested_on"), u.requestedOn.toString(Qt::ISODate)},
                                   {QStringLiteral("effective_from"), u.effectiveFrom.toString(Qt::ISODate)},
                                   {QStringLiteral("percentage"), numberOrNull(u.percentage)},
                                   {QStringLiteral("new_fee"), numberOrNull(u.newFee)},
                                   {QStringLiteral("evidence"), u.evidence},
                                   {QStringLiteral("status"), core::code(u.status)},
                                   {QStringLiteral("agreed_percentage"), numberOrNull(u.agreedPercentage)},
                                   {QStringLiteral("agreed_fee"), numberOrNull(u.agreedFee)},
                                   {QStringLiteral("decision_reason"), u.decisionReason},
                                   {QStringLiteral("decided_by"), u.decidedBy}});
        c.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return int(ExitOk);
    }
    for (const core::FeeUplift& u : list.value())
        c.out << u.id << "  " << u.providerName << "  from " << u.effectiveFrom.toString(Qt::ISODate)
              << "  asked "
              << (u.percentage ? QStringLiteral("%1%").arg(*u.percentage)
                               : core::pounds(u.newFee.value_or(0)))
              << "  " << core::label(u.status).toLower()
              << (u.decisionReason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(u.decisionReason))
              << "\n";
    auto year = desk.value()->dashboard().upliftYear(yearEnd);
    if (!year)
        return fail(c, year.error());
    const auto percent = [](const std::optional<double>& p) {
        return p ? QStringLiteral("%1%").arg(*p, 0, 'f', 1) : QStringLiteral("-");
    };
    c.out << "year ending " << yearEnd.toString(Qt::ISODate) << ": " << year->requests
          << " requested (average " << percent(year->askedPercent) << "), " << year->agreed
          << " agreed (average " << percent(year->agreedPercent) << "), " << year->declined << " declined, "
          << year->open << " open; agreed uplifts cost " << core::pounds(year->cost) << " in the year\n";
    return int(ExitOk);
}

int providerContract(CliContext& c) {
    bool ok = true;
    core::ProviderContract k;
    const auto kind = core::fromCode<core::ProviderContractKind>(value(c, "kind"));
    if (!kind)
        return usageError(c,
                          QStringLiteral("--kind must be one of: %1.")
                              .arg(core::codes<core::ProviderContractKind>().join(QStringLiteral(", "))),
                          kContractUsage);
    k.kind = *kind;
    k.startsOn = dateOption(c, "from", {}, &ok);
    k.endsOn = dateOption(c, "to", {}, &ok);
    k.tier = value(c, "tier");
    k.priceBandLower = numberOption(c, "band-lower", &ok);
    k.priceBandUpper = numberOption(c, "band-upper", &ok);
    k.reservedPlaces = value(c, "places").toInt();
    k.pricePerPlace = numberOption(c, "price", &ok);
    k.voidCost = numberOption(c, "void-cost", &ok);
    if (!ok)
        return usageError(c, QStringLiteral("dates are YYYY-MM-DD; bands, price and void cost are numbers."),
                          kContractUsage);
    auto desk = openDeskOption(c, false);
    if (!desk)
        return fail(c, desk.error());
    auto provider = providerOption(c, *desk.value());
    if (!provider)
        return fail(c, provider.error());
    k.providerId = provider.value();
    if (auto s = desk.value()->providerContracts().save(k); !s)
        return fail(c, s.error());
    c.out << "provider contract " << k.id << " (" << core::label(k.kind).toLower() << ") saved\n";
    return int(ExitOk);
}

int blockUtilisation(CliContext& c) {
    bool ok = true;
    const QDate on = dateOption(c, "on", QDate::currentDate(), &ok);
    const qint64 id = value(c, "contract").toLongLong();
    if (!ok || id <= 0)
        return usageError(c, QStringLiteral("--contract N is required; --on is a date (YYYY-MM-DD)."),
                          kUtilisationUsage);
    auto desk = openDeskOption(c, false);
    if (!desk)
        return fail(c, desk.error());
    auto u = desk.value()->providerContracts().utilisation(id, on);
    if (!u)
        return fail(c, u.error());
    if (isSet(c, "json")) {
        QJsonArray weeks;
        for (const core::BlockWeek& w : u->weeks)
            weeks.append(QJsonObject{{QStringLiteral("from"), w.from.toString(Qt::ISODate)},
                                     {QStringLiteral("to"), w.to.toString(Qt::ISODate)},
                                     {QStringLiteral("reserved_place_days"), w.reservedPlaceDays},
                                     {QStringLiteral("used_place_days"), w.usedPlaceDays},
                                     {QStringLiteral("void_cost"), core::roundPence(w.voidCost)}});
        const QJsonObject o{{QStringLiteral("reserved_place_days"), u->reservedPlaceDays},
                            {QStringLiteral("used_place_days"), u->usedPlaceDays},
                            {QStringLiteral("void_place_days"), u->voidPlaceDays()},
                            {QStringLiteral("void_cost"), core::roundPence(u->voidCost)},
                            {QStringLiteral("places_used_on"), u->placesUsedOn},
                            {QStringLiteral("weeks"), weeks}};
        c.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return int(ExitOk);
    }
    for (const core::BlockWeek& w : u->weeks)
        c.out << w.from.toString(Qt::ISODate) << " to " << w.to.toString(Qt::ISODate) << "  used "
              << w.usedPlaceDays << " of " << w.reservedPlaceDays << " place-days ("
              << qRound(100 * w.utilisation()) << "%), void " << core::pounds(w.voidCost) << "\n";
    c.out << "to " << on.toString(Qt::ISODate) << ": used " << u->usedPlaceDays << " of "
          << u->reservedPlaceDays << " place-days, void cost " << core::pounds(u->voidCost) << "\n";
    return int(ExitOk);
}

QDate yearEndOption(CliContext& c, bool* ok) {
    const QDate today = QDate::currentDate();
    const QDate fallback(today.month() >= 4 ? today.year() + 1 : today.year(), 3, 31);
    const QDate d = dateOption(c, "year-end", fallback, ok);
    if (d.isValid() && (d.month() != 3 || d.day() != 31))
        *ok = false;
    return d;
}

int budget(CliContext& c) {
    bool ok = true;
    const QDate yearEnd = yearEndOption(c, &ok);
    const QDate on = dateOption(c, "on", QDate::currentDate(), &ok);
    if (!ok)
        return usageError(c, QStringLiteral("--year-end is a 31 March and --on a date, written YYYY-MM-DD."),
                          kBudgetUsage);
    auto desk = openDeskOption(c, false);
    if (!desk)
        return fail(c, desk.error());
    auto lines = desk.value()->dashboard().outturnFromPayments(yearEnd, on);
    if (!lines)
        return fail(c, lines.error());
    if (isSet(c, "json")) {
        QJsonArray out;
        for (const core::PaymentsOutturn& l : lines.value()) {
            const auto variance = l.variance();
            out.append(
                QJsonObject{{QStringLiteral("budget_line"), l.name},
                            {QStringLiteral("budget"), l.budget ? QJsonValue(*l.budget) : QJsonValue()},
                            {QStringLiteral("paid"), core::roundPence(l.paid)},
                            {QStringLiteral("estimated"), core::roundPence(l.estimated)},
                            {QStringLiteral("committed"), core::roundPence(l.committed)},
                            {QStringLiteral("forecast"), core::roundPence(l.forecast())},
                            {QStringLiteral("variance"),
                             variance ? QJsonValue(core::roundPence(*variance)) : QJsonValue()},
                            {QStringLiteral("stopped"), core::roundPence(l.stopped)},
                            {QStringLiteral("placements"), l.placements}});
        }
        c.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return int(ExitOk);
    }
    for (const core::PaymentsOutturn& l : lines.value())
        c.out << l.name << ": paid " << core::pounds(l.paid) << " + estimated " << core::pounds(l.estimated)
              << " (not yet invoiced) + committed " << core::pounds(l.committed) << " = forecast "
              << core::pounds(l.forecast())
              << (l.budget ? QStringLiteral(" against ") + core::pounds(*l.budget) : QString()) << "\n";
    return int(ExitOk);
}

int retender(CliContext& c) {
    bool ok = true;
    const QDate yearEnd = yearEndOption(c, &ok);
    if (!ok)
        return usageError(c, QStringLiteral("--year-end is a 31 March, written YYYY-MM-DD."), kRetenderUsage);
    auto desk = openDeskOption(c, false);
    if (!desk)
        return fail(c, desk.error());
    auto rows = desk.value()->dashboard().retender(yearEnd);
    if (!rows)
        return fail(c, rows.error());
    const QString out = value(c, "out");
    if (out.isEmpty()) {
        c.out << core::retenderText(rows.value(), yearEnd);
        return int(ExitOk);
    }
    if (auto s = core::saveTableCsv(core::retenderTable(rows.value()), out); !s)
        return fail(c, s.error());
    c.out << rows->size() << " providers written to " << QDir::toNativeSeparators(out) << "\n";
    return int(ExitOk);
}

void addJson(QCommandLineParser& p) {
    p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON (keys in docs/cli.md).")});
}

void addOption(QCommandLineParser& p, const char* name, const char* help, const char* value = nullptr) {
    if (value)
        p.addOption({QString::fromLatin1(name), QString::fromUtf8(help), QString::fromLatin1(value)});
    else
        p.addOption({QString::fromLatin1(name), QString::fromUtf8(help)});
}

} // namespace

CliCommand upliftCommand() {
    return {QStringLiteral("uplift"), kUpliftUsage,
            [](QCommandLineParser& p) {
                addDbOption(p);
                addOption(p, "provider", "The provider's Ofsted URN (a request).", "URN");
                addOption(p, "from", "The day the new fees would apply from.", "YYYY-MM-DD");
                addOption(p, "percent", "The uplift asked for, in percent.", "P");
                addOption(p, "fee", "The new weekly fee asked for (one placement).", "F");
                addOption(p, "placement", "The placement a new fee is for.", "N");
                addOption(p, "evidence", "What the provider gives for it.", "TEXT");
                addOption(p, "id", "The uplift to decide.", "N");
                addOption(p, "accept", "Accept it as asked.");
                addOption(p, "partial", "Accept part: the agreed percentage (or fee).", "P|F");
                addOption(p, "decline", "Decline it.");
                addOption(p, "reason", "Why (required for a decision).", "TEXT");
            },
            &uplift};
}

CliCommand upliftsCommand() {
    return {QStringLiteral("uplifts"), kUpliftsUsage,
            [](QCommandLineParser& p) {
                addDbOption(p);
                addOption(p, "year-end", "The year the summary is for (default: this year's).", "YYYY-03-31");
                addJson(p);
            },
            &uplifts};
}

CliCommand providerContractCommand() {
    return {QStringLiteral("provider-contract"), kContractUsage,
            [](QCommandLineParser& p) {
                addDbOption(p);
                addOption(p, "provider", "The provider's Ofsted URN.", "URN");
                addOption(p, "kind", "select_list, regional_framework, spot or block.", "KIND");
                addOption(p, "from", "The contract's first day.", "YYYY-MM-DD");
                addOption(p, "to", "Its last day.", "YYYY-MM-DD");
                addOption(p, "tier", "The select list's tier.", "T");
                addOption(p, "band-lower", "The price band's lower figure a week.", "L");
                addOption(p, "band-upper", "The price band's upper figure a week.", "U");
                addOption(p, "places", "A block's reserved places.", "N");
                addOption(p, "price", "A block's price per place a week.", "P");
                addOption(p, "void-cost", "What an empty place costs a week (default: the price).", "V");
            },
            &providerContract};
}

CliCommand blockUtilisationCommand() {
    return {QStringLiteral("block-utilisation"), kUtilisationUsage,
            [](QCommandLineParser& p) {
                addDbOption(p);
                addOption(p, "contract", "The block contract's id.", "N");
                addOption(p, "on", "Count to this day (default: today).", "YYYY-MM-DD");
                addJson(p);
            },
            &blockUtilisation};
}

CliCommand budgetCommand() {
    return {QStringLiteral("budget"), kBudgetUsage,
            [](QCommandLineParser& p) {
                addDbOption(p);
                addOption(p, "year-end", "The 31 March the year ends on (default: this year's).",
                          "YYYY-03-31");
                addOption(p, "on", "Spent to this day (default: today).", "YYYY-MM-DD");
                addJson(p);
            },
            &budget};
}

CliCommand retenderCommand() {
    return {
        QStringLiteral("retender"), kRetenderUsage,
        [](QCommandLineParser& p) {
            addDbOption(p);
            addOption(p, "year-end", "The 31 March the year ends on (default: this year's).", "YYYY-03-31");
            addOption(p, "out", "Write the table as CSV to this file instead of printing it.", "FILE.csv");
        },
        &retender};
}

} // namespace pd::app
