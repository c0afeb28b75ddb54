// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace pd::core {

/// A household or home an offer may be for, with what tells it apart from its namesakes: the
/// provider, the postcode and the next vacancy.
struct ProvisionChoice {
    qint64 provisionId = 0;
    QString providerName;
    QString provisionName;
    QString code; ///< the provider's own key for the home (unique within the provider)
    QString postcode;
    QDate vacancyFrom; ///< the earliest vacancy not yet used or ended; invalid: none open
    QDate vacancyUntil;
    int vacancyPlaces = 0;

    /// "Riverton Fostering Service — Varley household, RV4 1AA — vacancy from 02/03/2027 (1 place)".
    QString label() const;
    /// One label per choice, none the same as another: a namesake gets the home's code, then its
    /// number, added (two households of one name at one postcode must still be told apart).
    static QStringList distinctLabels(const QList<ProvisionChoice>& choices);
};

} // namespace pd::core
