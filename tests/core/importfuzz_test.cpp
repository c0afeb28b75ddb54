// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12, must-show 5: a fuzz target per importer. Each loop mutates the example files of
// docs/examples with a fixed seed (the same inputs every run) and imports every mutant into a
// real database file: no input may crash or hang an importer, and after every refusal the
// database file is byte-identical to what it was. docs/robustness.md gives the counts.
#include "core/exchange/postcodeimport.h"
#include "core/exchange/registerimport.h"
#include "core/exchange/ssda903import.h"
#include "core/services/referralexchange.h"
#include "tests/support/catch.h"
#include "tests/support/registerfixture.h"
#include "tests/support/tempdatabase.h"

#include <QFile>
#include <QRandomGenerator>
#include <cstdio>
#include <functional>

using namespace pd::core;
using pd::test::TempDatabase;

namespace {

/// Inputs each importer is given (each test case prints what it did).
constexpr int kInputs = 1500;

QByteArray example(const QString& name) {
    QFile f(QStringLiteral(PD_SOURCE_DIR "/docs/examples/") + name);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QByteArray bytesOf(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

/// Values the testers found bad, and bytes that break parsers, to splice into the examples.
const QList<QByteArray>& tokens() {
    static const QList<QByteArray> list{
        "-1",
        "2147483648",
        "1e9",
        "1e999",
        "NaN",
        "inf",
        "-0",
        "\"920\"",
        "1,0,5,0",
        "\"1,0,5,0\"",
        "2099-01-01",
        "1800-06-19",
        "31/02/2025",
        "19/06/2099",
        "\xe9",
        "\xff\xfe",
        "\xef\xbb\xbf",
        QByteArray(1, '\0'),
        "\x1b[2J",
        "\xc2\x9b",
        "\r",
        "\"",
        "\"\"",
        ",",
        ",,",
        "\n",
        "{",
        "}",
        "[",
        "]",
        ":",
        "null",
        "true",
        "\\u0000",
        "\\ud800",
        "%1 %2",
        "=cmd|'/c calc'!A1",
        "\t=1+1",
        "SC900001",
        "H-014",
        "100001",
        "foster",
        "any",
        "yes",
        "BS5 9QP",
        "52.5",
        "-2.1",
        "99.9",
        "0",
    };
    return list;
}

/// One mutant of seed: a few random edits (flip, insert, delete, splice a token, repeat or drop
/// a line, truncate).
QByteArray mutate(const QByteArray& seed, QRandomGenerator& rng) {
    QByteArray s = seed;
    const int edits = 1 + int(rng.bounded(4));
    for (int e = 0; e < edits && !s.isEmpty(); ++e) {
        const int at = int(rng.bounded(s.size()));
        switch (rng.bounded(8)) {
        case 0:
            s[at] = char(s[at] ^ char(1 << rng.bounded(8)));
            break;
        case 1:
            s.insert(at, char(rng.bounded(256)));
            break;
        case 2:
            s.remove(at, 1 + int(rng.bounded(qMin<qsizetype>(16, s.size() - at))));
            break;
        case 3:
        case 4: {
            // Replace the field or value around at with a token.
            qsizetype from = at, to = at;
            while (from > 0 && !QByteArrayView(",:\n[{").contains(s[from - 1]))
                --from;
            while (to < s.size() && !QByteArrayView(",\n]}").contains(s[to]))
                ++to;
            s.replace(from, to - from, tokens().at(int(rng.bounded(tokens().size()))));
            break;
        }
        case 5: {
            const qsizetype start = s.lastIndexOf('\n', at) + 1;
            qsizetype end = s.indexOf('\n', at);
            end = end < 0 ? s.size() : end + 1;
            s.insert(start, s.mid(start, end - start)); // a repeated line (duplicate keys, rows)
            break;
        }
        case 6: {
            const qsizetype start = s.lastIndexOf('\n', at) + 1;
            const qsizetype end = s.indexOf('\n', at);
            s.remove(start, (end < 0 ? s.size() : end + 1) - start);
            break;
        }
        default:
            s.truncate(at);
        }
    }
    return s;
}

struct Tally {
    int tried = 0, accepted = 0, refused = 0;
};

/// Imports kInputs mutants of seed with import (true: accepted); after every refusal the file
/// must be unchanged. Accepted inputs become the new "before".
Tally fuzz(TempDatabase& t, const QByteArray& seed, quint32 seedValue,
           const std::function<Status(const QByteArray&)>& import) {
    QRandomGenerator rng(seedValue);
    Tally tally;
    QByteArray before = bytesOf(t.path());
    for (int i = 0; i < kInputs; ++i) {
        const QByteArray input = mutate(seed, rng);
        const Status s = import(input);
        ++tally.tried;
        if (s.ok()) {
            ++tally.accepted;
            before = bytesOf(t.path());
            continue;
        }
        ++tally.refused;
        CHECK_FALSE(s.error().message.isEmpty());
        const QByteArray after = bytesOf(t.path());
        if (after != before) { // one CHECK per failure keeps a clean run's assertion count small
            INFO("input " << i << ": " << input.toStdString());
            CHECK(after == before);
            before = after;
        }
    }
    return tally;
}

void report(const char* importer, const Tally& tally) {
    std::printf("fuzz %s: %d inputs, %d accepted, %d refused (file unchanged after each)\n", importer,
                tally.tried, tally.accepted, tally.refused);
    std::fflush(stdout);
    CHECK(tally.tried == kInputs);
    CHECK(tally.refused > 0);
}

Status asStatus(const Result<ImportSummary>& r) {
    return r ? Status() : Status(r.error());
}

} // namespace

TEST_CASE("fuzz: the register importers", "[file][fuzz][register]") {
    struct Target {
        const char* name;
        pd::test::Importer importer;
        quint32 seed;
    };
    const Target target =
        GENERATE(Target{"providers", &importProviders, 1201u}, Target{"provisions", &importProvisions, 1202u},
                 Target{"vacancies", &importVacancies, 1203u}, Target{"postcodes", &importPostcodes, 1204u});
    // Shared mode: the rollback journal leaves the main file as the whole truth between imports.
    TempDatabase t(JournalMode::Shared);
    pd::test::importAllExamples(t.db());
    const Tally tally = fuzz(
        t, example(QString::fromLatin1(target.name) + QStringLiteral(".csv")), target.seed,
        [&](const QByteArray& input) {
            return asStatus(pd::test::importText(t.db(), target.importer, input, QStringLiteral("fuzz.csv")));
        });
    report(target.name, tally);
}

TEST_CASE("fuzz: the referral JSON importer", "[file][fuzz][exchange]") {
    TempDatabase t(JournalMode::Shared);
    ReferralExchange exchange(t.db());
    const Tally tally =
        fuzz(t, example(QStringLiteral("referral.json")), 1205u, [&](const QByteArray& input) {
            auto ids = exchange.importJson(input, QStringLiteral("fuzz.json"));
            return ids ? Status() : Status(ids.error());
        });
    report("referral", tally);
}

TEST_CASE("fuzz: the SSDA903 importer", "[file][fuzz][ssda903]") {
    TempDatabase t(JournalMode::Shared);
    const QByteArray header = example(QStringLiteral("ssda903-header.csv"));
    const QByteArray episodes = example(QStringLiteral("ssda903-episodes.csv"));
    const QString headerPath = t.dir() + QStringLiteral("/header.csv");
    const QString episodesPath = t.dir() + QStringLiteral("/episodes.csv");
    auto write = [](const QString& path, const QByteArray& text) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    };
    // The header file's mutants with the example episodes, then the other way round.
    const Tally headers = fuzz(t, header, 1206u, [&](const QByteArray& input) {
        write(headerPath, input);
        write(episodesPath, episodes);
        auto r = importSsda903(t.db(), episodesPath, headerPath);
        return r ? Status() : Status(r.error());
    });
    report("ssda903 header", headers);
    const Tally episodeFiles = fuzz(t, episodes, 1207u, [&](const QByteArray& input) {
        write(headerPath, header);
        write(episodesPath, input);
        auto r = importSsda903(t.db(), episodesPath, headerPath);
        return r ? Status() : Status(r.error());
    });
    report("ssda903 episodes", episodeFiles);
}
