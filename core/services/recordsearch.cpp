// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/recordsearch.h"

#include "core/domain/searchwords.h"
#include "core/storage/recordsearchqueries.h"

namespace pd::core {

Result<SearchResults> RecordSearch::find(const QString& text, int perKind) const {
    SearchResults results;
    results.text = text;
    QString letters = text;
    letters.remove(QChar(u' '));
    const QStringList patterns = searchPatterns(text);
    if (letters.size() < kShortest || patterns.isEmpty() || perKind <= 0)
        return results;
    const RecordSearchQueries queries(m_db);
    using Read = Result<QList<SearchHit>> (RecordSearchQueries::*)(const QStringList&, int) const;
    const std::pair<SearchKind, Read> kinds[] = {{SearchKind::Referral, &RecordSearchQueries::referrals},
                                                 {SearchKind::Child, &RecordSearchQueries::children},
                                                 {SearchKind::Provider, &RecordSearchQueries::providers},
                                                 {SearchKind::Home, &RecordSearchQueries::homes}};
    for (const auto& [kind, read] : kinds) {
        auto hits = (queries.*read)(patterns, perKind + 1); // one more says there are more
        if (!hits)
            return hits.error();
        if (hits->size() > perKind) {
            hits->resize(perKind);
            results.moreOf << kind;
        }
        results.hits << hits.value();
    }
    return results;
}

} // namespace pd::core
