// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QLatin1String>
#include <QString>
#include <QStringView>

namespace pd::core {

/// Text that repeats across 100,000s of episodes — codes, URNs, postcodes: one QString per
/// distinct value is kept for the program's run (a pool that grows with the distinct values met,
/// never with the rows), and a SharedText is a pointer to it. Eight bytes, copied without touching
/// a reference count, and two equal values compare by address; reading it as a QString costs
/// nothing. Built from any QString (the pool is looked up under a lock: build in bulk through a
/// reader's cache, as core/storage does, not per row). A null and an empty text are the same.
class SharedText {
  public:
    SharedText() noexcept : m_text(&emptyText()) {}
    SharedText(const QString& text); // NOLINT: implicit, as a QString field was assigned before
    SharedText(QLatin1String text) : SharedText(QString(text)) {}

    const QString& str() const noexcept { return *m_text; }
    operator const QString&() const noexcept { return *m_text; } // NOLINT: reads as the QString it is
    const QString* operator->() const noexcept { return m_text; }
    bool isEmpty() const noexcept { return m_text->isEmpty(); }

    friend bool operator==(SharedText a, SharedText b) noexcept { return a.m_text == b.m_text; }
    friend bool operator!=(SharedText a, SharedText b) noexcept { return a.m_text != b.m_text; }
    friend bool operator==(SharedText a, const QString& b) noexcept { return *a.m_text == b; }
    friend bool operator!=(SharedText a, const QString& b) noexcept { return *a.m_text != b; }
    friend bool operator==(const QString& a, SharedText b) noexcept { return a == *b.m_text; }
    friend bool operator!=(const QString& a, SharedText b) noexcept { return a != *b.m_text; }
    friend bool operator==(SharedText a, QLatin1String b) noexcept { return *a.m_text == b; }
    friend bool operator!=(SharedText a, QLatin1String b) noexcept { return *a.m_text != b; }
    friend bool operator==(SharedText a, QStringView b) noexcept { return QStringView(*a.m_text) == b; }
    friend bool operator!=(SharedText a, QStringView b) noexcept { return QStringView(*a.m_text) != b; }
    friend bool operator<(SharedText a, SharedText b) noexcept { return *a.m_text < *b.m_text; }
    friend size_t qHash(SharedText t, size_t seed = 0) noexcept { return qHash(*t.m_text, seed); }

  private:
    static const QString& emptyText() noexcept;
    const QString* m_text;
};

} // namespace pd::core
