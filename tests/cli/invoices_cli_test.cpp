// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 11, must-show 2: import invoices and invoices --json on a demo file. Invoices for a demo
// placement (from export placements and its contract): a clean one, one charging above the contract,
// one for a child with no placement. The same file imported twice flags duplicates and never counts
// twice; a bad file is refused with its line and changes nothing; an officer approves and queries.
#include "tests/support/catch.h"
#include "tests/support/cliprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using pd::test::runCli;

namespace {

QJsonArray jsonOf(const pd::test::CliRun& run) {
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

void write(const QString& path, const QString& text) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
}

double countedTotal(const QJsonArray& invoices) {
    double total = 0;
    for (const QJsonValue& v : invoices)
        if (v.toObject().value(QStringLiteral("counted")).toBool())
            total += v.toObject().value(QStringLiteral("amount")).toDouble();
    return total;
}

} // namespace

TEST_CASE("import invoices twice and list them with their findings", "[cli][invoices]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    auto demo = runCli({QStringLiteral("demo"), QStringLiteral("--db"), db});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);

    // A current placement with version 1 of its contract and a provider with a URN.
    const QJsonArray placements = jsonOf(runCli({QStringLiteral("export"), QStringLiteral("placements"),
                                                 QStringLiteral("--db"), db, QStringLiteral("--json")}));
    QJsonObject chosen;
    for (const QJsonValue& v : placements) {
        const QJsonObject p = v.toObject();
        if (p.value(QStringLiteral("ipc_version")).toInt() == 1 && p.value(QStringLiteral("end")).isNull() &&
            !p.value(QStringLiteral("provider_urn")).toString().isEmpty()) {
            chosen = p;
            break;
        }
    }
    REQUIRE_FALSE(chosen.isEmpty());
    const QString id = QString::number(chosen.value(QStringLiteral("placement_id")).toInteger());
    const QJsonArray contract = jsonOf(runCli({QStringLiteral("contract"), QStringLiteral("--db"), db,
                                               QStringLiteral("--placement"), id, QStringLiteral("--json")}));
    REQUIRE(contract.size() == 1);
    const double fee = contract[0].toObject().value(QStringLiteral("weekly_fee")).toDouble();
    const double extras = contract[0].toObject().value(QStringLiteral("extras")).toDouble();
    const QDate start = QDate::fromString(chosen.value(QStringLiteral("start")).toString(), Qt::ISODate);
    const QString child = chosen.value(QStringLiteral("child_id")).toString();
    const QString urn = chosen.value(QStringLiteral("provider_urn")).toString();
    auto line = [&](const QString& number, const QString& who, int firstDay, double rate) {
        return QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8\n")
            .arg(number, urn, who, start.addDays(firstDay).toString(Qt::ISODate),
                 start.addDays(firstDay + 27).toString(Qt::ISODate),
                 QString::number(4 * (rate + extras), 'f', 2), QString::number(4 * extras, 'f', 2),
                 QString::number(rate, 'f', 2));
    };
    const QString invoices = dir.filePath(QStringLiteral("invoices.csv"));
    write(invoices,
          QStringLiteral("invoice_number,provider_urn,child_id,period_start,period_end,amount,extras,"
                         "weekly_rate\n") +
              line(QStringLiteral("T-1"), child, 0, fee) + line(QStringLiteral("T-2"), child, 28, fee + 50) +
              line(QStringLiteral("T-3"), QStringLiteral("NOBODY"), 0, fee));

    // The demo's own invoices come first (docs: the demo invoices its independent placements).
    const QStringList list{QStringLiteral("invoices"), QStringLiteral("--db"), db, QStringLiteral("--json")};
    const int before = int(jsonOf(runCli(list)).size());
    REQUIRE(before > 0);
    auto first =
        runCli({QStringLiteral("import"), QStringLiteral("invoices"), QStringLiteral("--db"), db, invoices});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(
        QStringLiteral("invoices.csv: 3 invoices, 1 clean, 2 with findings (0 duplicates")));

    const QJsonArray once = jsonOf(runCli(list));
    REQUIRE(once.size() == before + 3);
    const QStringList keys{QStringLiteral("id"),           QStringLiteral("invoice_number"),
                           QStringLiteral("provider_urn"), QStringLiteral("child_id"),
                           QStringLiteral("placement_id"), QStringLiteral("period_start"),
                           QStringLiteral("period_end"),   QStringLiteral("days"),
                           QStringLiteral("amount"),       QStringLiteral("extras"),
                           QStringLiteral("weekly_rate"),  QStringLiteral("expected"),
                           QStringLiteral("duplicate_of"), QStringLiteral("counted"),
                           QStringLiteral("status"),       QStringLiteral("decision_note"),
                           QStringLiteral("decided_by"),   QStringLiteral("decided_at"),
                           QStringLiteral("source"),       QStringLiteral("findings")};
    for (const QJsonValue& v : once) {
        CHECK(v.toObject().keys().size() == keys.size());
        for (const QString& k : keys)
            CHECK(v.toObject().contains(k));
    }
    const QJsonObject clean = once[before].toObject();
    CHECK(clean.value(QStringLiteral("findings")).toArray().isEmpty());
    CHECK(clean.value(QStringLiteral("placement_id")).toInteger() == id.toLongLong());
    CHECK(clean.value(QStringLiteral("expected")).toDouble() == Approx(4 * (fee + extras)).margin(0.01));
    const QJsonArray above = once[before + 1].toObject().value(QStringLiteral("findings")).toArray();
    REQUIRE(above.size() == 1);
    CHECK(above[0].toObject().value(QStringLiteral("rule")).toString() ==
          QStringLiteral("rate_above_contract"));
    CHECK(above[0].toObject().value(QStringLiteral("expected")).toDouble() == Approx(fee).margin(0.01));
    CHECK(above[0].toObject().value(QStringLiteral("invoiced")).toDouble() == Approx(fee + 50).margin(0.01));
    const QJsonArray nobody = once[before + 2].toObject().value(QStringLiteral("findings")).toArray();
    REQUIRE(nobody.size() == 1);
    CHECK(nobody[0].toObject().value(QStringLiteral("rule")).toString() == QStringLiteral("no_placement"));
    const double total = countedTotal(once);

    // The same file again: three duplicates, stored and flagged, the total unchanged.
    auto second =
        runCli({QStringLiteral("import"), QStringLiteral("invoices"), QStringLiteral("--db"), db, invoices});
    REQUIRE(second.exitCode == 0);
    CHECK(second.out.contains(QStringLiteral("3 invoices, 0 clean, 3 with findings (3 duplicates")));
    const QJsonArray twice = jsonOf(runCli(list));
    REQUIRE(twice.size() == before + 6);
    for (int i = before + 3; i < before + 6; ++i) {
        const QJsonObject o = twice[i].toObject();
        CHECK_FALSE(o.value(QStringLiteral("counted")).toBool());
        CHECK(o.value(QStringLiteral("duplicate_of")).toInteger() ==
              twice[i - 3].toObject().value(QStringLiteral("id")).toInteger());
        CHECK(o.value(QStringLiteral("findings"))
                  .toArray()[0]
                  .toObject()
                  .value(QStringLiteral("rule"))
                  .toString() == QStringLiteral("duplicate"));
    }
    CHECK(countedTotal(twice) == Approx(total));

    // A bad row: refused with its line, nothing written.
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    write(bad, QStringLiteral("invoice_number,provider_urn,child_id,period_start,period_end,amount\n"
                              "T-9,%1,%2,2026-05-01,2026-05-28,seven hundred\n")
                   .arg(urn, child));
    auto refused =
        runCli({QStringLiteral("import"), QStringLiteral("invoices"), QStringLiteral("--db"), db, bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("bad.csv, line 2: amount 'seven hundred' is not a number")));
    CHECK(jsonOf(runCli(list)).size() == before + 6);

    // The officer's decisions.
    auto approved = runCli({QStringLiteral("invoice"), QStringLiteral("--db"), db, QStringLiteral("--number"),
                            QStringLiteral("T-1"), QStringLiteral("--approve")});
    INFO(approved.err.toStdString());
    CHECK(approved.exitCode == 0);
    auto noOut = runCli({QStringLiteral("invoice"), QStringLiteral("--db"), db, QStringLiteral("--number"),
                         QStringLiteral("T-2"), QStringLiteral("--query"), QStringLiteral("Why £50 more?")});
    CHECK(noOut.exitCode == 2);
    const QString eml = dir.filePath(QStringLiteral("T-2.eml"));
    auto queried = runCli({QStringLiteral("invoice"), QStringLiteral("--db"), db, QStringLiteral("--number"),
                           QStringLiteral("T-2"), QStringLiteral("--query"), QStringLiteral("Why £50 more?"),
                           QStringLiteral("--out"), eml});
    CHECK(queried.exitCode == 0);
    CHECK(QFile::exists(eml));
    const QJsonArray decided = jsonOf(runCli(list));
    CHECK(decided[before].toObject().value(QStringLiteral("status")).toString() ==
          QStringLiteral("approved"));
    CHECK(decided[before + 1].toObject().value(QStringLiteral("status")).toString() ==
          QStringLiteral("queried"));
}
