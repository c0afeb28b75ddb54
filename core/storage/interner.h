// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace pd::core {

/// Codes, URNs and postcodes repeat across 100,000 rows: share one QString per distinct value.
/// Inline on purpose: it is called for every text column of every row. An open-addressing table
/// (a slot is the value's hash and its index) keeps a look-up to one or two cache lines, which a
/// node-based map of 100,000 postcodes did not.
class Interner {
  public:
    QString get(const char* p, int n) {
        if (!p || n == 0)
            return {};
        const std::string_view key(p, std::size_t(n));
        if (m_lastIndex >= 0 && key == m_keys[std::size_t(m_lastIndex)]) // consecutive rows repeat most
            return m_values[std::size_t(m_lastIndex)];
        if ((m_keys.size() + 1) * 2 > m_slots.size())
            grow();
        const std::uint32_t h = hash(key);
        std::size_t i = h & (m_slots.size() - 1);
        for (;; i = (i + 1) & (m_slots.size() - 1)) {
            const Slot s = m_slots[i];
            if (s.index == 0)
                break;
            if (s.hash == h && m_keys[s.index - 1] == key) {
                m_lastIndex = int(s.index - 1);
                return m_values[s.index - 1];
            }
        }
        m_keys.emplace_back(key);
        m_values.push_back(QString::fromUtf8(p, n));
        m_slots[i] = Slot{h, std::uint32_t(m_keys.size())};
        m_lastIndex = int(m_keys.size() - 1);
        return m_values.back();
    }
    /// The position of the value get() returned last (0, 1, 2… in the order values were first
    /// met), so callers can keep something per distinct value in a vector; -1 before any.
    int lastIndex() const { return m_lastIndex; }

  private:
    struct Slot {
        std::uint32_t hash = 0;
        std::uint32_t index = 0; ///< 1 + index into m_keys and m_values; 0: empty
    };

    static std::uint32_t hash(std::string_view key) { // FNV-1a: short keys, no set-up
        std::uint32_t h = 2166136261u;
        for (char c : key)
            h = (h ^ std::uint8_t(c)) * 16777619u;
        return h;
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
    std::vector<std::string> m_keys;
    std::vector<QString> m_values;
    int m_lastIndex = -1;
};

} // namespace pd::core
