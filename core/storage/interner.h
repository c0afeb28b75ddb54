// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

namespace pd::core {

/// Codes, URNs and postcodes repeat across 100,000 rows: share one QString per distinct value.
/// Inline on purpose: it is called for every text column of every row.
class Interner {
  public:
    QString get(const char* p, int n) {
        if (!p || n == 0)
            return {};
        const std::string_view key(p, std::size_t(n));
        if (key == m_lastKey) // consecutive rows of one child repeat most values
            return m_last;
        auto it = m_strings.find(key);
        if (it == m_strings.end()) {
            const std::string& owned = m_keys.emplace_back(key);
            it = m_strings.emplace(std::string_view(owned), QString::fromUtf8(p, n)).first;
        }
        m_lastKey = it->first;
        m_last = it->second;
        return m_last;
    }

  private:
    std::string_view m_lastKey;
    QString m_last;
    std::deque<std::string> m_keys;
    std::unordered_map<std::string_view, QString> m_strings;
};

} // namespace pd::core
