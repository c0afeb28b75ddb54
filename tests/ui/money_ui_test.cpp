// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 11 in the GUI (offscreen): Tools > Money lists imported invoices with their findings and takes
// the officer's decisions, shows a block contract's weeks and void cost, and the retender table.
// Screenshots of the three pages go to /tmp/money-*.png.
#include "core/services/desk.h"
#include "tests/support/catch.h"
#include "tests/support/placementwalk.h"
#include "tests/support/testsql.h"
#include "ui/models/tablesnapshotmodel.h"
#include "ui/money/moneydialog.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTabWidget>

using namespace pd::core;

TEST_CASE("the Money window: invoices with findings, a block contract's weeks, the retender table",
          "[ui][money]") {
    pd::test::PlacementWalk w;
    w.placeWithIfa(QDate(2026, 4, 6));
    const qint64 bright =
        w.number(QStringLiteral("SELECT provider_id FROM provisions WHERE id = %1").arg(w.ifa));
    pd::test::TestSql sql(w.t.db());
    PD_REQUIRE_OK(
        sql.run(QStringLiteral("UPDATE providers SET ofsted_urn = 'SC123456', price_band_lower = 850, "
                               "price_band_upper = 950 WHERE id = %1")
                    .arg(bright)));
    auto child = sql.value(QStringLiteral("SELECT child_ref FROM children WHERE id = %1").arg(w.childId));
    PD_REQUIRE_OK(child);
    const QString path = QDir(w.t.dir()).filePath(QStringLiteral("bright.csv"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(
                    "invoice_number,provider_urn,child_id,period_start,period_end,amount,extras,weekly_rate\n"
                    "BF-1001,SC123456,%1,2026-04-06,2026-05-03,3720,,930\n"
                    "BF-1002,SC123456,%1,2026-05-04,2026-05-31,3920,200,930\n"
                    "BF-1003,SC123456,%1,2026-06-01,2026-06-28,3920,,980\n")
                    .arg(child->toString())
                    .toUtf8());
    }
    ProviderContract block;
    block.providerId = bright;
    block.kind = ProviderContractKind::Block;
    block.startsOn = QDate(2026, 4, 1);
    block.endsOn = QDate(2027, 3, 31);
    block.reservedPlaces = 2;
    block.pricePerPlace = 800;
    PD_REQUIRE_OK(w.manager->providerContracts().save(block));

    pd::ui::MoneyDialog dialog(w.officer());
    QSignalSpy imported(&dialog, &pd::ui::MoneyDialog::importFinished);
    dialog.importFile(path); // off the GUI thread: nothing waits, the signal says when it is over
    REQUIRE(imported.wait(30000));
    REQUIRE(imported.at(0).at(0).toBool());
    CHECK(dialog.message().contains(QStringLiteral("3 invoices, 1 clean, 2 with findings")));
    REQUIRE(dialog.invoices()->rowCount() == 3);
    CHECK(dialog.invoices()->index(1, 8).data().toString() == QStringLiteral("Extras not in the contract"));
    CHECK(dialog.invoices()->index(2, 8).data().toString() == QStringLiteral("Rate above the contract"));
    dialog.selectInvoice(2);
    CHECK(dialog.findings().contains(
        QStringLiteral("Rate above the contract — contract £930.00, invoiced £980.00")));
    dialog.tabs()->setCurrentIndex(0);
    dialog.resize(1180, 680);
    CHECK(dialog.grab().save(QStringLiteral("/tmp/money-invoices.png")));

    dialog.selectInvoice(0);
    REQUIRE(dialog.decide(pd::ui::MoneyDialog::Decision::Approve, QString()));
    CHECK(dialog.invoices()->index(0, 7).data().toString() == QStringLiteral("Approved"));
    dialog.selectInvoice(2);
    CHECK_FALSE(dialog.decide(pd::ui::MoneyDialog::Decision::Approve, QString())); // findings need a note
    CHECK(dialog.message().contains(QStringLiteral("give a note")));
    const QString eml = QDir(w.t.dir()).filePath(QStringLiteral("BF-1003.eml"));
    REQUIRE(
        dialog.decide(pd::ui::MoneyDialog::Decision::Query, QStringLiteral("The contract says £930."), eml));
    CHECK(QFile::exists(eml));
    CHECK(dialog.invoices()->index(2, 7).data().toString() == QStringLiteral("Queried"));

    REQUIRE(dialog.contracts()->rowCount() == 1);
    CHECK(dialog.contracts()->index(0, 2).data().toString() == QStringLiteral("Block contract"));
    dialog.showUtilisation(0, QDate(2026, 4, 30));
    CHECK(dialog.weeks()->rowCount() == 5); // 30 days: four weeks and two days
    // 6 to 30 April: the one placement, 25 of the 60 place-days; 35 empty x £800 / 7 = £4,000.
    CHECK(dialog.utilisationSummary().contains(QStringLiteral("25 of 60 place-days used (41%)")));
    CHECK(dialog.utilisationSummary().contains(QStringLiteral("void cost £4,000.00")));
    dialog.tabs()->setCurrentIndex(1);
    CHECK(dialog.grab().save(QStringLiteral("/tmp/money-block.png")));

    dialog.setYearEnd(QDate(2027, 3, 31));
    bool found = false;
    for (int r = 0; r < dialog.retender()->rowCount(); ++r)
        if (dialog.retender()->index(r, 1).data().toString() == QStringLiteral("SC123456")) {
            found = true;
            CHECK(dialog.retender()->index(r, 7).data().toInt() == 1); // placements
            CHECK(dialog.retender()->index(r, 10).data().toString() ==
                  QStringLiteral("930.00")); // average fee
            CHECK(dialog.retender()->index(r, 13).data().toString() == QStringLiteral("within"));
        }
    CHECK(found);
    dialog.tabs()->setCurrentIndex(2);
    CHECK(dialog.grab().save(QStringLiteral("/tmp/money-retender.png")));
    const QString csv = QDir(w.t.dir()).filePath(QStringLiteral("retender.csv"));
    REQUIRE(dialog.exportRetender(csv));
    CHECK(QFile::exists(csv));
}
