// SPDX-License-Identifier: GPL-3.0-or-later
// Filter-as-you-type on a 50,000-row referral list (DESIGN.md budget: <= 50 ms per keystroke).
// Each iteration is one keystroke as the Referrals tab handles it: new search text on the
// sorting proxy, then the counts per state.
#include "ui/models/referralfilterproxy.h"
#include "ui/models/referrallistmodel.h"

#include <QCoreApplication>
#include <benchmark/benchmark.h>

using namespace pd;

namespace {

QList<core::ReferralListRow> rows(int count) {
    static const char* first[] = {"Amy",   "Ben",   "Cara",  "Dylan", "Ella", "Finn",  "Grace",
                                  "Harry", "Isla",  "Jack",  "Kai",   "Lily", "Mason", "Nia",
                                  "Oscar", "Poppy", "Quinn", "Ruby",  "Sam",  "Tia"};
    static const char* last[] = {"Smith",   "Jones",  "Taylor",   "Brown",  "Williams", "Wilson",
                                 "Johnson", "Davies", "Robinson", "Wright", "Thompson", "Evans",
                                 "Walker",  "White",  "Roberts",  "Green"};
    const QList<core::ReferralState> states = core::all<core::ReferralState>();
    QList<core::ReferralListRow> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        core::ReferralListRow r;
        r.id = i + 1;
        r.reference = QStringLiteral("R-%1-%2").arg(2016 + i % 10).arg(i, 5, 10, QLatin1Char('0'));
        r.state = states[i % states.size()];
        r.emergency = i % 9 == 0;
        r.neededBy = i % 3 == 0 ? QStringLiteral("Today") : QStringLiteral("in more than 5 days");
        r.officer = QStringLiteral("officer%1").arg(i % 12);
        r.socialWorker = QStringLiteral("%1 %2").arg(QLatin1String(first[(i * 7) % 20]),
                                                     QLatin1String(last[(i * 3) % 16]));
        r.receivedAt = QDateTime(QDate(2016, 4, 1).addDays(i % 3650), QTime(9, 0));
        r.children =
            QStringLiteral("%1 %2").arg(QLatin1String(first[i % 20]), QLatin1String(last[(i / 20) % 16]));
        out << r;
    }
    return out;
}

void BM_ReferralFilterKeystroke(benchmark::State& state) {
    ui::ReferralListModel model;
    model.setRows(rows(int(state.range(0))));
    ui::ReferralFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(Qt::UserRole);
    if (state.range(1))
        proxy.sort(ui::ReferralListModel::Received, Qt::DescendingOrder);
    const QStringList typing{QStringLiteral("g"),         QStringLiteral("gr"),
                             QStringLiteral("gra"),       QStringLiteral("grac"),
                             QStringLiteral("grace"),     QStringLiteral("grace "),
                             QStringLiteral("grace w"),   QStringLiteral("grace wi"),
                             QStringLiteral("grace wil"), QStringLiteral("")};
    qsizetype i = 0;
    int shown = 0;
    for (auto _ : state) {
        proxy.setSearchText(typing[i++ % typing.size()]);
        shown = proxy.rowCount();
        benchmark::DoNotOptimize(proxy.countsPerState());
    }
    state.counters["rows_shown_last"] = shown;
}
BENCHMARK(BM_ReferralFilterKeystroke)->Args({50000, 1})->Args({50000, 0})->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
