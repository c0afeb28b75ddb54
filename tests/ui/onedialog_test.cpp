// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, item 6: each decision is one dialog with labelled fields, never a chain of prompts.
#include "core/services/desk.h"
#include "tests/support/catch.h"
#include "tests/support/placementwalk.h"
#include "ui/dashboard/budgetlinedialog.h"
#include "ui/matching/decisiondialog.h"
#include "ui/referrals/workflowpanel.h"
#include "ui/widgets/reasondialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

using namespace pd;
using core::ReferralEvent;

TEST_CASE("putting a referral on hold asks for the reason once, in one labelled dialog",
          "[ui][decisions][issue14]") {
    test::PlacementWalk w;
    ui::WorkflowPanel panel;
    panel.setReferral(&w.officer(), w.referralId);
    QPushButton* hold = panel.button(ReferralEvent::Hold);
    REQUIRE(hold);
    REQUIRE(hold->isEnabled());
    int dialogs = 0;
    QString label, refusal;
    bool inputDialog = false;
    std::function<void()> answer = [&] {
        QWidget* modal = QApplication::activeModalWidget();
        inputDialog = inputDialog || qobject_cast<QInputDialog*>(modal);
        auto* dialog = qobject_cast<ui::ReasonDialog*>(modal);
        if (!dialog) {
            FAIL_CHECK("no reason dialog opened");
            if (modal)
                modal->close();
            return;
        }
        ++dialogs;
        for (QLabel* l : dialog->findChildren<QLabel*>())
            if (l->buddy() == dialog->reasonEdit())
                label = l->text();
        // Empty: refused inside the same dialog, which stays open.
        CHECK_FALSE(dialog->tryAccept());
        CHECK(dialog->isVisible());
        refusal = dialog->messageLabel()->text();
        dialog->setReason(QStringLiteral("Waiting for the court hearing on 14/12/2026."));
        CHECK(dialog->tryAccept());
    };
    QTimer::singleShot(0, answer);
    hold->click();
    CHECK(dialogs == 1);
    CHECK_FALSE(inputDialog);
    CHECK(label == QStringLiteral("Why the referral is put on hold (required):"));
    CHECK(refusal.contains(QStringLiteral("Write why the referral is put on hold first")));
    auto history = w.officer().referrals().history(w.referralId);
    PD_REQUIRE_OK(history);
    int comments = 0;
    for (const core::ReferralTransition& t : history.value())
        comments += t.comment == QStringLiteral("Waiting for the court hearing on 14/12/2026.");
    CHECK(comments == 1);
    auto r = w.officer().referrals().load(w.referralId);
    PD_REQUIRE_OK(r);
    CHECK(r->state == core::ReferralState::OnHold);
}

TEST_CASE("a budget line is added in one dialog with its name and category", "[ui][decisions][issue14]") {
    ui::BudgetLineDialog dialog;
    CHECK_FALSE(dialog.tryAccept());
    CHECK(dialog.findChildren<QLabel*>().last()->text().isEmpty() == false);
    dialog.nameEdit()->setText(QStringLiteral("  IFA placements "));
    dialog.categoryBox()->setCurrentIndex(dialog.categoryBox()->findText(QStringLiteral("IFA")));
    CHECK(dialog.tryAccept());
    CHECK(dialog.name() == QStringLiteral("IFA placements"));
    CHECK(dialog.category() == QStringLiteral("ifa"));
}

TEST_CASE("permission to place asks for a budget holder only above the limit", "[ui][decisions][issue14]") {
    test::PlacementWalk w;
    const qint64 cheap = w.offer(w.inHouse, 311);
    PD_REQUIRE_OK(w.officer().options().present(w.referralId, QStringLiteral("One carer.")));
    core::PlacementChoice choice;
    choice.referralId = w.referralId;
    choice.offerId = cheap;
    choice.childView = QStringLiteral("Likes the garden.");
    choice.familyView = QStringLiteral("Close to school.");
    PD_REQUIRE_OK(w.socialWorker->choice().record(choice));
    ui::DecisionDialog decision(*w.manager, w.referralId);
    decision.show();
    CHECK_FALSE(decision.needsBudgetHolder()); // £311: below the £1,500 limit
    CHECK(decision.budgetHolder()->isHidden());
    auto* fee = decision.findChild<QDoubleSpinBox*>();
    REQUIRE(fee);
    fee->setValue(1900);
    CHECK(decision.needsBudgetHolder());
    CHECK(decision.budgetHolder()->isVisible());
}
