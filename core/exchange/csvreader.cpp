// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/csvreader.h"

#include "core/exchange/textcheck.h"

namespace pd::core {

Status CsvReader::readHeader() {
    QStringList fields;
    if (!next(&fields))
        return Error::invalid(m_error.isEmpty() ? QStringLiteral("the file is empty: it needs a header row.")
                                                : m_error);
    m_header.clear();
    m_columns.clear();
    for (int i = 0; i < fields.size(); ++i) {
        const QString name = fields[i].trimmed();
        m_header << name;
        // A column named twice would leave which value counts to chance: refused.
        if (!name.isEmpty() && m_columns.contains(name.toLower()))
            return Error::invalid(QStringLiteral("the column %1 appears twice (columns %2 and %3); keep "
                                                 "one and import again.")
                                      .arg(name)
                                      .arg(m_columns.value(name.toLower()) + 1)
                                      .arg(i + 1));
        m_columns.insert(name.toLower(), i);
    }
    return {};
}

Status CsvReader::requireColumns(const QStringList& names, const QString& fileLabel) const {
    QStringList missing;
    for (const QString& n : names)
        if (column(n) < 0)
            missing << n;
    if (missing.isEmpty())
        return {};
    return Error::invalid(QStringLiteral("%1, line 1: the header lacks the column(s) %2.")
                              .arg(fileLabel, missing.join(QStringLiteral(", "))));
}

bool CsvReader::checkLine(const QByteArray& line, bool first) {
    const QString problem = TextCheck::lineProblem(line, first);
    if (problem.isEmpty())
        return true;
    m_error = problem;
    m_rowLine = m_line;
    return false;
}

bool CsvReader::next(QStringList* fields) {
    fields->clear();
    QByteArray line = m_device.readLine();
    if (line.isEmpty())
        return false;
    ++m_line;
    m_rowLine = m_line;
    const bool first = m_first;
    if (m_first) {
        m_first = false;
        if (line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
    }
    if (!checkLine(line, first))
        return false;
    QString text = QString::fromUtf8(line);
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    for (qsizetype i = 0;; ++i) {
        if (i >= text.size()) {
            if (!quoted)
                break;
            // A quoted field runs over a line break: read on.
            const QByteArray more = m_device.readLine();
            if (more.isEmpty()) {
                m_error = QStringLiteral("a quoted field is not closed before the end of the file.");
                return false;
            }
            ++m_line;
            if (!checkLine(more, false))
                return false;
            text = QString::fromUtf8(more);
            i = -1;
            continue;
        }
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty() && !fieldWasQuoted) {
            quoted = true;
            fieldWasQuoted = true;
        } else if (c == u',') {
            *fields << field;
            field.clear();
            fieldWasQuoted = false;
        } else if (c == u'\r' || c == u'\n') {
            // end of record
        } else {
            field += c;
        }
    }
    *fields << field;
    return true;
}

} // namespace pd::core
