// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/sharedtext.h"

#include <QMutex>
#include <QMutexLocker>
#include <unordered_set>

namespace pd::core {

namespace {

struct QStringHash {
    size_t operator()(const QString& s) const noexcept { return qHash(s); }
};

/// The values met so far. A node-based set: a value keeps its address while the set grows.
/// Never destroyed (SharedTexts may outlive any static at exit).
struct Pool {
    QMutex mutex;
    std::unordered_set<QString, QStringHash> values;
};

Pool& pool() {
    static Pool* const p = new Pool; // NOLINT: lives for the program's run on purpose
    return *p;
}

} // namespace

const QString& SharedText::emptyText() noexcept {
    static const QString* const empty = new QString; // NOLINT: as the pool
    return *empty;
}

SharedText::SharedText(const QString& text) : m_text(&emptyText()) {
    if (text.isEmpty())
        return;
    Pool& p = pool();
    const QMutexLocker lock(&p.mutex);
    m_text = &*p.values.insert(text).first;
}

} // namespace pd::core
