// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, item 7: match explanations in full (tooltip and detail pane), the essential distance
// limit among the lines.
#include "core/services/desk.h"
#include "tests/support/catch.h"
#include "tests/support/placementwalk.h"
#include "ui/matching/matchresultspanel.h"

#include <QTextBrowser>
#include <QTreeWidget>

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
    QTreeWidget* tree = panel.tree();
    REQUIRE(tree->topLevelItemCount() >= 2);
    QTreeWidgetItem* first = tree->topLevelItem(0);
    // The essential distance limit is the first line under the candidate.
    REQUIRE(first->childCount() > 1);
    CHECK(first->child(0)->text(0) == QStringLiteral("Essential limit met"));
    CHECK(first->child(0)->text(4).contains(
        QStringLiteral("miles from home, within the essential limit of 25 miles")));
    // Every explanation's whole text is its tooltip.
    for (int i = 0; i < first->childCount(); ++i) {
        CHECK_FALSE(first->child(i)->text(4).isEmpty());
        CHECK(first->child(i)->toolTip(4) == first->child(i)->text(4));
    }
    // The detail pane shows the selected candidate with every line in full.
    tree->setCurrentItem(tree->topLevelItem(1)->child(2));
    CHECK(panel.selectedCandidate() == 2);
    const QString detail = panel.detail()->toPlainText();
    const QString name = tree->topLevelItem(1)->text(0);
    CHECK(detail.startsWith(name));
    CHECK(detail.contains(QStringLiteral("within the essential limit of 25 miles")));
    for (int i = 0; i < tree->topLevelItem(1)->childCount(); ++i)
        CHECK(detail.contains(tree->topLevelItem(1)->child(i)->text(4)));
}
