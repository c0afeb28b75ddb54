// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/contractedplacement.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace pd::core {

qint64 ContractedPlacement::daysWithin(const QDate& from, const QDate& to) const {
    const QDate first = std::max(start, from);
    const QDate afterLast = end.isNull() ? to.addDays(1) : std::min(end, to.addDays(1));
    return std::max<qint64>(0, first.daysTo(afterLast));
}

const FeeStep* ContractedPlacement::feeOn(const QDate& day) const {
    if (fees.isEmpty())
        return nullptr;
    const FeeStep* found = &fees.first();
    for (const FeeStep& s : fees)
        if (s.from <= day)
            found = &s;
    return found;
}

ContractedPlacement::Amount ContractedPlacement::amountFor(const QDate& from, const QDate& to) const {
    Amount out;
    const QDate first = std::max(start, from);
    const QDate last = end.isNull() ? to : std::min(end.addDays(-1), to);
    if (first > last || fees.isEmpty())
        return out;
    // Each step pays from its day (the first from the start) to the day before the next one.
    for (qsizetype i = 0; i < fees.size(); ++i) {
        const QDate stepFrom = i == 0 ? first : std::max(first, fees[i].from);
        const QDate stepTo = i + 1 < fees.size() ? std::min(last, fees[i + 1].from.addDays(-1)) : last;
        if (stepFrom > stepTo)
            continue;
        const qint64 days = stepFrom.daysTo(stepTo) + 1;
        out.fee += fees[i].weeklyFee * double(days) / 7.0;
        out.extras += fees[i].extras * double(days) / 7.0;
        out.days += days;
    }
    return out;
}

double roundPence(double pounds) {
    return std::round(pounds * 100.0) / 100.0;
}

QString pounds(double amount) {
    const QString figure =
        QLocale(QLocale::English, QLocale::UnitedKingdom).toString(std::abs(amount), 'f', 2);
    return (amount < 0 ? QStringLiteral("−£") : QStringLiteral("£")) + figure;
}

} // namespace pd::core
