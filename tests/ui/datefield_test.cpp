// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, item 2: one date field everywhere a date is entered.
#include "tests/support/catch.h"
#include "tests/support/placementwalk.h"
#include "tests/support/referralbuilder.h"
#include "ui/matching/decisiondialog.h"
#include "ui/matching/offerdialog.h"
#include "ui/referrals/referralform.h"
#include "ui/team/auditdialog.h"
#include "ui/widgets/datefield.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace pd;

TEST_CASE("a date field takes typing when not given, reads 14 Dec 2026 as 14 December",
          "[ui][dates][issue14]") {
    ui::DateField field;
    field.setOptional(true);
    CHECK(field.date().isNull());
    CHECK(field.problem().isEmpty());
    CHECK(field.edit()->placeholderText().contains(QStringLiteral("not given")));
    QDate seen;
    QObject::connect(&field, &ui::DateField::dateChanged, [&seen](const QDate& d) { seen = d; });
    QTest::keyClicks(field.edit(), QStringLiteral("14 Dec 2026"));
    CHECK(field.date() == QDate(2026, 12, 14));
    CHECK(seen == QDate(2026, 12, 14));
    field.edit()->clear();
    QTest::keyClicks(field.edit(), QStringLiteral("14/12/2026"));
    CHECK(field.date() == QDate(2026, 12, 14));
    CHECK(field.messageLabel()->isHidden());
}

TEST_CASE("a date field refuses 31 Feb 2027 with a sentence instead of changing it", "[ui][dates][issue14]") {
    ui::DateField field;
    field.show();
    QTest::keyClicks(field.edit(), QStringLiteral("31 Feb 2027"));
    CHECK(field.edit()->text() == QStringLiteral("31 Feb 2027"));
    CHECK_FALSE(field.date().isValid());
    CHECK(field.problem().contains(QStringLiteral("February 2027 has 28 days")));
    CHECK(field.messageLabel()->isVisible());
    CHECK(field.messageLabel()->text().startsWith(QStringLiteral("⚠ '31 Feb 2027' is not a date")));
    // A required field says so when left empty.
    field.edit()->clear();
    field.setOptional(false);
    CHECK(field.problem() == QStringLiteral("Give a date (dd/mm/yyyy)."));
}

TEST_CASE("the calendar opens at today, or at the date already given", "[ui][dates][issue14]") {
    ui::DateField field;
    field.show();
    QCalendarWidget* calendar = field.openCalendar();
    CHECK(calendar->selectedDate() == QDate::currentDate());
    CHECK(calendar->monthShown() == QDate::currentDate().month());
    CHECK(calendar->yearShown() == QDate::currentDate().year());
    calendar->parentWidget()->hide();
    field.setDate(QDate(2027, 3, 2));
    calendar = field.openCalendar();
    CHECK(calendar->selectedDate() == QDate(2027, 3, 2));
    // Picking a day writes it as dd/mm/yyyy.
    emit calendar->clicked(QDate(2027, 3, 9));
    CHECK(field.edit()->text() == QStringLiteral("09/03/2027"));
}

TEST_CASE("every date on the desk's forms is a date field, not a spin box", "[ui][dates][issue14]") {
    test::PlacementWalk w;
    ui::ReferralForm form;
    ui::OfferDialog offer(w.officer(), w.referralId);
    ui::DecisionDialog decision(*w.manager, w.referralId);
    ui::AuditDialog audit(*w.manager);
    for (QWidget* screen : std::initializer_list<QWidget*>{&form, &offer, &decision, &audit}) {
        CHECK(screen->findChildren<QDateEdit*>().isEmpty());
        CHECK_FALSE(screen->findChildren<ui::DateField*>().isEmpty());
    }
    // The referral's needed-by date: not given, then typed; an impossible one is listed and not saved.
    form.setReferral(test::completeReferral());
    form.neededByField()->setDate(QDate());
    CHECK(form.referral().neededByDate.isNull());
    form.neededByField()->edit()->setText(QStringLiteral("31/02/2027"));
    CHECK(form.invalidEntries().join(u' ').contains(QStringLiteral("Needed by: '31/02/2027' is not a date")));
    form.neededByField()->edit()->setText(QStringLiteral("14 Dec 2026"));
    CHECK(form.referral().neededByDate == QDate(2026, 12, 14));
}
