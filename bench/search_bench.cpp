// SPDX-License-Identifier: GPL-3.0-or-later
// The search across everything (Ctrl+K) on a demo database: one search as the popup runs it when
// typing pauses (four reads, eight records a kind). PD_SEARCH_DB names the file, a copy of a
// `placement-desk demo --scale 100` database (opening it may migrate it: never the original).
#include "core/services/desk.h"

#include <QCoreApplication>
#include <benchmark/benchmark.h>

using namespace pd;

namespace {

const QStringList kTexts{QStringLiteral("ab"),          QStringLiteral("abbott"),
                         QStringLiteral("jasmine abb"), QStringLiteral("rv7 8"),
                         QStringLiteral("R-2026-0042"), QStringLiteral("riverton"),
                         QStringLiteral("zzzz")};

core::Desk& desk() {
    static std::unique_ptr<core::Desk> d = [] {
        const QString path = qEnvironmentVariable("PD_SEARCH_DB");
        if (path.isEmpty())
            qFatal("Set PD_SEARCH_DB to a copy of a demo database.");
        auto opened = core::Desk::open(path);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().message));
        return std::move(opened.value());
    }();
    return *d;
}

void BM_SearchEverything(benchmark::State& state) {
    const QString text = kTexts.at(int(state.range(0)));
    qsizetype found = 0;
    for (auto _ : state) {
        auto r = desk().search().find(text);
        if (!r) {
            state.SkipWithError(qPrintable(r.error().message));
            return;
        }
        found = r->hits.size();
    }
    state.SetLabel(text.toStdString());
    state.counters["records"] = double(found);
}
BENCHMARK(BM_SearchEverything)->DenseRange(0, 6)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
