// SPDX-License-Identifier: GPL-3.0-or-later
// MatchService on a real file: the snapshot follows changes; the SQL shortlist agrees with the full match.
#include "core/matching/matchservice.h"
#include "core/storage/recordwriter.h"
#include "tests/support/catch.h"
#include "tests/support/registerbuilder.h"
#include "tests/support/tempdatabase.h"

using namespace pd::core;

namespace {

QList<qint64> candidateIds(const MatchResult& r) {
    QList<qint64> ids;
    for (const auto& c : r.candidates)
        ids << r.vacancy(c.index).vacancyId;
    return ids;
}

} // namespace

TEST_CASE("the register snapshot is re-read after a change, and the shortlist agrees with the full match",
          "[matching]") {
    pd::test::TempDatabase t;
    pd::test::RegisterBuilder b{t.db()};
    b.postcode(QStringLiteral("RV1 2AB"), 53.0, -1.5);
    const qint64 good = b.provider(QStringLiteral("Good"), QStringLiteral("ifa"),
                                   QStringLiteral("select_list"), QStringLiteral("g@x.example"));
    const qint64 bad = b.provider(QStringLiteral("Suspended"), QStringLiteral("ifa"),
                                  QStringLiteral("suspended"), QStringLiteral("s@x.example"));
    const QDate today(2026, 11, 23);
    for (int i = 0; i < 12; ++i) {
        const qint64 p = b.provision(i % 4 == 0 ? bad : good, QStringLiteral("Home %1").arg(i),
                                     i % 3 == 0 ? QStringLiteral("residential") : QStringLiteral("foster"),
                                     QStringLiteral("RV1 2AB"), 600 + 10 * i);
        b.vacancy(p, today.addDays(i % 5 == 0 ? 30 : -1).toString(Qt::ISODate), 1 + i % 2);
    }
    Referral r;
    r.neededByDate = today.addDays(2);
    ReferralChild c;
    c.dateOfBirth = QDate(2014, 1, 1);
    r.children << c;
    r.residentialCareSuitability = QStringLiteral("Unsuitable");
    const qint64 id = b.referral(r);

    MatchService service(t.db());
    auto full = service.match(id, today);
    PD_REQUIRE_OK(full);
    auto shortlist = service.shortlist(id, today);
    PD_REQUIRE_OK(shortlist);
    CHECK(candidateIds(full.value()) == candidateIds(shortlist.value()));
    CHECK(shortlist->snapshot->vacancies.size() < full->snapshot->vacancies.size());
    const std::size_t before = full->candidates.size();
    REQUIRE(before > 0);

    b.vacancy(b.provision(good, QStringLiteral("New home"), QStringLiteral("foster"),
                          QStringLiteral("RV1 2AB"), 500),
              today.toString(Qt::ISODate));
    auto after = service.match(id, today);
    PD_REQUIRE_OK(after);
    CHECK(after->candidates.size() == before + 1);

    auto other = t.openAnother();
    pd::test::RegisterBuilder b2{*other};
    b2.vacancy(b2.provision(good, QStringLiteral("Colleague's home"), QStringLiteral("foster"),
                            QStringLiteral("RV1 2AB"), 500),
               today.toString(Qt::ISODate));
    auto afterElsewhere = service.match(id, today);
    PD_REQUIRE_OK(afterElsewhere);
    CHECK(afterElsewhere->candidates.size() == before + 2);
}
