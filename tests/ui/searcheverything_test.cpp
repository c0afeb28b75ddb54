// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, "search across everything" and item 9 (Down/Enter from a search box): Ctrl+K or the
// box at the right of the menu bar finds referrals, children, providers and homes, grouped and
// named; Up/Down choose, Enter opens the record, Esc closes. Keyboard only: key events go to the
// widget that has the focus.
#include "core/services/desk.h"
#include "tests/support/catch.h"
#include "tests/support/searchfixture.h"
#include "tests/support/tempdatabase.h"
#include "ui/children/childpage.h"
#include "ui/mainwindow.h"
#include "ui/models/searchresultsmodel.h"
#include "ui/referrals/referralwindow.h"
#include "ui/register/providerpage.h"
#include "ui/search/searchpopup.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace pd;

namespace {

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QWidget* w = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
    REQUIRE(w);
    QTest::keyClick(w, key, modifiers);
    QApplication::processEvents();
}

void type(const QString& text) {
    for (QChar c : text) {
        QWidget* w = QApplication::focusWidget();
        REQUIRE(w);
        QTest::keyClicks(w, QString(c));
        QApplication::processEvents();
    }
}

/// Waits for what follows a key (a search off the GUI thread, a window shown); no time is asserted.
template <typename Predicate> bool eventually(Predicate done) {
    for (int i = 0; i < 1000 && !done(); ++i)
        QTest::qWait(10);
    return done();
}

/// The name in the chosen row of the results.
QString chosen(ui::SearchPopup* popup) {
    const QModelIndex current = popup->resultsView()->currentIndex();
    return current.isValid() ? current.siblingAtColumn(ui::SearchResultsModel::Name).data().toString()
                             : QString();
}

bool searchedFor(ui::SearchPopup* popup, const QString& text) {
    return eventually([popup, text] { return popup->model()->results().text == text; });
}

} // namespace

TEST_CASE("search everything by keyboard: Ctrl+K, the name, Down, Enter opens the record, Esc closes",
          "[ui][search][keyboard][issue14]") {
    test::TempDatabase t;
    const test::SearchFixture f(t.db());
    ui::MainWindow window;
    window.setDesk(std::make_unique<core::Desk>(t.openAnother(QStringLiteral("tester"))));
    window.show();
    window.activateWindow();
    QApplication::setActiveWindow(&window);
    REQUIRE(eventually([&window] { return QApplication::activeWindow() == &window; }));
    ui::SearchPopup* popup = window.searchPopup();
    QAbstractItemModelTester tester(popup->model(), QAbstractItemModelTester::FailureReportingMode::Warning);

    // Ctrl+K: the popup, with the focus in its box.
    press(Qt::Key_K, Qt::ControlModifier);
    REQUIRE(popup->isVisible());
    REQUIRE(QApplication::focusWidget() == static_cast<QWidget*>(popup->searchBox()));
    CHECK(popup->statusLabel()->text().contains(QStringLiteral("two letters")));
    type(QStringLiteral("okafor"));
    REQUIRE(searchedFor(popup, QStringLiteral("okafor")));
    CHECK(popup->model()->hitCount() == 4);
    CHECK(popup->statusLabel()->text().startsWith(QStringLiteral("4 record(s) found")));
    // Rows: Referrals heading, Sam, Nia, Children heading, Nia, Sam.
    REQUIRE(popup->model()->rowCount() == 6);
    CHECK(popup->model()->index(0, 0).data().toString() == QStringLiteral("Referrals"));
    CHECK(popup->model()->index(3, 0).data().toString() == QStringLiteral("Children"));
    CHECK_FALSE(popup->model()->flags(popup->model()->index(3, 0)).testFlag(Qt::ItemIsSelectable));
    CHECK(chosen(popup) == QStringLiteral("Sam Okafor")); // the first record is chosen
    press(Qt::Key_Down);
    CHECK(chosen(popup) == QStringLiteral("Nia Okafor"));
    CHECK(popup->resultsView()->currentIndex().row() == 2);
    press(Qt::Key_Down); // over the Children heading
    CHECK(popup->resultsView()->currentIndex().row() == 4);
    press(Qt::Key_Up);
    CHECK(popup->resultsView()->currentIndex().row() == 2);
    CHECK(QApplication::focusWidget() == static_cast<QWidget*>(popup->searchBox())); // typing goes on
    press(Qt::Key_Return);
    ui::ReferralWindow* referral = nullptr;
    REQUIRE(eventually([&referral] {
        referral = qobject_cast<ui::ReferralWindow*>(QApplication::activeWindow());
        return referral != nullptr;
    }));
    CHECK(referral->referralId() == f.niaReferral);
    CHECK_FALSE(popup->isVisible());
    press(Qt::Key_Escape); // closes the referral window
    REQUIRE(eventually([] { return !qobject_cast<ui::ReferralWindow*>(QApplication::activeWindow()); }));
    QApplication::setActiveWindow(&window); // as a window system would give it back
    REQUIRE(eventually([&window] { return QApplication::activeWindow() == &window; }));

    // Two words in any order; Down past the referral to the child; Enter opens the child's page.
    press(Qt::Key_K, Qt::ControlModifier);
    REQUIRE(popup->searchBox()->selectedText() == QStringLiteral("okafor")); // typing replaces it
    type(QStringLiteral("oka nia"));
    REQUIRE(searchedFor(popup, QStringLiteral("oka nia")));
    CHECK(popup->model()->hitCount() == 2);
    press(Qt::Key_Down);
    CHECK(popup->resultsView()->currentIndex().data(int(ui::SearchResultsModel::Role::Kind)).toInt() ==
          int(core::SearchKind::Child));
    press(Qt::Key_Return);
    ui::ChildPage* child = nullptr;
    REQUIRE(eventually([&child] {
        child = qobject_cast<ui::ChildPage*>(QApplication::activeWindow());
        return child != nullptr;
    }));
    CHECK(child->childId() == f.niaChild);
    press(Qt::Key_Escape);
    REQUIRE(eventually([] { return !qobject_cast<ui::ChildPage*>(QApplication::activeWindow()); }));
    QApplication::setActiveWindow(&window);
    REQUIRE(eventually([&window] { return QApplication::activeWindow() == &window; }));

    // Nothing found says so; Esc closes the popup and the focus goes back.
    press(Qt::Key_K, Qt::ControlModifier);
    type(QStringLiteral("zzqx"));
    REQUIRE(searchedFor(popup, QStringLiteral("zzqx")));
    CHECK(popup->model()->rowCount() == 0);
    CHECK(popup->statusLabel()->text().startsWith(QStringLiteral("Nothing found for \u201czzqx\u201d")));
    press(Qt::Key_Escape);
    CHECK_FALSE(popup->isVisible());
}

