// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/importproblems.h"

namespace pd::core {

void ImportProblems::add(const QString& file, int line, const QString& reason) {
    ++m_count;
    if (m_lines.size() < kMaxListed)
        m_lines << QStringLiteral("%1, line %2: %3").arg(file).arg(line).arg(reason);
}

Error ImportProblems::error() const {
    const QString count =
        m_count == 1 ? QStringLiteral("1 problem") : QStringLiteral("%1 problems").arg(m_count);
    QString more;
    if (m_count > m_lines.size())
        more = QStringLiteral("\n\u2026 and %1 more.").arg(m_count - m_lines.size());
    if (!m_heading.isEmpty())
        return Error::invalid(QStringLiteral("%1 (nothing was changed): %2.\n").arg(m_heading, count) +
                              m_lines.join(u'\n') + more);
    if (m_count == 1)
        return Error::invalid(m_lines.first() + QStringLiteral(" Nothing was imported."));
    return Error::invalid(m_lines.join(u'\n') + more +
                          QStringLiteral("\nNothing was imported: %1 in the file; mend them and import it "
                                         "again.")
                              .arg(count));
}

} // namespace pd::core
