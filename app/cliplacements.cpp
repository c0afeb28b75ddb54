// SPDX-License-Identifier: GPL-3.0-or-later
// The placement's life on the command line: end-placement, reviews, meetings and contract
// (docs/cli.md).
#include "app/clicommand.h"
#include "core/reports/placementlifereport.h"
#include "core/services/desk.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace pd::app {

namespace {

const QString kEndUsage =
    QStringLiteral("end-placement --db FILE --placement N --date YYYY-MM-DD --reason CODE");
const QString kReviewsUsage = QStringLiteral("reviews --db FILE [--overdue] [--on YYYY-MM-DD] [--json]");
const QString kMeetingsUsage = QStringLiteral("meetings --db FILE [--placement N] [--json]");
const QString kContractUsage = QStringLiteral("contract --db FILE --placement N [--json | --out FILE.pdf]");

void addPlacementOption(QCommandLineParser& p) {
    p.addOption({QStringLiteral("placement"),
                 QStringLiteral("The placement's id (placement_id of export placements)."),
                 QStringLiteral("N")});
}

void addJsonOption(QCommandLineParser& p) {
    p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON (keys in docs/cli.md).")});
}

/// --db, --placement and --json: the options of the lists of one placement's records.
void addPlacementListOptions(QCommandLineParser& p) {
    addDbOption(p);
    addPlacementOption(p);
    addJsonOption(p);
}

/// --placement as a positive number; 0 when missing or not one.
qint64 placementOption(CliContext& c) {
    bool ok = false;
    const qint64 id = c.parser.value(QStringLiteral("placement")).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

int print(CliContext& c, const QJsonArray& json, const QString& text) {
    if (c.parser.isSet(QStringLiteral("json")))
        c.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    else
        c.out << text;
    return int(ExitOk);
}

int endPlacement(CliContext& c) {
    const qint64 id = placementOption(c);
    if (id == 0)
        return usageError(c, QStringLiteral("--placement N is required (the placement's id)."), kEndUsage);
    const QDate day = QDate::fromString(c.parser.value(QStringLiteral("date")), Qt::ISODate);
    if (!day.isValid())
        return usageError(
            c, QStringLiteral("--date must be the day the placement ended, written YYYY-MM-DD."), kEndUsage);
    const auto reason = core::endingReasonFromCode(c.parser.value(QStringLiteral("reason")));
    if (!reason) {
        QStringList codes;
        for (core::EndingReason r : core::allEndingReasons())
            codes << core::endingReasonCode(r);
        return usageError(
            c, QStringLiteral("--reason must be one of: %1.").arg(codes.join(QStringLiteral(", "))),
            kEndUsage);
    }
    auto desk = openDeskOption(c, false);
    if (!desk)
        return fail(c, desk.error());
    auto ended = desk.value()->endings().end(id, day, *reason);
    if (!ended)
        return fail(c, ended.error());
    c.out << "placement " << id << " ended on " << day.toString(Qt::ISODate) << " (REC " << ended->rec
          << (ended->reasonPlaceChange.isEmpty() ? QString()
                                                 : QStringLiteral(", ") + ended->reasonPlaceChange)
          << ")\n";
    if (ended->followUpReferralId > 0) {
        auto r = desk.value()->referrals().load(ended->followUpReferralId);
        c.out << "follow-up referral " << (r ? r->reference : QString()) << " (id "
              << ended->followUpReferralId << ") opened in Draft\n";
    }
    return int(ExitOk);
}

int reviews(CliContext& c) {
    QDate on = QDate::currentDate();
    if (c.parser.isSet(QStringLiteral("on"))) {
        on = QDate::fromString(c.parser.value(QStringLiteral("on")), Qt::ISODate);
        if (!on.isValid())
            return usageError(c, QStringLiteral("--on must be a date written YYYY-MM-DD."), kReviewsUsage);
    }
    auto desk = openDeskOption(c, false);
    if (!desk)
        return fail(c, desk.error());
    auto due = c.parser.isSet(QStringLiteral("overdue")) ? desk.value()->reviews().overdue(on)
                                                         : desk.value()->reviews().due();
    if (!due)
        return fail(c, due.error());
    return print(c, core::reviewsJson(due.value(), on), core::reviewsText(due.value(), on));
}

int meetings(CliContext& c) {
    const bool given = c.parser.isSet(QStringLiteral("placement"));
    const qint64 id = placementOption(c);
    if (given && id == 0)
        return usageError(c, QStringLiteral("--placement must be a placement's id."), kMeetingsUsage);
    auto desk = openDeskOption(c, false);
    if (!desk)
        return fail(c, desk.error());
    auto list = desk.value()->meetings().meetings(id);
    if (!list)
        return fail(c, list.error());
    return print(c, core::meetingsJson(list.value()), core::meetingsText(list.value()));
}

int contract(CliContext& c) {
    const qint64 id = placementOption(c);
    if (id == 0)
        return usageError(c, QStringLiteral("--placement N is required (the placement's id)."),
                          kContractUsage);
    auto desk = openDeskOption(c, false);
    if (!desk)
        return fail(c, desk.error());
    const QString out = c.parser.value(QStringLiteral("out"));
    if (!out.isEmpty()) {
        if (auto s = desk.value()->contracts().writePdf(id, QDate::currentDate(), out); !s)
            return fail(c, s.error());
        c.out << "contract written: " << QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()) << "\n";
        return int(ExitOk);
    }
    auto versions = desk.value()->contracts().versions(id);
    if (!versions)
        return fail(c, versions.error());
    if (versions->isEmpty())
        return fail(c, core::Error::notFound(
                           QStringLiteral("Placement %1 has no contract (it was not made through permission "
                                          "to place, or does not exist).")
                               .arg(id)));
    return print(c, core::contractJson(versions.value()), core::contractText(versions.value()));
}

} // namespace

CliCommand endPlacementCommand() {
    return {QStringLiteral("end-placement"), kEndUsage,
            [](QCommandLineParser& p) {
                addDbOption(p);
                addPlacementOption(p);
                p.addOption({QStringLiteral("date"), QStringLiteral("The day the placement ended."),
                             QStringLiteral("YYYY-MM-DD")});
                p.addOption(
                    {QStringLiteral("reason"),
                     QStringLiteral("planned_move, disruption_provider, disruption_child, return_home, "
                                    "adoption, eighteen_staying_put or other."),
                     QStringLiteral("CODE")});
            },
            &endPlacement};
}

CliCommand reviewsCommand() {
    return {
        QStringLiteral("reviews"), kReviewsUsage,
        [](QCommandLineParser& p) {
            addDbOption(p);
            p.addOption({QStringLiteral("overdue"), QStringLiteral("Only the reviews overdue on the day.")});
            p.addOption({QStringLiteral("on"),
                         QStringLiteral("The day overdue is judged on (default: today)."),
                         QStringLiteral("YYYY-MM-DD")});
            addJsonOption(p);
        },
        &reviews};
}

CliCommand meetingsCommand() {
    return {QStringLiteral("meetings"), kMeetingsUsage, &addPlacementListOptions, &meetings};
}

CliCommand contractCommand() {
    return {QStringLiteral("contract"), kContractUsage,
            [](QCommandLineParser& p) {
                addPlacementListOptions(p);
                p.addOption({QStringLiteral("out"),
                             QStringLiteral("Print the contract to this PDF (provider and council sign it)."),
                             QStringLiteral("FILE.pdf")});
            },
            &contract};
}

} // namespace pd::app
