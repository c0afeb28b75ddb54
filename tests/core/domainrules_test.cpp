// SPDX-License-Identifier: GPL-3.0-or-later
// The domain rules the GUI asks instead of working them out itself: decided states, urgency,
// the financial year of a day, and what is wrong with a typed entry.
#include "core/domain/entrychecks.h"
#include "core/domain/financialyear.h"
#include "core/domain/referralprogress.h"
#include "tests/support/catch.h"

using namespace pd::core;

TEST_CASE("only Placed and Closed referrals are decided", "[domain]") {
    const auto [state, decided] = GENERATE(table<ReferralState, bool>({
        {ReferralState::Draft, false},
        {ReferralState::Submitted, false},
        {ReferralState::AwaitingPanel, false},
        {ReferralState::QualityCheck, false},
        {ReferralState::Searching, false},
        {ReferralState::OptionsReady, false},
        {ReferralState::AwaitingDecision, false},
        {ReferralState::OnHold, false},
        {ReferralState::Placed, true},
        {ReferralState::Closed, true},
    }));
    CHECK(isDecided(state) == decided);
}

TEST_CASE("urgency comes from the standard's needed-by options", "[domain]") {
    CHECK(urgencyOf(QStringLiteral("Today")) == Urgency::Today);
    CHECK(urgencyOf(QStringLiteral("in less than 5 days")) == Urgency::WithinFiveDays);
    CHECK(urgencyOf(QStringLiteral("in more than 5 days")) == Urgency::Later);
    CHECK(urgencyOf(QString()) == Urgency::NotGiven);
    CHECK(urgencyOf(QStringLiteral("today")) == Urgency::NotGiven); // options are spelled exactly
}

TEST_CASE("the financial year containing a day runs 1 April to 31 March", "[domain]") {
    const auto [day, start, end] = GENERATE(table<QDate, QDate, QDate>({
        {QDate(2026, 4, 1), QDate(2026, 4, 1), QDate(2027, 3, 31)},
        {QDate(2026, 12, 2), QDate(2026, 4, 1), QDate(2027, 3, 31)},
        {QDate(2027, 3, 31), QDate(2026, 4, 1), QDate(2027, 3, 31)},
        {QDate(2027, 1, 1), QDate(2026, 4, 1), QDate(2027, 3, 31)},
        {QDate(2026, 3, 31), QDate(2025, 4, 1), QDate(2026, 3, 31)},
        {QDate(2024, 2, 29), QDate(2023, 4, 1), QDate(2024, 3, 31)},
    }));
    const FinancialYear y = FinancialYear::containing(day);
    CHECK(y.start == start);
    CHECK(y.end == end);
    CHECK(FinancialYear::isYearEnd(y.end));
}

TEST_CASE("typed entries: dates in dd/mm/yyyy, sex M or F, sessions a number", "[domain]") {
    CHECK(parseTypedDate(QStringLiteral("19/06/2013")) == QDate(2013, 6, 19));
    CHECK(parseTypedDate(QStringLiteral("9/6/2013")) == QDate(2013, 6, 9));
    CHECK(parseTypedDate(QStringLiteral("2013-06-19")) == QDate(2013, 6, 19));
    CHECK_FALSE(parseTypedDate(QStringLiteral("31/02/2013")).isValid());

    CHECK(childEntryProblems(1, QStringLiteral("19/06/2013"), QStringLiteral("f")).isEmpty());
    CHECK(childEntryProblems(1, QString(), QString()).isEmpty());
    CHECK(childEntryProblems(2, QStringLiteral("31/02/2013"), QStringLiteral("M")) ==
          QStringList{
              QStringLiteral("Child 2's date of birth: '31/02/2013' is not a date: February 2013 has 28 "
                             "days. Type the date as dd/mm/yyyy, e.g. 14/12/2026.")});
    CHECK(childEntryProblems(1, QString(), QStringLiteral("X")) ==
          QStringList{QStringLiteral("Child 1: sex must be M or F")});

    CHECK(contactEntryProblems(1, QStringLiteral("1.5")).isEmpty());
    CHECK(contactEntryProblems(1, QString()).isEmpty());
    CHECK(contactEntryProblems(3, QStringLiteral("twice")) ==
          QStringList{QStringLiteral("Contact 3: sessions a week must be a number")});
}
