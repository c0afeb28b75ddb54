// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, item 10: "My work" says what to do next, by role.
#include "core/reports/worklist.h"
#include "tests/support/catch.h"

using namespace pd::core;

namespace {

const QDate kToday(2026, 12, 6);

ReferralListRow referral(qint64 id, ReferralState state, const QDate& needed, const QString& officer,
                         bool emergency = false) {
    ReferralListRow r;
    r.id = id;
    r.reference = QStringLiteral("R-2026-%1").arg(id, 4, 10, QLatin1Char('0'));
    r.state = state;
    r.neededByDate = needed;
    r.officer = officer;
    r.socialWorker = QStringLiteral("Tom Garside");
    r.emergency = emergency;
    r.children = QStringLiteral("Child %1").arg(id);
    return r;
}

ReviewDue review(qint64 child, const QDate& due) {
    ReviewDue d;
    d.placementId = child * 10;
    d.childId = child;
    d.childName = QStringLiteral("Child %1").arg(child);
    d.providerName = QStringLiteral("Riverton Fostering Service");
    d.nextDue = due;
    return d;
}

WorkInputs inputs(Role role, const QString& login, const QString& name = {}) {
    WorkInputs in;
    in.today = kToday;
    in.user.login = login;
    in.user.displayName = name;
    in.user.role = role;
    in.referrals = {
        referral(1, ReferralState::Searching, kToday.addDays(-12), QStringLiteral("a.hollins"), true),
        referral(2, ReferralState::Searching, kToday.addDays(3), QStringLiteral("a.hollins")),
        referral(3, ReferralState::AwaitingPanel, kToday.addDays(20), QStringLiteral("r.mensah")),
        referral(4, ReferralState::AwaitingDecision, kToday.addDays(-1), QStringLiteral("r.mensah")),
        referral(5, ReferralState::Placed, kToday.addDays(-30), QStringLiteral("a.hollins")), // done
        referral(6, ReferralState::Draft, kToday.addDays(-5), QStringLiteral("a.hollins")),   // not sent
    };
    in.reviews = {review(7, kToday.addDays(-3)), review(8, kToday.addDays(5)), review(9, kToday.addDays(40))};
    Invoice clean;
    clean.id = 11;
    clean.number = QStringLiteral("INV-1");
    Invoice above = clean;
    above.id = 12;
    above.number = QStringLiteral("INV-2");
    above.providerUrn = QStringLiteral("SC123456");
    above.findings << InvoiceFinding{};
    Invoice duplicate = above;
    duplicate.id = 13;
    duplicate.duplicateOf = 12; // never counted: nothing to decide
    in.invoices = {clean, above, duplicate};
    return in;
}

QStringList lines(const QList<WorkItem>& items) {
    QStringList out;
    for (const WorkItem& w : items)
        out << QStringLiteral("%1 | %2 | %3").arg(w.heading, w.what, w.why);
    return out;
}

} // namespace

TEST_CASE("my work: an officer's own referrals by what is due, the team's reviews, invoices to check",
          "[core][mywork][issue14]") {
    const QList<WorkItem> items = buildWorkList(inputs(Role::Officer, QStringLiteral("a.hollins")));
    INFO(lines(items).join(u'\n').toStdString());
    REQUIRE(items.size() == 7);
    // Overdue first, by date: the emergency needed 12 days ago, then the review 3 days late.
    CHECK(items[0].heading == QStringLiteral("Overdue"));
    CHECK(items[0].id == 1);
    CHECK(items[0].why == QStringLiteral("Emergency: needed 12 days ago; still Searching."));
    CHECK(items[0].overdue);
    CHECK(items[1].record == WorkRecord::Child);
    CHECK(items[1].id == 7);
    CHECK(items[1].why == QStringLiteral("Review overdue by 3 days."));
    CHECK(items[2].heading == QStringLiteral("Due in the next 7 days"));
    CHECK(items[2].id == 2);
    CHECK(items[2].why == QStringLiteral("Needed in 3 days; Searching."));
    CHECK_FALSE(items[2].overdue);
    CHECK(items[3].id == 8); // review in 5 days; the one in 40 days is not listed
    // Both of the officer's referrals sent to providers, by needed-by date; r.mensah's are not theirs.
    CHECK(items[4].heading == QStringLiteral("Waiting for providers"));
    CHECK(items[4].id == 1);
    CHECK(items[5].id == 2);
    CHECK(items[6].heading == QStringLiteral("Invoices to check"));
    CHECK(items[6].record == WorkRecord::Invoice);
    CHECK(items[6].id == 12); // not the clean one, not the duplicate
    CHECK(items[6].what == QStringLiteral("INV-2 (SC123456)"));
}

TEST_CASE("my work: the manager's decisions and the team's overdue items, a social worker's choices",
          "[core][mywork][issue14]") {
    const QList<WorkItem> manager = buildWorkList(inputs(Role::Manager, QStringLiteral("s.latimer")));
    INFO(lines(manager).join(u'\n').toStdString());
    REQUIRE(manager.size() == 5);
    CHECK(manager[0].id == 1); // the team's: needed 12 days ago
    CHECK(manager[1].record == WorkRecord::Child);
    CHECK(manager[1].id == 7); // only the overdue review, not the one coming
    CHECK(manager[2].id == 4); // needed yesterday, options presented
    CHECK(manager[3].heading == QStringLiteral("Decisions waiting for you"));
    CHECK(manager[3].id == 4);
    CHECK(manager[4].id == 3);
    CHECK(manager[4].why == QStringLiteral("Awaiting panel: agree the search or return it."));

    const QList<WorkItem> social =
        buildWorkList(inputs(Role::SocialWorker, QStringLiteral("t.garside"), QStringLiteral("Tom Garside")));
    INFO(lines(social).join(u'\n').toStdString());
    // The social worker's referrals past their date (the team's view for non-officers) and the choice.
    REQUIRE(social.size() == 3);
    CHECK(social[2].heading == QStringLiteral("Decisions waiting for you"));
    CHECK(social[2].why == QStringLiteral("Options presented: record your choice and the child's view."));
}
