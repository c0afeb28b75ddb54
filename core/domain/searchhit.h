// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/vocabulary.h"

#include <QList>
#include <QString>

namespace pd::core {

/// What a record found by the search across everything is.
enum class SearchKind { Referral, Child, Provider, Home };

template <> struct Vocabulary<SearchKind> {
    static constexpr Term<SearchKind> terms[] = {
        {SearchKind::Referral, "referral", "Referrals"},
        {SearchKind::Child, "child", "Children"},
        {SearchKind::Provider, "provider", "Providers"},
        {SearchKind::Home, "home", "Households and homes"},
    };
};

/// One record the search found, named as people read it (never by its id alone).
struct SearchHit {
    SearchKind kind = SearchKind::Referral;
    qint64 id = 0;         ///< referrals.id, children.id, providers.id or provisions.id
    qint64 providerId = 0; ///< a home's provider (whose page opens for it); 0 otherwise
    QString name;          ///< the children's names, the child's name, the provider or the household
    QString detail;        ///< the reference and state, the child's identifier, the URN, the postcode
};

/// What one search found: up to the limit of each kind, in the order of SearchKind.
struct SearchResults {
    QString text;             ///< what was typed
    QList<SearchHit> hits;    ///< grouped by kind
    QList<SearchKind> moreOf; ///< kinds that had more records than the limit

    QList<SearchHit> of(SearchKind kind) const {
        QList<SearchHit> out;
        for (const SearchHit& h : hits)
            if (h.kind == kind)
                out << h;
        return out;
    }
};

} // namespace pd::core
