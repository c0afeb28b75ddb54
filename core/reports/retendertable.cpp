// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/retendertable.h"

#include "core/domain/contractedplacement.h"

#include <QDate>

namespace pd::core {

namespace {

QVariant money(const std::optional<double>& v) {
    return v ? QVariant(QString::number(*v, 'f', 2)) : QVariant();
}

QString moneyText(const std::optional<double>& v) {
    return v ? pounds(*v) : QStringLiteral("-");
}

} // namespace

TableSnapshot retenderTable(const QList<RetenderRow>& rows) {
    TableSnapshot t;
    t.headers = {QStringLiteral("provider"),
                 QStringLiteral("provider_urn"),
                 QStringLiteral("framework_status"),
                 QStringLiteral("ofsted_rating"),
                 QStringLiteral("referrals_sent"),
                 QStringLiteral("offers"),
                 QStringLiteral("offers_meeting_essential"),
                 QStringLiteral("placements"),
                 QStringLiteral("endings"),
                 QStringLiteral("disruptions"),
                 QStringLiteral("average_agreed_fee"),
                 QStringLiteral("price_band_lower"),
                 QStringLiteral("price_band_upper"),
                 QStringLiteral("fee_against_band"),
                 QStringLiteral("uplift_requests"),
                 QStringLiteral("uplifts_agreed"),
                 QStringLiteral("uplift_asked_percent"),
                 QStringLiteral("uplift_agreed_percent")};
    for (const RetenderRow& r : rows)
        t.rows << QVariantList{r.provider,
                               r.urn,
                               r.framework,
                               r.ofsted,
                               r.referralsSent,
                               r.offers,
                               r.offersMeetingEssential,
                               r.placements,
                               r.endings,
                               r.disruptions,
                               money(r.averageFee),
                               money(r.bandLower),
                               money(r.bandUpper),
                               r.feeAgainstBand(),
                               r.upliftRequests,
                               r.upliftsAgreed,
                               money(r.upliftAskedPercent),
                               money(r.upliftAgreedPercent)};
    return t;
}

QString retenderText(const QList<RetenderRow>& rows, const QDate& yearEnd) {
    QString out = QStringLiteral("Select-list retender data, year ending %1: %2 providers\n")
                      .arg(yearEnd.toString(Qt::ISODate))
                      .arg(rows.size());
    for (const RetenderRow& r : rows) {
        out += QStringLiteral("%1 (%2; %3; Ofsted %4)\n")
                   .arg(r.provider, r.urn.isEmpty() ? QStringLiteral("no URN") : r.urn, r.framework,
                        r.ofsted.isEmpty() ? QStringLiteral("-") : r.ofsted);
        out += QStringLiteral(
                   "  referrals sent %1, offers %2 (%3 meeting the essential criteria), placements %4, "
                   "endings %5 (%6 disruptions)\n")
                   .arg(r.referralsSent)
                   .arg(r.offers)
                   .arg(r.offersMeetingEssential)
                   .arg(r.placements)
                   .arg(r.endings)
                   .arg(r.disruptions);
        out += QStringLiteral(
                   "  average agreed fee %1 a week, price band %2 to %3%4; uplift requests %5 (%6 agreed)\n")
                   .arg(moneyText(r.averageFee), moneyText(r.bandLower), moneyText(r.bandUpper),
                        r.feeAgainstBand().isEmpty() ? QString()
                                                     : QStringLiteral(" (%1)").arg(r.feeAgainstBand()))
                   .arg(r.upliftRequests)
                   .arg(r.upliftsAgreed);
    }
    return out;
}

} // namespace pd::core
