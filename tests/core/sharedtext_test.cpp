// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13: an episode's codes and postcodes are SharedTexts, one pooled QString per distinct value.
#include "core/domain/placementhistory.h"
#include "core/domain/sharedtext.h"
#include "core/storage/interner.h"
#include "tests/support/catch.h"

#include <QHash>
#include <thread>
#include <type_traits>

using namespace pd::core;

TEST_CASE("a shared text is one pooled value per distinct text, compared as the text it is",
          "[core][domain][issue13]") {
    const SharedText a(QStringLiteral("RV1 2AB"));
    const SharedText b(QString::fromUtf8("RV1 2AB")); // built apart: the same pooled value
    CHECK(&a.str() == &b.str());
    CHECK(a == b);
    CHECK(a == QStringLiteral("RV1 2AB"));
    CHECK(QStringLiteral("RV1 2AB") == a);
    CHECK(a == QLatin1String("RV1 2AB"));
    CHECK(a == u"RV1 2AB");
    CHECK(a != SharedText(QStringLiteral("RV1 2AC")));
    CHECK(SharedText(QStringLiteral("A")) < SharedText(QStringLiteral("B")));
    const QString& asText = a; // read as a QString without a copy
    CHECK(asText.size() == 7);
    CHECK(a->startsWith(QLatin1String("RV1")));
    // Null and empty are the same empty text.
    CHECK(SharedText().isEmpty());
    CHECK(SharedText(QString()) == SharedText(QStringLiteral("")));
    CHECK(SharedText().str().isEmpty());
    // Keys of a hash by their text.
    QHash<SharedText, int> byText;
    byText.insert(a, 1);
    CHECK(byText.value(SharedText(QStringLiteral("RV1 2AB"))) == 1);
    // UTF-8 beyond Latin-1 kept as it is.
    CHECK(SharedText(QStringLiteral("Zoë Ångström")) == QStringLiteral("Zoë Ångström"));
    // An episode is copied without reference counts: a plain copy of bytes.
    STATIC_REQUIRE(std::is_trivially_copyable_v<SharedText>);
    STATIC_REQUIRE(sizeof(SharedText) == sizeof(void*));
}

TEST_CASE("shared texts built on two threads at once are the same pooled values", "[core][domain][issue13]") {
    const auto build = [] {
        QList<const QString*> out;
        for (int i = 0; i < 5000; ++i)
            out << &SharedText(QStringLiteral("URN%1").arg(i)).str();
        return out;
    };
    QList<const QString*> first;
    QList<const QString*> second;
    std::thread one([&] { first = build(); });
    std::thread two([&] { second = build(); });
    one.join();
    two.join();
    REQUIRE(first.size() == 5000);
    CHECK(first == second);
    CHECK(*first[4999] == QStringLiteral("URN4999"));
}

TEST_CASE("the interner hands out shared texts for a column's repeated values", "[core][storage][issue13]") {
    TextInterner interner;
    const SharedText p = interner.get("P", 1);
    const SharedText again = interner.get("P", 1);
    CHECK(&p.str() == &again.str());
    CHECK(&p.str() == &SharedText(QStringLiteral("P")).str()); // the program's pool, not the reader's
    CHECK(interner.get(nullptr, 0).isEmpty());
}
