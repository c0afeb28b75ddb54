// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, item 7: match explanations in full (tooltip and detail pane), the essential distance
// limit among the lines.
#include "core/services/desk.h"
#include "tests/support/catch.h"
#include "tests/support/placementwalk.h"
#include "ui/matching/matchresultspanel.h"

#include <QAbstractItemModelTester>
#include <QTextBrowser>
#include <QTreeView>

using namespace pd;

TEST_CASE("a candidate's explanations are whole in the tooltip and the detail pane, distance included",
          "[ui][matching][issue14]") {
    test::PlacementWalk w;
    auto r = w.officer().referrals().load(w.referralId);
    PD_REQUIRE_OK(r);
    core::Referral referral = r.value();
    referral.essentialCriteria << core::Criterion{QStringLiteral("maxDistanceMiles"), QStringLiteral("25")};
    PD_REQUIRE_OK(w.officer().referrals().save(referral));

    ui::MatchResultsPanel panel(w.officer(), w.referralId);
    QAbstractItemModel* tree = panel.tree()->model();
    QAbstractItemModelTester tester(tree, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(tree->rowCount() >= 2);
    const QModelIndex first = tree->index(0, 0);
    const auto line = [tree](const QModelIndex& candidate, int row, int column) {
        return tree->index(row, column, candidate);
    };
    // The essential distance limit is the first line under the candidate.
    REQUIRE(tree->rowCount(first) > 1);
    CHECK(line(first, 0, 0).data().toString() == QStringLiteral("Essential limit met"));
    CHECK(line(first, 0, 4)
              .data()
              .toString()
              .contains(QStringLiteral("miles from home, within the essential limit of 25 miles")));
    // Every explanation's whole text is its tooltip.
    for (int i = 0; i < tree->rowCount(first); ++i) {
        CHECK_FALSE(line(first, i, 4).data().toString().isEmpty());
        CHECK(line(first, i, 4).data(Qt::ToolTipRole) == line(first, i, 4).data());
    }
    // The detail pane shows the selected candidate with every line in full.
    const QModelIndex second = tree->index(1, 0);
    panel.tree()->setCurrentIndex(line(second, 2, 0));
    CHECK(panel.selectedCandidate() == 2);
    const QString detail = panel.detail()->toPlainText();
    const QString name = second.data().toString();
    CHECK(detail.startsWith(name));
    CHECK(detail.contains(QStringLiteral("within the essential limit of 25 miles")));
    for (int i = 0; i < tree->rowCount(second); ++i)
        CHECK(detail.contains(line(second, i, 4).data().toString()));
}
