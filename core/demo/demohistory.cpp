// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demohistory.h"

#include <algorithm>

namespace pd::core {

namespace {

enum class CutKind { Legal, SameCarer, TemporaryStart, TemporaryEnd };

struct Cut {
    QDate date;
    CutKind kind;
};

/// One row of placements before it is written.
struct Episode {
    QDate start;
    QDate end;
    QString rne;
    QString legal;
    QString place;
    QString placeProvider;
    QString urn;
    QVariant postcode;
    qint64 provisionId = 0;
    QString category;
    QVariant cost;
    QVariant firstQuoted; ///< on the episode that began the placement
    QString reasonEnd;
    QString reasonChange;
};

QString legalOn(const DemoHistory& h, const QDate& date) {
    QString code = h.legal.isEmpty() ? QStringLiteral("C2") : h.legal.first().code;
    for (const DemoLegalStatus& l : h.legal)
        if (l.from <= date)
            code = l.code;
    return code;
}

QString variantOfFoster(DemoRandom& rng, const QString& place) {
    static const QStringList foster{QStringLiteral("U4"), QStringLiteral("U5"), QStringLiteral("U6")};
    static const QStringList kinship{QStringLiteral("U1"), QStringLiteral("U2"), QStringLiteral("U3")};
    const QStringList& family = kinship.contains(place) ? kinship : foster;
    if (!family.contains(place))
        return place;
    QString other = place;
    while (other == place)
        other = rng.pick(family);
    return other;
}

QString reasonForChange(DemoRandom& rng) {
    static const QStringList codes{QStringLiteral("CARPL"), QStringLiteral("CLOSE"), QStringLiteral("ALLEG"),
                                   QStringLiteral("STAND"), QStringLiteral("APPRR"), QStringLiteral("CREQB"),
                                   QStringLiteral("CREQO"), QStringLiteral("CHILD"), QStringLiteral("LAREQ"),
                                   QStringLiteral("PLACE"), QStringLiteral("OTHER")};
    static const QList<int> weights{18, 3, 2, 2, 1, 10, 8, 9, 8, 30, 9};
    return codes[rng.weighted(weights)];
}

/// The cuts inside one stint: legal-status changes, a same-carer change, a temporary placement.
QList<Cut> cutsFor(DemoContext& c, const DemoHistory& h, const DemoStint& s) {
    QList<Cut> cuts;
    const QDate end = s.end.isValid() ? s.end : c.options.today;
    for (int i = 1; i < h.legal.size(); ++i)
        if (h.legal[i].from > s.start && h.legal[i].from < end)
            cuts << Cut{h.legal[i].from, CutKind::Legal};
    const qint64 days = s.start.daysTo(end);
    const bool foster = s.place.startsWith(u'U');
    if (foster && days > 200 && c.rng.chance(0.08))
        cuts << Cut{s.start.addDays(c.rng.between(60, int(days) - 30)), CutKind::SameCarer};
    if (days > 60 && c.rng.chance(0.05)) {
        const QDate from = s.start.addDays(c.rng.between(20, int(days) - 30));
        cuts << Cut{from, CutKind::TemporaryStart}
             << Cut{from.addDays(c.rng.between(3, 14)), CutKind::TemporaryEnd};
    }
    std::stable_sort(cuts.begin(), cuts.end(), [](const Cut& a, const Cut& b) { return a.date < b.date; });
    // Keep the cuts apart: two changes on one day would make an empty episode.
    QList<Cut> kept;
    for (const Cut& cut : cuts)
        if ((kept.isEmpty() ? s.start : kept.last().date) < cut.date && cut.date < end)
            kept << cut;
    // A temporary placement is kept only when nothing else happens while the child is away.
    QList<Cut> result;
    for (int i = 0; i < kept.size(); ++i) {
        if (kept[i].kind == CutKind::TemporaryStart &&
            (i + 1 >= kept.size() || kept[i + 1].kind != CutKind::TemporaryEnd))
            continue;
        if (kept[i].kind == CutKind::TemporaryEnd &&
            (result.isEmpty() || result.last().kind != CutKind::TemporaryStart))
            continue;
        result << kept[i];
    }
    return result;
}

Episode episodeOf(const DemoStint& s, const QDate& start, const QString& rne, const QString& legal) {
    Episode e;
    e.start = start;
    e.rne = rne;
    e.legal = legal;
    e.place = s.place;
    e.placeProvider = s.placeProvider;
    e.urn = s.urn;
    e.postcode = s.postcode.isEmpty() ? QVariant() : QVariant(s.postcode);
    e.provisionId = s.provisionId;
    e.category = s.category;
    e.cost = s.weeklyCost;
    return e;
}

void cutStint(DemoContext& c, const DemoHistory& h, const DemoStint& s, bool firstOfCare,
              QList<Episode>& out) {
    const QString legal = legalOn(h, s.start);
    // B: the legal status changed on the day the child moved.
    const QString firstRne = firstOfCare                                   ? QStringLiteral("S")
                             : !out.isEmpty() && out.last().legal != legal ? QStringLiteral("B")
                                                                           : QStringLiteral("P");
    out << episodeOf(s, s.start, firstRne, legal);
    out.last().firstQuoted = s.firstQuotedFee > 0 ? QVariant(s.firstQuotedFee) : QVariant();
    QString place = s.place;
    for (const Cut& cut : cutsFor(c, h, s)) {
        Episode& previous = out.last();
        previous.end = cut.date;
        previous.reasonEnd = QStringLiteral("X1");
        Episode next = episodeOf(s, cut.date, QStringLiteral("L"), legalOn(h, cut.date));
        next.place = place;
        switch (cut.kind) {
        case CutKind::Legal:
            break;
        case CutKind::SameCarer:
            place = variantOfFoster(c.rng, place);
            next.place = place;
            next.rne = next.legal != previous.legal ? QStringLiteral("U") : QStringLiteral("T");
            previous.reasonChange = QStringLiteral("PLACE");
            break;
        case CutKind::TemporaryStart:
            next.rne = QStringLiteral("P");
            next.place = QStringLiteral("T%1").arg(c.rng.between(0, 4));
            next.placeProvider = QStringLiteral("PR1");
            next.urn.clear();
            next.postcode = QVariant();
            next.provisionId = 0;
            next.category = QStringLiteral("other");
            next.cost = QVariant();
            previous.reasonChange = QStringLiteral("OTHER");
            break;
        case CutKind::TemporaryEnd:
            next.rne = QStringLiteral("P"); // back to the placement held before: same URN and postcode
            break;
        }
        out << next;
    }
    out.last().end = s.end;
}

void addSpend(DemoContext& c, const Episode& e) {
    if (e.cost.isNull() || e.cost.toDouble() <= 0)
        return;
    // Committed spend runs to the end of the current financial year for open placements.
    const QDate last =
        e.end.isValid() ? e.end : QDate::fromString(demoYearEnding(c.options.today), Qt::ISODate);
    QDate from = e.start;
    while (from < last) {
        const QString year = demoYearEnding(from);
        const QDate yearEnd = QDate::fromString(year, Qt::ISODate);
        const QDate to = qMin(last, yearEnd.addDays(1));
        c.spend[e.category][year] += e.cost.toDouble() * double(from.daysTo(to)) / 7.0;
        from = to;
    }
}

QVariant text(const QString& s) {
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

void defineDemoPlacements(DemoContext& c) {
    c.writer.define(QStringLiteral("placements"),
                    {QStringLiteral("child_id"), QStringLiteral("start_date"), QStringLiteral("end_date"),
                     QStringLiteral("rne"), QStringLiteral("legal_status"), QStringLiteral("cin"),
                     QStringLiteral("place"), QStringLiteral("place_provider"), QStringLiteral("reason_end"),
                     QStringLiteral("reason_place_change"), QStringLiteral("home_postcode"),
                     QStringLiteral("placement_postcode"), QStringLiteral("urn"),
                     QStringLiteral("provision_id"), QStringLiteral("category"),
                     QStringLiteral("weekly_cost"), QStringLiteral("first_quoted_fee"),
                     QStringLiteral("budget_line_id")});
}

Status writeDemoHistory(DemoContext& c, const DemoHistory& original) {
    // Orders often follow a move closely; a change within three weeks of one is dated with it (rne B).
    DemoHistory h = original;
    for (int i = 1; i < h.legal.size(); ++i)
        for (const DemoStint& s : h.stints)
            if (s.start < h.legal[i].from && h.legal[i].from <= s.start.addDays(21) &&
                s.start > h.legal[i - 1].from)
                h.legal[i].from = s.start;
    QList<Episode> episodes;
    for (int i = 0; i < h.stints.size(); ++i) {
        if (i > 0 && !episodes.isEmpty() && episodes.last().reasonChange.isEmpty())
            episodes.last().reasonChange = reasonForChange(c.rng);
        if (i > 0 && !episodes.isEmpty())
            episodes.last().reasonEnd = QStringLiteral("X1");
        cutStint(c, h, h.stints[i], h.stints[i].start == h.careStart, episodes);
    }
    if (!episodes.isEmpty() && episodes.last().end.isValid())
        episodes.last().reasonEnd = h.reasonEnd;
    const QDate windowStart = c.options.today.addYears(-5);
    for (const Episode& e : episodes) {
        // Five years of history: episodes that ended before the window are not in the return.
        if (e.end.isValid() && e.end < windowStart)
            continue;
        addSpend(c, e);
        auto id = c.writer.insert(QStringLiteral("placements"),
                                  {h.childId, e.start.toString(Qt::ISODate),
                                   e.end.isValid() ? QVariant(e.end.toString(Qt::ISODate)) : QVariant(),
                                   e.rne, e.legal, h.cin, e.place, e.placeProvider, text(e.reasonEnd),
                                   text(e.reasonChange), h.homePostcode, e.postcode, text(e.urn),
                                   e.provisionId ? QVariant(e.provisionId) : QVariant(), e.category, e.cost,
                                   e.firstQuoted, c.budgetLineByCategory.value(e.category)});
        if (!id)
            return id.error();
    }
    return {};
}

} // namespace pd::core
