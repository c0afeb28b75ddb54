// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QStringList>
#include <random>

namespace pd::core {

/// The demo's random numbers: std::mt19937 is specified bit for bit by the standard, but the
/// std distributions are not, so the mapping to ranges is ours (identical on every compiler).
class DemoRandom {
  public:
    explicit DemoRandom(quint32 seed) : m_engine(seed) {}

    /// A whole number from lo to hi inclusive.
    int between(int lo, int hi) {
        if (hi <= lo)
            return lo;
        return lo + int(m_engine() % quint32(hi - lo + 1));
    }
    /// A number in [0, 1).
    double unit() { return double(m_engine()) / 4294967296.0; }
    double real(double lo, double hi) { return lo + (hi - lo) * unit(); }
    bool chance(double probability) { return unit() < probability; }
    QDate dateBetween(const QDate& from, const QDate& to) {
        return from.addDays(between(0, int(from.daysTo(to))));
    }

    template <typename T> const T& pick(const QList<T>& items) {
        return items[between(0, int(items.size()) - 1)];
    }
    /// An index chosen with the given relative weights.
    int weighted(const QList<int>& weights) {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = between(0, total - 1);
        for (int i = 0; i < weights.size(); ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return int(weights.size()) - 1;
    }
    template <typename T> void shuffle(QList<T>& items) {
        for (int i = int(items.size()) - 1; i > 0; --i)
            items.swapItemsAt(i, between(0, i));
    }

  private:
    std::mt19937 m_engine;
};

} // namespace pd::core
