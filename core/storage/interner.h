// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/sharedtext.h"

#include <QString>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace pd::core {

/// Codes, URNs and postcodes repeat across 100,000 rows: share one value per distinct text
/// (a QString, or a SharedText: a pointer into the program's pool of texts).
/// Inline on purpose: it is called for every text column of every row. An open-addressing table
/// (a slot is the value's hash and its index) keeps a look-up to one or two cache lines, which a
/// node-based map of 100,000 postcodes did not.
template <class Value> class BasicInterner {
  public:
    Value get(const char* p, int n) {
        if (!p || n == 0)
            return {};
        const std::string_view key(p, std::size_t(n));
        const std::uint64_t inline8 = n <= 8 ? pack(p, n) : 0;
        if (m_lastIndex >= 0 && n == m_lastLength &&
            (n <= 8 ? inline8 == m_lastInline : key == m_keys[std::size_t(m_lastIndex)]))
            return m_values[std::size_t(m_lastIndex)]; // consecutive rows repeat most
        if ((m_values.size() + 1) * 2 > m_slots.size())
            grow();
        const std::uint32_t h = hash(key);
        std::size_t i = h & (m_slots.size() - 1);
        for (;; i = (i + 1) & (m_slots.size() - 1)) {
            const Slot& s = m_slots[i];
            if (s.index == 0)
                break;
            if (s.hash == h && s.length == std::uint32_t(n) &&
                (n <= 8 ? s.inline8 == inline8 : m_keys[s.index - 1] == key))
                return remember(int(s.index - 1), n, inline8);
        }
        m_keys.emplace_back(n <= 8 ? std::string() : std::string(key)); // short keys live in their slot
        m_values.push_back(Value(QString::fromUtf8(p, n)));
        m_slots[i] = Slot{inline8, h, std::uint32_t(m_values.size()), std::uint32_t(n)};
        return remember(int(m_values.size() - 1), n, inline8);
    }
    /// The position of the value get() returned last (0, 1, 2… in the order values were first
    /// met), so callers can keep something per distinct value in a vector; -1 before any.
    int lastIndex() const { return m_lastIndex; }

  private:
    /// A key of up to 8 bytes (postcodes, codes, most URNs) is compared inside its slot: a look-up
    /// touches one cache line, not also the key's string elsewhere.
    struct Slot {
        std::uint64_t inline8 = 0;
        std::uint32_t hash = 0;
        std::uint32_t index = 0; ///< 1 + index into m_keys and m_values; 0: empty
        std::uint32_t length = 0;
    };

    static std::uint64_t pack(const char* p, int n) {
        std::uint64_t v = 0;
        std::memcpy(&v, p, std::size_t(n));
        return v;
    }
    static std::uint32_t hash(std::string_view key) { // FNV-1a: short keys, no set-up
        std::uint32_t h = 2166136261u;
        for (char c : key)
            h = (h ^ std::uint8_t(c)) * 16777619u;
        return h;
    }
    const Value& remember(int index, int length, std::uint64_t inline8) {
        m_lastIndex = index;
        m_lastLength = length;
        m_lastInline = inline8;
        return m_values[std::size_t(index)];
    }
    void grow() {
        std::vector<Slot> table(m_slots.empty() ? 64 : m_slots.size() * 2);
        for (const Slot& s : m_slots)
            if (s.index != 0) {
                std::size_t i = s.hash & (table.size() - 1);
                while (table[i].index != 0)
                    i = (i + 1) & (table.size() - 1);
                table[i] = s;
            }
        m_slots.swap(table);
    }

    std::vector<Slot> m_slots;
    std::vector<std::string> m_keys; ///< keys over 8 bytes (empty for the short ones)
    std::vector<Value> m_values;
    int m_lastIndex = -1;
    int m_lastLength = 0;
    std::uint64_t m_lastInline = 0;
};

using Interner = BasicInterner<QString>;
using TextInterner = BasicInterner<SharedText>;

} // namespace pd::core
