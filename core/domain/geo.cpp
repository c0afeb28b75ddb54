// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/geo.h"

#include <QRegularExpression>
#include <cmath>

namespace pd::core {

double milesBetween(const Coordinates& a, const Coordinates& b) {
    constexpr double rad = 3.14159265358979323846 / 180.0;
    const double dLat = (b.lat - a.lat) * rad;
    const double dLon = (b.lon - a.lon) * rad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(a.lat * rad) * std::cos(b.lat * rad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadiusMiles * std::asin(std::min(1.0, std::sqrt(h)));
}

namespace {

bool isUpper(QChar c) {
    return c >= u'A' && c <= u'Z';
}
bool isDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

// Already "AB1 2CD" as stored: the shape checked by hand, so reading 100,000s of stored
// postcodes costs no copy and no regular expression.
bool isNormalPostcode(const QString& t) {
    const qsizetype n = t.size();
    if (n < 6 || n > 8 || t[n - 4] != u' ' || !isDigit(t[n - 3]) || !isUpper(t[n - 2]) || !isUpper(t[n - 1]))
        return false;
    const qsizetype outward = n - 4; // [A-Z]{1,2}[0-9][A-Z0-9]?
    qsizetype i = 0;
    if (!isUpper(t[i++]))
        return false;
    if (i < outward && isUpper(t[i]))
        ++i;
    if (i >= outward || !isDigit(t[i++]))
        return false;
    if (i < outward && (isUpper(t[i]) || isDigit(t[i])))
        ++i;
    return i == outward;
}

} // namespace

QString normalisePostcode(const QString& text) {
    if (isNormalPostcode(text))
        return text;
    QString compact = text.toUpper();
    // Compiled once: the postcode import calls this millions of times.
    static const QRegularExpression space(QStringLiteral("\\s"));
    compact.remove(space);
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$"));
    if (!shape.match(compact).hasMatch())
        return {};
    return compact.left(compact.size() - 3) + u' ' + compact.right(3);
}

bool couldBecomePostcode(const QString& text) {
    QString compact = text.toUpper();
    compact.remove(u' ');
    // The six shapes of a UK postcode without its space: A letter, 9 a digit, * either.
    static const char* const shapes[] = {"A99AA", "A999AA", "A9A9AA", "AA99AA", "AA999AA", "AA9A9AA"};
    for (const char* shape : shapes) {
        const int length = int(qstrlen(shape));
        bool fits = compact.size() <= length;
        for (int i = 0; fits && i < compact.size(); ++i) {
            const QChar c = compact[i];
            fits = shape[i] == 'A' ? (c >= u'A' && c <= u'Z') : c.isDigit();
        }
        if (fits)
            return true;
    }
    return false;
}

QString postcodeProblem(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || !normalisePostcode(trimmed).isEmpty())
        return {};
    const QString looks = QStringLiteral("A UK postcode looks like RV1 2AB or SW1A 1AA: one or two letters, "
                                         "a number (and maybe a letter), a space, a digit and two letters.");
    if (couldBecomePostcode(trimmed))
        return QStringLiteral("'%1' is not a whole postcode yet. %2").arg(trimmed, looks);
    return QStringLiteral("'%1' is not a UK postcode. %2").arg(trimmed, looks);
}

} // namespace pd::core
