// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/ssda903export.h"

#include "core/domain/ssda903codes.h"
#include "core/exchange/csvwriter.h"
#include "core/exchange/ssda903rules.h"
#include "core/storage/placementhistoryreader.h"

namespace pd::core {

namespace {

constexpr int kMaxListed = 200;

QString written(const QDate& d) {
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

Error refusal(const FinancialYear& year, const QList<Ssda903Finding>& findings) {
    QStringList lines;
    for (const Ssda903Finding& f : findings.mid(0, kMaxListed))
        lines << f.text();
    if (findings.size() > kMaxListed)
        lines << QStringLiteral("... and %1 more.").arg(findings.size() - kMaxListed);
    return Error::refused(
        QStringLiteral("The SSDA903 return for the year ending %1 was not written: %2 %3 against DfE's "
                       "validation rules (docs/formats.md). Correct the placements, then export again.\n  %4")
            .arg(written(year.end))
            .arg(findings.size())
            .arg(findings.size() == 1 ? QStringLiteral("problem") : QStringLiteral("problems"),
                 lines.join(QStringLiteral("\n  "))));
}

} // namespace

QStringList ssda903NotedRules() {
    return {QStringLiteral("366")};
}

Result<Ssda903Return> ssda903ReturnFor(Database& db, const FinancialYear& year,
                                       Ssda903ExportSummary* summary) {
    auto data = PlacementHistoryReader(db).episodesIn(year);
    if (!data)
        return data.error();
    Ssda903ExportSummary counts;
    for (Ssda903Episode& e : data->episodes) {
        // The return is a picture at 31 March: what happened to an episode after it is next year's.
        if (e.end.isValid() && e.end > year.end) {
            e.end = QDate();
            e.reasonEnd.clear();
            e.reasonPlaceChange.clear();
        }
        // What DfE takes none of (rules 213, 222) stays in the file, not in the return.
        if (ssda903::placeTakesNoProvider(e.place))
            e.placeProvider.clear();
        if (ssda903::placeTakesNoUrn(e.place))
            e.urn.clear();
        if (e.end.isNull())
            ++counts.openAtYearEnd;
        if (e.cin.isEmpty())
            counts.withoutCin
                << QStringLiteral("child %1, episode starting %2").arg(e.childRef, written(e.start));
    }
    QList<Ssda903Finding> refusing;
    for (const Ssda903Finding& f : checkSsda903(data.value(), year)) {
        if (ssda903NotedRules().contains(f.rule))
            counts.noted << f.text();
        else
            refusing << f;
    }
    if (!refusing.isEmpty())
        return refusal(year, refusing);
    counts.children = int(data->children.size());
    counts.episodes = int(data->episodes.size());
    if (summary)
        *summary = counts;
    return data;
}

TableSnapshot ssda903EpisodesTable(const Ssda903Return& data) {
    TableSnapshot t;
    t.headers = ssda903::episodeColumns();
    for (const Ssda903Episode& e : data.episodes)
        t.rows << QVariantList{
            e.childRef,     written(e.start),    e.rne,          e.legalStatus, e.cin,
            e.place,        e.placeProvider,     written(e.end), e.reasonEnd,   e.reasonPlaceChange,
            e.homePostcode, e.placementPostcode, e.urn};
    return t;
}

TableSnapshot ssda903HeaderTable(const Ssda903Return& data) {
    TableSnapshot t;
    t.headers = ssda903::headerColumns();
    for (const Ssda903Child& c : data.children)
        t.rows << QVariantList{c.childRef, c.sex == u"M" ? QStringLiteral("1") : QStringLiteral("2"),
                               written(c.dob), c.ethnicity};
    return t;
}

Result<Ssda903ExportSummary> exportSsda903(Database& db, const QDate& yearEnd, const QString& episodesPath,
                                           const QString& headerPath) {
    if (!FinancialYear::isYearEnd(yearEnd))
        return Error::invalid(QStringLiteral("The year must end on a 31 March."));
    Ssda903ExportSummary summary;
    auto data = ssda903ReturnFor(db, FinancialYear::ending(yearEnd), &summary);
    if (!data)
        return data.error();
    if (auto s = saveTableCsv(ssda903EpisodesTable(data.value()), episodesPath); !s)
        return s.error();
    if (auto s = saveTableCsv(ssda903HeaderTable(data.value()), headerPath); !s)
        return s.error();
    return summary;
}

} // namespace pd::core
