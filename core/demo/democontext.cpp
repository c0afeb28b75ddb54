// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/democontext.h"

#include "core/domain/financialyear.h"

#include <QtMath>

namespace pd::core {

namespace {

constexpr double kCentreLat = 52.60;
constexpr double kCentreLon = -1.50;
constexpr double kMilesPerDegreeLat = 69.05;
const double kMilesPerDegreeLon = kMilesPerDegreeLat * qCos(qDegreesToRadians(kCentreLat));
// The letters the inward code may use (no C, I, K, M, O, V).
const QString kInwardLetters = QStringLiteral("ABDEFGHJLNPQRSTUWXYZ");

struct AreaShape {
    const char* prefix;
    int districts;
    double northMiles; ///< centre of the area from the city centre
    double eastMiles;
    double radiusMiles; ///< spread of district centres
};

AreaShape shapeOf(DemoArea area) {
    switch (area) {
    case DemoArea::North:
        return {"RX", 8, 30.0, -12.0, 6.0};
    case DemoArea::South:
        return {"RZ", 6, -26.0, 45.0, 8.0};
    case DemoArea::City:
        break;
    }
    return {"RV", 30, 0.0, 0.0, 5.5};
}

} // namespace

DemoContext::DemoContext(Database& database, const DemoOptions& o, const std::function<bool(int)>& progress)
    : db(database), writer(database), rng(o.seed), options(o), scale(qMax(1, o.scale)), m_progress(progress) {
}

QString DemoContext::postcode(DemoArea area) {
    const AreaShape shape = shapeOf(area);
    const int district = rng.between(1, shape.districts);
    const QString code = QStringLiteral("%1%2 %3%4%5")
                             .arg(QLatin1String(shape.prefix))
                             .arg(district)
                             .arg(rng.between(1, 9))
                             .arg(kInwardLetters[rng.between(0, 19)])
                             .arg(kInwardLetters[rng.between(0, 19)]);
    // District centres sit on a sunflower spiral, so the city has a dense middle and suburbs.
    const double angle = district * 2.39996;
    const double r = shape.radiusMiles * qSqrt(double(district) / shape.districts);
    const double north = shape.northMiles + r * qSin(angle) + rng.real(-0.5, 0.5);
    const double east = shape.eastMiles + r * qCos(angle) + rng.real(-0.5, 0.5);
    if (!m_postcodes.contains(code))
        m_postcodes.insert(code,
                           {kCentreLat + north / kMilesPerDegreeLat, kCentreLon + east / kMilesPerDegreeLon});
    return code;
}

Status DemoContext::writePostcodes() {
    writer.define(QStringLiteral("postcodes"),
                  {QStringLiteral("postcode"), QStringLiteral("lat"), QStringLiteral("lon")});
    for (auto it = m_postcodes.cbegin(); it != m_postcodes.cend(); ++it) {
        if (m_written.contains(it.key()))
            continue;
        m_written.insert(it.key());
        // Six decimals (about 10 cm) keep the digest identical across platforms' printing.
        auto id =
            writer.insert(QStringLiteral("postcodes"), {it.key(), qRound64(it.value().first * 1e6) / 1e6,
                                                        qRound64(it.value().second * 1e6) / 1e6});
        if (!id)
            return id.error();
    }
    return {};
}

Status DemoContext::progress(int percent) {
    if (m_progress && !m_progress(percent))
        return Error::refused(QStringLiteral("The demo database was cancelled; nothing was kept."));
    return {};
}

QString demoYearEnding(const QDate& date) {
    return FinancialYear::containing(date).end.toString(Qt::ISODate);
}

} // namespace pd::core
