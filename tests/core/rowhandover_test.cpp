// SPDX-License-Identifier: GPL-3.0-or-later
// Rows read on one thread and built on another (core/storage/rowhandover.h): every batch built once,
// in the order read, and a failure on either side stops both and is what the caller gets.
// Storage's own test: the handover is storage-internal, so it compiles as storage does.
#define PD_STORAGE_INTERNAL
#include "core/storage/rowhandover.h"
#include "tests/support/catch.h"
#include "tests/support/tempdatabase.h"

#include <QThread>
#include <vector>

using namespace pd::core;

namespace {

struct Numbers {
    std::vector<int> values;
};

/// Reads 0, 1, 2… `total` numbers in batches of 7; fails at `failAt` if set.
struct Reader {
    int total = 0;
    int failAt = -1;
    int next = 0;
    Result<bool> operator()(Numbers& batch) {
        batch.values.clear();
        while (batch.values.size() < 7 && next < total) {
            if (next == failAt)
                return Error::invalid(QStringLiteral("the reader failed at %1").arg(next));
            batch.values.push_back(next++);
        }
        return next < total;
    }
};

} // namespace

TEST_CASE("rows handed to a second thread are built once each, in the order read", "[storage][threads]") {
    for (const bool twoThreads : {false, true}) {
        CAPTURE(twoThreads);
        Reader read{1000};
        std::vector<int> built;
        QThread* builtOn = nullptr;
        const Status s =
            readAndBuild<Numbers>(twoThreads, std::ref(read), [&](const Numbers& batch) -> Status {
                builtOn = QThread::currentThread();
                built.insert(built.end(), batch.values.begin(), batch.values.end());
                return {};
            });
        PD_REQUIRE_OK(s);
        REQUIRE(built.size() == 1000);
        for (int i = 0; i < 1000; ++i)
            REQUIRE(built[std::size_t(i)] == i);
        CHECK((builtOn == QThread::currentThread()) == !twoThreads);
    }
}

TEST_CASE("a failure to build stops the reading and is returned", "[storage][threads]") {
    for (const bool twoThreads : {false, true}) {
        CAPTURE(twoThreads);
        Reader read{100000};
        int batches = 0;
        const Status s = readAndBuild<Numbers>(twoThreads, std::ref(read), [&](const Numbers&) -> Status {
            if (++batches == 3)
                return Error::invalid(QStringLiteral("the third batch cannot be built"));
            return {};
        });
        REQUIRE_FALSE(s);
        CHECK(s.error().message == QStringLiteral("the third batch cannot be built"));
        CHECK(batches == 3);
        // The reader stopped within the batches in flight, not at the end of the table.
        CHECK(read.next <= 7 * 6);
    }
}

TEST_CASE("a failure to read is returned after the batches before it are built", "[storage][threads]") {
    for (const bool twoThreads : {false, true}) {
        CAPTURE(twoThreads);
        Reader read{1000, 50};
        std::vector<int> built;
        const Status s =
            readAndBuild<Numbers>(twoThreads, std::ref(read), [&](const Numbers& batch) -> Status {
                built.insert(built.end(), batch.values.begin(), batch.values.end());
                return {};
            });
        REQUIRE_FALSE(s);
        CHECK(s.error().message == QStringLiteral("the reader failed at 50"));
        CHECK(built.size() == 49); // seven batches of seven
    }
}
