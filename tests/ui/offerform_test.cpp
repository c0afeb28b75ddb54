// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, item 1: the offer's home picker names each household apart, and the offer form opens
// from a candidate of the match results with that home chosen.
#include "core/services/desk.h"
#include "tests/support/catch.h"
#include "tests/support/placementwalk.h"
#include "ui/matching/matchresultspanel.h"
#include "ui/matching/offerdialog.h"
#include "ui/matching/offerspanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSet>
#include <QTimer>
#include <QTreeView>

using namespace pd;
using pd::test::PlacementWalk;

namespace {
/// Five households of one name at one provider, as in the demo: two postcodes, vacancies or none.
QList<qint64> varleys(PlacementWalk& w) {
    const qint64 riverton =
        w.b.provider(QStringLiteral("Riverton Fostering Service"), QStringLiteral("ifa"),
                     QStringLiteral("select_list"), QStringLiteral("referrals@riverton.example"));
    QList<qint64> ids;
    for (const char* postcode : {"RV2 4CD", "RV2 4CD", "RV3 1AA", "RV3 1AA", "RV3 1AA"})
        ids << w.b.provision(riverton, QStringLiteral("Varley household"), QStringLiteral("foster"),
                             QLatin1String(postcode), 800, QStringLiteral("ebd"));
    w.b.vacancy(ids[0], QDate::currentDate().addDays(-3).toString(Qt::ISODate), 2);
    w.b.vacancy(ids[1], QDate::currentDate().addDays(7).toString(Qt::ISODate));
    w.b.vacancy(ids[2], QDate::currentDate().addDays(-3).toString(Qt::ISODate));
    return ids;
}
} // namespace

TEST_CASE("the offer form names every home apart, with provider, household, postcode and vacancy",
          "[ui][offers][issue14]") {
    PlacementWalk w;
    const QList<qint64> ids = varleys(w);
    ui::OfferDialog dialog(w.officer(), w.referralId);
    QComboBox* home = dialog.homeBox();
    QSet<QString> seen;
    int varley = 0;
    for (int i = 0; i < home->count(); ++i) {
        const QString text = home->itemText(i);
        CHECK_FALSE(seen.contains(text));
        seen.insert(text);
        varley += text.startsWith(QStringLiteral("Riverton Fostering Service — Varley household"));
    }
    CHECK(varley == 5);
    CHECK(home->count() == 7);
    const QString today3 = QDate::currentDate().addDays(-3).toString(QStringLiteral("dd/MM/yyyy"));
    CHECK(
        home->itemText(home->findData(ids[0])) ==
        QStringLiteral("Riverton Fostering Service — Varley household, RV2 4CD — vacancy from %1 (2 places)")
            .arg(today3));
    CHECK(home->itemText(home->findData(ids[3])).contains(QStringLiteral("RV3 1AA — no open vacancy [")));
    CHECK(home->itemText(home->findData(ids[3])) != home->itemText(home->findData(ids[4])));

    // The chosen home is the one recorded.
    REQUIRE(dialog.chooseProvision(ids[2], 812.5, 40));
    CHECK(dialog.feeBox()->value() == Approx(812.5));
    CHECK(dialog.save().isEmpty());
    auto offers = w.officer().offers().offers(w.referralId);
    PD_REQUIRE_OK(offers);
    REQUIRE(offers->size() == 1);
    CHECK(offers->first().offer.provisionId == ids[2]);
    CHECK(offers->first().offer.weeklyFee == Approx(812.5));
    CHECK(offers->first().offer.extras == Approx(40));
}

TEST_CASE("an offer is recorded from a candidate of the match results with its home chosen",
          "[ui][offers][issue14]") {
    PlacementWalk w;
    ui::MatchResultsPanel matches(w.officer(), w.referralId);
    ui::OffersPanel offers(w.officer(), w.referralId);
    QObject::connect(&matches, &ui::MatchResultsPanel::offerRequested, &offers,
                     &ui::OffersPanel::openOfferForm);
    QAbstractItemModel* tree = matches.tree()->model();
    REQUIRE(tree->rowCount() >= 2);
    // The second candidate, chosen by one of its explanation lines.
    const QModelIndex second = tree->index(1, 0);
    REQUIRE(tree->rowCount(second) > 0);
    matches.tree()->setCurrentIndex(tree->index(0, 0, second));
    CHECK(matches.selectedCandidate() == 2);
    REQUIRE(matches.recordOfferButton()->isEnabled());
    const bool ifaSecond = second.data().toString().contains(QStringLiteral("Willow household"));
    const qint64 expected = ifaSecond ? w.ifa : w.inHouse;
    qint64 shown = 0;
    double fee = 0;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<ui::OfferDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            FAIL_CHECK("the offer form did not open");
            return;
        }
        shown = dialog->homeBox()->currentData().toLongLong();
        fee = dialog->feeBox()->value();
        dialog->save();
    });
    matches.recordOfferButton()->click();
    CHECK(shown == expected);
    CHECK(fee == Approx(ifaSecond ? 910 : 520));
    REQUIRE(offers.offers().size() == 1);
    CHECK(offers.offers().first().offer.provisionId == expected);
}
