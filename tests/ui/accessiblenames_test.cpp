// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, must-show 3 (offscreen half): every control a person can use in the main window and
// in a referral window has a name in the accessibility tree (what a screen reader says). The
// tree is walked through QAccessible, every page of every tab brought to the front in turn.
// scripts/a11y-check.py walks the same windows through AT-SPI under Xvfb.
#include "core/services/desk.h"
#include "tests/support/catch.h"
#include "tests/support/placementwalk.h"
#include "ui/mainwindow.h"
#include "ui/referrals/referralform.h"
#include "ui/referrals/referralsarea.h"
#include "ui/referrals/referralwindow.h"

#include <QAccessible>
#include <QApplication>
#include <QSet>
#include <QTabWidget>
#include <QTest>

using namespace pd;

namespace {

bool interactive(QAccessible::Role role) {
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::EditableText:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::MenuItem:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

/// Lists and tables are named as a whole; their rows and cells are the data they show.
bool holdsData(QAccessible::Role role) {
    return role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree ||
           role == QAccessible::TreeItem || role == QAccessible::ListItem || role == QAccessible::Cell ||
           role == QAccessible::Row || role == QAccessible::ColumnHeader || role == QAccessible::RowHeader;
}

QString describe(QAccessibleInterface* a) {
    QString what =
        QAccessible::staticMetaObject.enumerator(QAccessible::staticMetaObject.indexOfEnumerator("Role"))
            .valueToKey(a->role());
    if (QObject* o = a->object()) {
        what += u' ' + QString::fromLatin1(o->metaObject()->className());
        if (!o->objectName().isEmpty())
            what += u' ' + o->objectName();
        for (QObject* p = o->parent(); p; p = p->parent())
            if (QByteArray(p->metaObject()->className()).startsWith("pd::")) {
                what += QStringLiteral(" in ") + QString::fromLatin1(p->metaObject()->className());
                break;
            }
        const QVariant text = o->property("text");
        if (text.isValid() && !text.toString().isEmpty())
            what += QStringLiteral(" (text '%1')").arg(text.toString());
        const QVariant tip = o->property("toolTip");
        if (tip.isValid() && !tip.toString().isEmpty())
            what += QStringLiteral(" (tooltip '%1')").arg(tip.toString().left(60));
    }
    return what;
}

void walk(QAccessibleInterface* a, QStringList* unnamed, int* counted, QSet<QAccessibleInterface*>* seen) {
    if (!a || !a->isValid() || seen->contains(a) || a->state().invisible)
        return;
    seen->insert(a);
    const QAccessible::Role role = a->role();
    if (interactive(role)) {
        ++*counted;
        if (a->text(QAccessible::Name).trimmed().isEmpty())
            *unnamed << describe(a);
    }
    if (holdsData(role))
        return;
    for (int i = 0; i < a->childCount(); ++i)
        walk(a->child(i), unnamed, counted, seen);
}

/// Every unnamed interactive control of the window, every page of its tab widgets in front in turn.
QStringList unnamedIn(QWidget* window, int* counted) {
    QStringList unnamed;
    QSet<QAccessibleInterface*> seen;
    const auto tabs = window->findChildren<QTabWidget*>();
    walk(QAccessible::queryAccessibleInterface(window), &unnamed, counted, &seen);
    for (QTabWidget* t : tabs) {
        for (int i = 0; i < t->count(); ++i) {
            t->setCurrentIndex(i);
            QApplication::processEvents();
            seen.clear();
            walk(QAccessible::queryAccessibleInterface(window), &unnamed, counted, &seen);
        }
    }
    unnamed.removeDuplicates();
    return unnamed;
}

} // namespace

TEST_CASE("every control of the main window and of a referral window has an accessible name",
          "[ui][accessibility][issue14]") {
    test::PlacementWalk w;
    ui::MainWindow window;
    window.setDesk(std::make_unique<core::Desk>(w.t.openAnother(QStringLiteral("tester"))));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    int controls = 0;
    const QStringList mainUnnamed = unnamedIn(&window, &controls);
    INFO("main window, unnamed:\n" << mainUnnamed.join(u'\n').toStdString());
    CHECK(controls > 30);
    CHECK(mainUnnamed.isEmpty());

    ui::ReferralWindow* referral = window.area<ui::ReferralsArea>()->openReferral(w.referralId);
    REQUIRE(referral);
    REQUIRE(QTest::qWaitForWindowExposed(referral));
    int referralControls = 0;
    const QStringList referralUnnamed = unnamedIn(referral, &referralControls);
    INFO("referral window, unnamed:\n" << referralUnnamed.join(u'\n').toStdString());
    CHECK(referralControls > 60);
    CHECK(referralUnnamed.isEmpty());
}
