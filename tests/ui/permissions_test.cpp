// SPDX-License-Identifier: GPL-3.0-or-later
// Must-show point 1 of issue 12: every operation of the table of who may do what, tried through
// the services by every role and by a login that is not in the users table; a refused change
// leaves every row of the database as it was. (In the GUI suite: sending prints the pack, which needs
// a QGuiApplication.)
#include "core/domain/permissions.h"
#include "core/services/desk.h"
#include "tests/support/catch.h"

#include "tests/support/placementwalk.h"
#include "tests/support/referralbuilder.h"
#include "tests/support/testsql.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace pd::core;

namespace {

/// Every row of every table, to prove a refused change wrote nothing.
QString wholeDatabase(const Database& db) {
    pd::test::TestSql sql(db);
    auto tables =
        sql.rows(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    REQUIRE(tables.ok());
    QString out;
    for (const QVariantList& t : tables.value()) {
        const QString name = t.at(0).toString();
        auto rows = sql.rows(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(name));
        REQUIRE(rows.ok());
        out += name + QLatin1Char('\n');
        for (const QVariantList& row : rows.value()) {
            for (const QVariant& v : row)
                out += v.toString() + QLatin1Char('|');
            out += QLatin1Char('\n');
        }
    }
    return out;
}

QByteArray example(const QString& name) {
    QFile f(QStringLiteral(PD_SOURCE_DIR "/docs/examples/%1").arg(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

Status importRegister(Desk& desk, RegisterImportKind kind, const QString& name) {
    QByteArray text = example(name);
    QBuffer buffer(&text);
    buffer.open(QIODevice::ReadOnly);
    auto r = desk.providerRegister().import(kind, buffer, name);
    return r ? Status() : Status(r.error());
}

/// The placement walk's file (a referral in Searching, two provisions with a vacancy each, budget
/// lines) with one user per role; prepare() takes the referral as far as an operation needs, as
/// the administrator, before the attempt.
struct Fixture {
    pd::test::PlacementWalk w;
    QTemporaryDir out;
    qint64 providerId = 0;     ///< the IFA, the referral is sent to
    qint64 editedProvider = 0; ///< the in-house service, changed and suspended
    qint64 offerId = 0;        ///< the offer the social worker chooses
    qint64 placementId = 0;    ///< the placement permission made (for the placement's life)
    qint64 invoiceId = 0;      ///< an imported invoice, to decide
    qint64 upliftId = 0;       ///< a fee-uplift request, to decide

    Fixture() {
        pd::test::addUser(w.t.db(), QStringLiteral("admin"), Role::Admin);
        for (Role role : all<Role>())
            pd::test::addUser(w.t.db(), QStringLiteral("as_") + code(role), role);
        w.t.db().setUserName(QStringLiteral("admin"));
        providerId = w.number(QStringLiteral("SELECT provider_id FROM provisions WHERE id = %1").arg(w.ifa));
        editedProvider =
            w.number(QStringLiteral("SELECT provider_id FROM provisions WHERE id = %1").arg(w.inHouse));
        auto edited = w.t.desk().providerRegister().provider(editedProvider);
        PD_REQUIRE_OK(edited);
        edited->ratingDate = QDate(2025, 3, 1); // the builder leaves it out; a saved provider has it
        PD_REQUIRE_OK(w.t.desk().providerRegister().saveProvider(edited.value()));
    }

    /// The state the operation starts from: offers for the options paper, the paper for the
    /// choice, the choice for the permission, and for the repair a referral an old file left
    /// Placed without a placement.
    void prepare(Operation op) {
        // The mode changes only while no one else has the file open.
        if (op == Operation::DatabaseSettings) {
            w.socialWorker.reset();
            w.manager.reset();
        }
        // The example provisions and vacancies name the example providers (and vacancies their
        // provisions).
        if (op == Operation::ImportProvisions || op == Operation::ImportVacancies)
            PD_REQUIRE_OK(
                importRegister(w.t.desk(), RegisterImportKind::Providers, QStringLiteral("providers.csv")));
        if (op == Operation::ImportVacancies)
            PD_REQUIRE_OK(
                importRegister(w.t.desk(), RegisterImportKind::Provisions, QStringLiteral("provisions.csv")));
        if (op == Operation::DecideInvoice) {
            PD_REQUIRE_OK(importInvoice(w.t.desk()));
            auto invoice = w.t.desk().invoices().numbered(QStringLiteral("X-1"));
            PD_REQUIRE_OK(invoice);
            invoiceId = invoice->id;
        }
        const bool afterPlacement = op == Operation::ChangeContract || op == Operation::RecordReview ||
                                    op == Operation::RecordMeeting || op == Operation::EndPlacement ||
                                    op == Operation::DecideUplift;
        const bool needsOffers = op == Operation::PresentOptions || op == Operation::RecordChoice ||
                                 op == Operation::PermissionToPlace || op == Operation::ReopenDecision ||
                                 afterPlacement;
        if (!needsOffers)
            return;
        w.offer(w.inHouse, 520);
        offerId = w.offer(w.ifa, 950);
        if (op == Operation::PresentOptions)
            return;
        PD_REQUIRE_OK(
            w.t.desk().options().present(w.referralId, QStringLiteral("Two carers had a vacancy.")));
        if (op == Operation::RecordChoice)
            return;
        PlacementChoice choice;
        choice.referralId = w.referralId;
        choice.offerId = offerId;
        choice.childView = QStringLiteral("Likes the dog.");
        choice.familyView = QStringLiteral("Near enough for visits.");
        PD_REQUIRE_OK(w.t.desk().choice().record(choice));
        if (afterPlacement) {
            // Placed three days ago, so a review, a meeting or an ending can be dated today.
            auto placed =
                w.t.desk().permission().place(w.referralId, offerId, 930, QDate::currentDate().addDays(-3));
            PD_REQUIRE_OK(placed);
            placementId = placed->first();
        }
        if (op == Operation::DecideUplift) {
            auto id = w.t.desk().uplifts().request(uplift());
            PD_REQUIRE_OK(id);
            upliftId = id.value();
        }
        if (op == Operation::ReopenDecision)
            PD_REQUIRE_OK(pd::test::TestSql(w.t.db()).run(
                QStringLiteral("UPDATE referrals SET state = 'placed' WHERE id = %1").arg(w.referralId)));
    }

    /// A provider's 3% uplift request from today.
    FeeUplift uplift() const {
        FeeUplift u;
        u.providerId = providerId;
        u.effectiveFrom = QDate::currentDate();
        u.percentage = 3;
        u.evidence = QStringLiteral("Carers' allowances rose 3% in April.");
        return u;
    }

    static Status importInvoice(Desk& desk) {
        QByteArray text("invoice_number,provider_urn,child_id,period_start,period_end,amount\n"
                        "X-1,SC000001,NOBODY,2026-04-01,2026-04-28,100\n");
        QBuffer buffer(&text);
        buffer.open(QIODevice::ReadOnly);
        auto r = desk.invoices().import(buffer, QStringLiteral("invoices.csv"));
        return r ? Status() : Status(r.error());
    }

    Status attempt(Operation op) {
        Desk& d = w.t.desk();
        const qint64 referralId = w.referralId;
        const qint64 provisionId = w.ifa;
        switch (op) {
        case Operation::ImportProviders:
            return importRegister(d, RegisterImportKind::Providers, QStringLiteral("providers.csv"));
        case Operation::ImportProvisions:
            return importRegister(d, RegisterImportKind::Provisions, QStringLiteral("provisions.csv"));
        case Operation::ImportVacancies:
            return importRegister(d, RegisterImportKind::Vacancies, QStringLiteral("vacancies.csv"));
        case Operation::ImportPostcodes:
            return importRegister(d, RegisterImportKind::Postcodes, QStringLiteral("postcodes.csv"));
        case Operation::ImportSsda903: {
            auto r = d.dashboard().importReturn(
                QStringLiteral(PD_SOURCE_DIR "/docs/examples/ssda903-episodes.csv"),
                QStringLiteral(PD_SOURCE_DIR "/docs/examples/ssda903-header.csv"));
            return r ? Status() : Status(r.error());
        }
        case Operation::ImportReferral: {
            auto r = d.exchange().importFile(QStringLiteral(PD_SOURCE_DIR "/docs/examples/referral.json"));
            return r ? Status() : Status(r.error());
        }
        case Operation::EditReferral: {
            auto r = d.referrals().load(referralId);
            PD_REQUIRE_OK(r);
            r->preferredLocation = QStringLiteral("Near the school");
            return d.referrals().save(r.value());
        }
        case Operation::EditProvider: {
            auto p = d.providerRegister().provider(editedProvider);
            PD_REQUIRE_OK(p);
            p->name += QStringLiteral(" Ltd");
            return d.providerRegister().saveProvider(p.value());
        }
        case Operation::BarProvider: {
            auto p = d.providerRegister().provider(editedProvider);
            PD_REQUIRE_OK(p);
            return d.providerRegister().bar(editedProvider, p->rowVersion, FrameworkStatus::Suspended,
                                            QStringLiteral("Ofsted inspection"), QDate(2026, 11, 23));
        }
        case Operation::EditProvision: {
            auto p = d.providerRegister().provision(provisionId);
            PD_REQUIRE_OK(p);
            return d.providerRegister().saveProvision(p.value());
        }
        case Operation::EditVacancy: {
            Vacancy v;
            v.provisionId = provisionId;
            v.from = QDate(2026, 12, 1);
            return d.providerRegister().saveVacancy(v);
        }
        case Operation::RecordOffer: {
            Offer o;
            o.referralId = referralId;
            o.provisionId = provisionId;
            o.weeklyFee = 1050;
            o.startDate = QDate::currentDate().addDays(2);
            auto r = d.offers().record(o);
            return r ? Status() : Status(r.error());
        }
        case Operation::PresentOptions: {
            auto r = d.options().present(referralId, QStringLiteral("Two carers had a vacancy."));
            return r ? Status() : Status(r.error());
        }
        case Operation::RecordChoice: {
            PlacementChoice choice;
            choice.referralId = referralId;
            choice.offerId = offerId;
            choice.childView = QStringLiteral("Likes the dog.");
            choice.familyView = QStringLiteral("Near enough for visits.");
            auto r = d.choice().record(choice);
            return r ? Status() : Status(r.error());
        }
        case Operation::PermissionToPlace: {
            auto r = d.permission().place(referralId, offerId, 930, QDate::currentDate().addDays(2));
            return r ? Status() : Status(r.error());
        }
        case Operation::ReopenDecision: {
            TransitionRequest repair;
            repair.event = ReferralEvent::ReopenDecision;
            repair.comment = QStringLiteral("The old file has no placement for this referral.");
            auto r = d.workflow().apply(referralId, repair);
            return r ? Status() : Status(r.error());
        }
        case Operation::ChangeContract: {
            ContractChange uplift;
            uplift.effectiveFrom = QDate::currentDate();
            uplift.weeklyFee = 990;
            uplift.changeNote = QStringLiteral("Annual uplift accepted");
            auto r = d.contracts().change(placementId, uplift);
            return r ? Status() : Status(r.error());
        }
        case Operation::RecordReview: {
            auto contract = d.contracts().current(placementId);
            PD_REQUIRE_OK(contract);
            REQUIRE(contract->has_value());
            PlacementReview review;
            review.placementId = placementId;
            review.heldOn = QDate::currentDate();
            for (const ContractOutcome& o : (*contract)->outcomes)
                review.ratings << RatedOutcome{o.id, QString(), OutcomeRating::Met,
                                               QStringLiteral("Going well.")};
            auto r = d.reviews().record(review);
            return r ? Status() : Status(r.error());
        }
        case Operation::RecordMeeting: {
            DisruptionMeeting m;
            m.placementId = placementId;
            m.heldOn = QDate::currentDate();
            m.attendees = QStringLiteral("Carers, social worker");
            m.concerns = QStringLiteral("Going missing at night.");
            m.actions = QStringLiteral("Respite weekend (officer).");
            auto r = d.meetings().record(m);
            return r ? Status() : Status(r.error());
        }
        case Operation::EndPlacement: {
            auto r = d.endings().end(placementId, QDate::currentDate(), EndingReason::PlannedMove);
            return r ? Status() : Status(r.error());
        }
        case Operation::SendReferral: {
            auto r = d.sending().send(referralId, {providerId}, out.path(), QDate(2026, 11, 23));
            return r ? Status() : Status(r.error());
        }
        case Operation::ImportInvoices:
            return importInvoice(d);
        case Operation::DecideInvoice:
            return d.invoices().reject(invoiceId, QStringLiteral("No placement for this child."));
        case Operation::RequestUplift: {
            auto r = d.uplifts().request(uplift());
            return r ? Status() : Status(r.error());
        }
        case Operation::DecideUplift: {
            UpliftDecision decision;
            decision.status = UpliftStatus::Accepted;
            decision.reason = QStringLiteral("In line with the regional framework's uplift.");
            auto r = d.uplifts().decide(upliftId, decision);
            return r ? Status() : Status(r.error());
        }
        case Operation::EditProviderContract: {
            ProviderContract block;
            block.providerId = providerId;
            block.kind = ProviderContractKind::Block;
            block.startsOn = QDate(2026, 4, 1);
            block.reservedPlaces = 3;
            block.pricePerPlace = 800;
            return d.providerContracts().save(block);
        }
        case Operation::EditMatchingSettings: {
            auto s = d.matching().settings();
            PD_REQUIRE_OK(s);
            return d.matching().saveSettings(s.value());
        }
        case Operation::SetBudgets: {
            auto r = d.dashboard().addBudgetLine(QStringLiteral("Role test line"), QStringLiteral("ifa"));
            return r ? Status() : Status(r.error());
        }
        case Operation::SetTargets:
            return d.dashboard().setTargets(DashboardTargets{12.5, 70.0, 15.0});
        case Operation::ViewAudit: {
            AuditFilter all;
            auto r = d.audit().exportCsv(all, QDir(out.path()).filePath(QStringLiteral("audit.csv")));
            return r ? Status() : Status(r.error());
        }
        case Operation::DatabaseSettings:
            return d.setMode(JournalMode::Shared);
        case Operation::ManageUsers: {
            auto r = d.team().add(QStringLiteral("newcomer"), QStringLiteral("New Comer"), Role::Officer);
            return r ? Status() : Status(r.error());
        }
        }
        FAIL("an operation of the table has no attempt in this test");
        return {};
    }
};

} // namespace

TEST_CASE("every operation x every role and an unknown login, through the services", "[roles][permissions]") {
    const Operation op = GENERATE(from_range(allOperations()));
    // The six roles, then a login with no row in the users table.
    const int who = GENERATE(range(0, 7));
    const QList<Role> roles = all<Role>();
    Fixture f;
    const bool unknown = who == roles.size();
    const QString login = unknown ? QStringLiteral("stranger") : QStringLiteral("as_") + code(roles.at(who));
    const bool expectAllowed = !unknown && allowed(op, roles.at(who));
    INFO(operationLabel(op).toStdString() << " as " << login.toStdString());

    f.prepare(op);
    const QString before = wholeDatabase(f.w.t.db());
    f.w.t.db().setUserName(login);
    const Status result = f.attempt(op);
    if (expectAllowed) {
        INFO((result ? QString() : result.error().message).toStdString());
        CHECK(result.ok());
    } else {
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().kind == Error::Kind::Forbidden);
        CHECK(result.error().message.contains(login));
        CHECK(result.error().message.contains(operationLabel(op)));
        CHECK(wholeDatabase(f.w.t.db()) == before);
        CHECK(QDir(f.out.path()).isEmpty());
    }
}

TEST_CASE("the table: read-only users change nothing, only admins manage users, every cell has a reason",
          "[roles][permissions]") {
    int cells = 0;
    for (Operation op : allOperations()) {
        CHECK_FALSE(allowed(op, Role::ReadOnly));
        CHECK(allowed(op, Role::Admin));
        CHECK_FALSE(operationLabel(op).isEmpty());
        for (Role role : all<Role>()) {
            User u;
            u.id = 1;
            u.login = QStringLiteral("someone");
            u.role = role;
            CHECK(refusalReason(op, u).isEmpty() == allowed(op, role));
            u.active = false;
            CHECK_FALSE(refusalReason(op, u).isEmpty());
            ++cells;
        }
    }
    CHECK(cells == allOperations().size() * 6);
    for (Role role : all<Role>())
        CHECK(allowed(Operation::ManageUsers, role) == (role == Role::Admin));
}
