// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, must-show 2: the journey from a new referral to permission to place with the keyboard
// only (key events to the widget that has the focus; no mouse, no click(), no slot called). An
// officer writes and submits the referral, a manager approves it at panel, the officer passes the
// quality check, records an offer from a match and presents the options, the social worker records
// the choice and the manager gives permission: the placement is in the file.
#include "core/services/desk.h"
#include "tests/support/catch.h"
#include "tests/support/placementwalk.h"
#include "ui/mainwindow.h"
#include "ui/referrals/referralform.h"
#include "ui/referrals/referralsarea.h"
#include "ui/referrals/referralwindow.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace pd;

namespace {

QWidget* target() {
    if (QWidget* w = QApplication::focusWidget())
        return w;
    return QApplication::activeWindow();
}

/// A key pressed where the focus is, as the keyboard would.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QWidget* w = target();
    REQUIRE(w);
    QTest::keyClick(w, key, modifiers);
    QApplication::processEvents(); // what follows a key (an editor's commit) before the next one
}

/// Alt+letter; a button it presses is clicked 100 ms later (QAbstractButton::animateClick), so the
/// keyboard waits that long, as a person would before the next key.
void alt(Qt::Key key) {
    press(key, Qt::AltModifier);
    QTest::qWait(150);
}

/// Text typed a character at a time where the focus is (a table cell's editor opens on the first).
void type(const QString& text) {
    for (QChar c : text) {
        QWidget* w = target();
        REQUIRE(w);
        QTest::keyClick(w, c.toLatin1());
        QApplication::processEvents();
    }
}

/// The same as type() and press(), for use inside a dialog's own event loop, where an exception
/// must not pass (no REQUIRE there).
void typeIn(const QString& text) {
    for (QChar c : text)
        if (QWidget* w = target()) {
            QTest::keyClick(w, c.toLatin1());
            QApplication::processEvents();
        }
}
void pressIn(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    if (QWidget* w = target())
        QTest::keyClick(w, key, modifiers);
}

/// Waits for what the GUI does after a key (a window shown, a list read off the GUI thread).
template <typename Predicate> bool eventually(Predicate done) {
    for (int i = 0; i < 500 && !done(); ++i)
        QTest::qWait(10);
    return done();
}

/// Acts on the next modal dialog of the class once it is shown and has the focus, inside its
/// exec() (the key that opens it returns only when it closes).
class NextDialog {
  public:
    NextDialog(const char* className, std::function<void(QWidget*)> act) : m_class(className) {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this, act] {
            QWidget* m = QApplication::activeModalWidget();
            if (!m || !m->inherits(m_class) || !m->isVisible() || QApplication::activeWindow() != m)
                return;
            m_timer.stop();
            m_seen = true;
            act(m);
        });
        m_timer.start();
    }
    /// Whether the dialog came and was acted on; on a busy machine the button's delayed click may
    /// not have come within alt()'s wait, so this waits for it (up to 5 s) instead of failing.
    bool seen() {
        return eventually([this] { return m_seen; });
    }

  private:
    const char* m_class;
    QTimer m_timer;
    bool m_seen = false;
};

/// Any message box that comes up is an error the journey did not expect: noted and closed.
struct MessageWatch {
    QStringList messages;
    QTimer timer;
    MessageWatch() {
        timer.setInterval(20);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            for (QWidget* w : QApplication::topLevelWidgets())
                if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                    messages << box->text();
                    qWarning("Unexpected message: %s", qPrintable(box->text()));
                    box->reject();
                }
        });
        timer.start();
    }
};

void activate(QWidget* w) {
    w->show();
    w->raise();
    w->activateWindow();
    QApplication::setActiveWindow(w);
    REQUIRE(eventually([w] { return QApplication::activeWindow() == w; }));
}

/// Ctrl+2, Ctrl+F, the child's name, Down, Enter: the referral window the search finds.
ui::ReferralWindow* openBySearch(ui::MainWindow& window, const QString& name) {
    activate(&window);
    press(Qt::Key_2, Qt::ControlModifier);
    auto* referrals = window.area<ui::ReferralsArea>();
    REQUIRE(window.tabs()->currentWidget() == referrals);
    press(Qt::Key_F, Qt::ControlModifier);
    REQUIRE(QApplication::focusWidget() == static_cast<QWidget*>(referrals->searchEdit()));
    REQUIRE(eventually([referrals] { return referrals->view()->model()->rowCount() > 0; }));
    type(name);
    REQUIRE(referrals->view()->model()->rowCount() == 1);
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    ui::ReferralWindow* opened = nullptr;
    REQUIRE(eventually([&opened] {
        opened = qobject_cast<ui::ReferralWindow*>(QApplication::activeWindow());
        return opened != nullptr;
    }));
    return opened;
}

