// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/interner.h"
#include "tests/support/catch.h"

#include <QStringList>

using namespace pd;

TEST_CASE("the interner gives one shared string per distinct value, through every growth of its table",
          "[core][storage][issue13]") {
    core::Interner interner;
    QList<QString> first;
    QList<QByteArray> keys;
    for (int i = 0; i < 20000; ++i)
        keys << QByteArray("RV") + QByteArray::number(i % 97) + ' ' + QByteArray::number(i);
    for (const QByteArray& k : keys)
        first << interner.get(k.constData(), int(k.size()));
    // Asked again, in another order: the same text, and the same shared data (no second copy).
    for (int i = keys.size() - 1; i >= 0; --i) {
        const QString again = interner.get(keys[i].constData(), int(keys[i].size()));
        REQUIRE(again == QString::fromLatin1(keys[i]));
        REQUIRE(again.constData() == first[i].constData());
    }
    // Empty and null give an empty string; UTF-8 is decoded.
    CHECK(interner.get(nullptr, 0).isEmpty());
    CHECK(interner.get("", 0).isEmpty());
    const QByteArray pound = QStringLiteral("£302").toUtf8();
    CHECK(interner.get(pound.constData(), int(pound.size())) == QStringLiteral("£302"));
}