TEST_CASE("the menu bar's search box carries on in the popup, and Enter opens a home on its provider's page",
          "[ui][search][keyboard][issue14]") {
    test::TempDatabase t;
    const test::SearchFixture f(t.db());
    ui::MainWindow window;
    window.setDesk(std::make_unique<core::Desk>(t.openAnother(QStringLiteral("tester"))));
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(eventually([&window] { return QApplication::activeWindow() == &window; }));
    ui::SearchPopup* popup = window.searchPopup();
    CHECK(window.searchBox()->placeholderText().contains(QStringLiteral("Ctrl+K")));
    window.searchBox()->setFocus(Qt::TabFocusReason);
    REQUIRE(eventually([&window] { return QApplication::focusWidget() == window.searchBox(); }));

    // The provider page is modal: read it and close it with Esc once it is up.
    qint64 providerShown = 0;
    qint64 homeShown = 0;
    QTimer watch;
    watch.setInterval(10);
    QObject::connect(&watch, &QTimer::timeout, [&] {
        auto* page = qobject_cast<ui::ProviderPage*>(QApplication::activeModalWidget());
        if (!page || !page->isVisible())
            return;
        watch.stop();
        providerShown = page->providerId();
        homeShown = page->chosenProvision();
        QTest::keyClick(page, Qt::Key_Escape);
    });
    watch.start();

    type(QStringLiteral("rv78rc")); // the first letter opens the popup; the rest is typed there
    REQUIRE(popup->isVisible());
    CHECK(window.searchBox()->text().isEmpty());
    REQUIRE(searchedFor(popup, QStringLiteral("rv78rc")));
    REQUIRE(popup->model()->hitCount() == 1);
    CHECK(chosen(popup) == QStringLiteral("Varley household"));
    CHECK(popup->resultsView()->currentIndex().siblingAtColumn(1).data().toString() ==
          QStringLiteral("Riverton Fostering Service \u00b7 RV7 8RC"));
    press(Qt::Key_Return); // returns when the provider page closes
    CHECK(providerShown == f.riverton);
    CHECK(homeShown == f.varleyHomes.at(2));

    // Enter straight after typing, before the search has run: it runs at once and opens the provider.
    providerShown = 0;
    homeShown = 0;
    watch.start();
    QApplication::setActiveWindow(&window);
    press(Qt::Key_K, Qt::ControlModifier);
    type(QStringLiteral("1234567"));
    press(Qt::Key_Return);
    CHECK(providerShown == f.riverton);
}