/// After a dialog: the window under it is active again. A window system gives it back; the
/// offscreen platform does not, so the test does what the window system would.
bool backIn(QWidget* window) {
    if (!eventually([] { return !QApplication::activeModalWidget(); }))
        return false;
    if (!QApplication::activeWindow())
        QApplication::setActiveWindow(window);
    return eventually([window] { return QApplication::activeWindow() == window; });
}

/// A step of the workflow panel by its Alt+letter, its comment box taken with Ctrl+Enter.
void step(Qt::Key letter, const QString& comment) {
    QWidget* under = QApplication::activeWindow();
    NextDialog reason("pd::ui::ReasonDialog", [comment](QWidget*) {
        typeIn(comment);
        pressIn(Qt::Key_Return, Qt::ControlModifier);
    });
    alt(letter);
    REQUIRE(reason.seen());
    REQUIRE(backIn(under));
}

QString stateOf(core::Desk& desk, qint64 id) {
    auto r = desk.referrals().load(id);
    REQUIRE(r.ok());
    return core::code(r->state);
}

} // namespace

TEST_CASE("keyboard only: from a new referral to permission to place", "[ui][keyboard][journey][issue14]") {
    test::PlacementWalk w; // the register, the budget lines and the people; its own referral is Amy's
    MessageWatch watch;
    const QDate neededBy = QDate::currentDate().addDays(4);

    ui::MainWindow officers;
    officers.setDesk(std::make_unique<core::Desk>(w.t.openAnother(QStringLiteral("tester"))));
    activate(&officers);
    // Ctrl+1...5 are the areas, in the order of the tabs.
    for (int i : {4, 3, 2, 1, 0}) {
        press(Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        CHECK(officers.tabs()->currentIndex() == i);
    }

    // Ctrl+N: a new referral, with the focus on its first field.
    press(Qt::Key_N, Qt::ControlModifier);
    ui::ReferralWindow* referral = nullptr;
    REQUIRE(eventually([&referral] {
        referral = qobject_cast<ui::ReferralWindow*>(QApplication::activeWindow());
        return referral != nullptr;
    }));
    REQUIRE(QApplication::focusWidget() == static_cast<QWidget*>(referral->form()->socialWorkerEdit()));
    type(QStringLiteral("J. Okafor"));
    press(Qt::Key_Tab); // the officer, filled in
    press(Qt::Key_Tab); // when it is needed
    type(QStringLiteral("i"));
    alt(Qt::Key_B); // Needed by
    type(neededBy.toString(QStringLiteral("dd/MM/yyyy")));
    alt(Qt::Key_P); // Home postcode
    type(QStringLiteral("RV1 2AB"));
    alt(Qt::Key_I); // the children's table, its first cell
    type(QStringLiteral("Nia"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Keyes"));
    press(Qt::Key_Tab);
    type(QStringLiteral("02/05/2014"));
    press(Qt::Key_Tab);
    type(QStringLiteral("F"));
    for (int i = 0; i < 5; ++i) // ethnicity, religion, language, needs: left empty
        press(Qt::Key_Tab);
    type(QStringLiteral("C2"));
    press(Qt::Key_Return);

    alt(Qt::Key_N); // Needs and risks: communication needs, its first field
    type(QStringLiteral("N"));
    alt(Qt::Key_Q); // Requirements: foster care, its first field
    type(QStringLiteral("P"));
    alt(Qt::Key_C);     // Criteria and outcomes: the essential criteria
    press(Qt::Key_Tab); // Add essential
    press(Qt::Key_Space);
    press(Qt::Key_Return); // the first kind, Placement type: …
    press(Qt::Key_Right);
    press(Qt::Key_F2);
    type(QStringLiteral("F")); // Foster
    press(Qt::Key_Return);
    alt(Qt::Key_O); // Expected outcomes
    type(QStringLiteral("Settles at school"));
    press(Qt::Key_S, Qt::ControlModifier);

    INFO(referral->validationLabel()->text().toStdString());
    const qint64 id = referral->referralId();
    REQUIRE(id > 0);
    auto stored = w.officer().referrals().load(id);
    PD_REQUIRE_OK(stored);
    REQUIRE(stored->children.size() == 1);
    CHECK(stored->children[0].firstName == QStringLiteral("Nia"));
    CHECK(stored->children[0].dateOfBirth == QDate(2014, 5, 2));
    CHECK(stored->children[0].legalStatus == QStringLiteral("C2"));
    CHECK(stored->neededBy == QStringLiteral("in less than 5 days"));
    CHECK(stored->neededByDate == neededBy);
    CHECK(stored->homePostcode == QStringLiteral("RV1 2AB"));
    CHECK(stored->communicationNeeds == QStringLiteral("N"));
    CHECK(stored->fosterCareSuitability == QStringLiteral("Preferred"));
    INFO((stored->essentialCriteria.value(0).kind + u'=' + stored->essentialCriteria.value(0).value)
             .toStdString());
    CHECK(stored->essentialCriteria ==
          QList<core::Criterion>{{QStringLiteral("placementType"), QStringLiteral("foster")}});
    CHECK(stored->expectedOutcomes == QStringList{QStringLiteral("Settles at school")});

    step(Qt::Key_U, QStringLiteral("Ready")); // Submit
    CHECK(stateOf(w.officer(), id) == QStringLiteral("Submitted"));
    step(Qt::Key_A, QString()); // Send to panel
    CHECK(stateOf(w.officer(), id) == QStringLiteral("AwaitingPanel"));
    press(Qt::Key_Escape); // closes the referral window
    CHECK_FALSE(referral->isVisible());

    // The manager approves it at panel.
    ui::MainWindow managers;
    managers.setDesk(std::make_unique<core::Desk>(w.t.openAnother(QStringLiteral("boss"))));
    ui::ReferralWindow* atPanel = openBySearch(managers, QStringLiteral("Nia"));
    REQUIRE(atPanel->referralId() == id);
    step(Qt::Key_A, QStringLiteral("Approved at the panel of today"));
    CHECK(stateOf(w.officer(), id) == QStringLiteral("QualityCheck"));
    press(Qt::Key_Escape);

    // The officer passes the quality check and records an offer from the first match.
    ui::ReferralWindow* searching = openBySearch(officers, QStringLiteral("Nia"));
    step(Qt::Key_K, QString());
    CHECK(stateOf(w.officer(), id) == QStringLiteral("Searching"));
    alt(Qt::Key_M); // Matches: the first candidate is selected
    {
        NextDialog offerForm("pd::ui::OfferDialog", [](QWidget*) { pressIn(Qt::Key_R, Qt::AltModifier); });
        alt(Qt::Key_O); // Record an offer for this home
        REQUIRE(offerForm.seen());
    }
    REQUIRE(backIn(searching));
    CHECK(w.number(QStringLiteral("SELECT COUNT(*) FROM offers WHERE referral_id = %1").arg(id)) == 1);
    {
        NextDialog paper("pd::ui::OptionsPaperDialog", [](QWidget*) {
            typeIn(QStringLiteral("One carer had a vacancy"));
            pressIn(Qt::Key_Return);
        });
        alt(Qt::Key_P); // Options paper, on the Offers page the offer form left in front
        REQUIRE(paper.seen());
    }
    REQUIRE(backIn(searching));
    CHECK(stateOf(w.officer(), id) == QStringLiteral("AwaitingDecision"));
    // Issue 14, item 5: the heading moves on with the panel (it said Searching).
    CHECK(searching->heading()->text().endsWith(QStringLiteral("Awaiting decision")));
    press(Qt::Key_Escape);
    CHECK_FALSE(searching->isVisible());

    // The social worker records the choice.
    ui::MainWindow socialWorkers;
    socialWorkers.setDesk(std::make_unique<core::Desk>(w.t.openAnother(QStringLiteral("sw"))));
    ui::ReferralWindow* choosing = openBySearch(socialWorkers, QStringLiteral("Nia"));
    alt(Qt::Key_F); // Offers
    {
        NextDialog choice("pd::ui::ChoiceDialog", [](QWidget*) {
            pressIn(Qt::Key_Tab);
            typeIn(QStringLiteral("I liked the garden"));
            pressIn(Qt::Key_Tab);
            typeIn(QStringLiteral("Near enough for visits"));
            pressIn(Qt::Key_R, Qt::AltModifier);
        });
        alt(Qt::Key_W); // Social worker's choice
        REQUIRE(choice.seen());
    }
    REQUIRE(backIn(choosing));
    CHECK(w.number(QStringLiteral("SELECT COUNT(*) FROM placement_choices WHERE referral_id = %1").arg(id)) ==
          1);
    press(Qt::Key_Escape);

    // The manager gives permission to place; the contract's print preview is closed with Esc.
    openBySearch(managers, QStringLiteral("Nia"));
    alt(Qt::Key_F);
    {
        NextDialog preview("QPrintPreviewDialog", [](QWidget*) { pressIn(Qt::Key_Escape); });
        NextDialog decision("pd::ui::DecisionDialog", [](QWidget*) { pressIn(Qt::Key_Return); });
        alt(Qt::Key_L); // Permission to place
        REQUIRE(decision.seen());
        CHECK(preview.seen());
    }
    INFO(watch.messages.join(QStringLiteral(" / ")).toStdString());
    CHECK(watch.messages.isEmpty());
    CHECK(stateOf(w.officer(), id) == QStringLiteral("Placed"));
    CHECK(w.number(QStringLiteral("SELECT COUNT(*) FROM placements p JOIN children c ON c.id = p.child_id "
                                  "WHERE p.referral_id = %1 AND c.first_name = 'Nia'")
                       .arg(id)) == 1);
    CHECK(
        w.number(QStringLiteral("SELECT COUNT(*) FROM offers WHERE referral_id = %1 AND status = 'accepted'")
                     .arg(id)) == 1);
}
