// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/jsonscan.h"

#include "core/exchange/textcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

namespace pd::core {

namespace {

/// Recursive descent over the bytes; stops at the first problem or syntax error.
class Scanner {
  public:
    Scanner(const QByteArray& s, JsonScan& out) : m_s(s), m_out(out) {}

    void run() {
        space();
        value(QString(), 0);
    }

  private:
    static constexpr int kMaxDepth = 64; // deeper than any referral; stops runaway nesting

    bool stopped() const { return m_stop || !m_out.problem.isEmpty(); }
    char peek() const { return m_i < m_s.size() ? m_s.at(m_i) : '\0'; }

    void space() {
        while (m_i < m_s.size()) {
            const char c = m_s.at(m_i);
            if (c == '\n')
                ++m_line;
            else if (c != ' ' && c != '\t' && c != '\r')
                return;
            ++m_i;
        }
    }

    void problem(int line, const QString& text) {
        if (m_out.problem.isEmpty()) {
            m_out.problemLine = line;
            m_out.problem = text;
        }
    }

    /// A string literal at m_i, decoded (escapes included); false on a syntax error.
    bool string(QString* text) {
        const qsizetype start = m_i;
        ++m_i;
        while (m_i < m_s.size()) {
            const char c = m_s.at(m_i);
            if (c == '"') {
                ++m_i;
                const QByteArray literal = "[" + m_s.mid(start, m_i - start) + "]";
                const QJsonDocument doc = QJsonDocument::fromJson(literal);
                if (!doc.isArray())
                    return false;
                *text = doc.array().at(0).toString();
                return true;
            }
            if (c == '\n')
                ++m_line;
            m_i += c == '\\' ? 2 : 1;
        }
        return false;
    }

    static QString named(const QString& path) { return path.isEmpty() ? QStringLiteral("the file") : path; }

    void checkText(const QString& text, const QString& path, int line) {
        if (const QString p = TextCheck::textProblem(text); !p.isEmpty())
            problem(line, QStringLiteral("%1: %2").arg(named(path), p));
    }

    void value(const QString& path, int depth) {
        if (stopped())
            return;
        if (depth > kMaxDepth) {
            problem(m_line, QStringLiteral("%1: nested more than %2 deep.").arg(named(path)).arg(kMaxDepth));
            return;
        }
        const char c = peek();
        if (c == '{')
            object(path, depth);
        else if (c == '[')
            array(path, depth);
        else if (c == '"') {
            const int line = m_line;
            QString text;
            if (!string(&text))
                m_stop = true;
            else
                checkText(text, path, line);
        } else {
            while (m_i < m_s.size() && !QByteArrayView(",]} \t\r\n").contains(m_s.at(m_i)))
                ++m_i;
        }
    }

    void object(const QString& path, int depth) {
        ++m_i;
        QSet<QString> keys;
        space();
        if (peek() == '}') {
            ++m_i;
            return;
        }
        while (!stopped()) {
            space();
            if (peek() != '"') {
                m_stop = true;
                return;
            }
            const int line = m_line;
            QString key;
            if (!string(&key)) {
                m_stop = true;
                return;
            }
            const QString child = path.isEmpty() ? key : path + u'.' + key;
            checkText(key, child, line);
            if (keys.contains(key))
                problem(line, QStringLiteral("%1: the key \"%2\" appears twice in %3; keep one and import "
                                             "again.")
                                  .arg(child, key, path.isEmpty() ? QStringLiteral("the object") : path));
            keys.insert(key);
            m_out.lines.insert(child, line);
            space();
            if (peek() != ':') {
                m_stop = true;
                return;
            }
            ++m_i;
            space();
            value(child, depth + 1);
            space();
            if (peek() == ',') {
                ++m_i;
                continue;
            }
            if (peek() == '}')
                ++m_i;
            else
                m_stop = true;
            return;
        }
    }

    void array(const QString& path, int depth) {
        ++m_i;
        space();
        if (peek() == ']') {
            ++m_i;
            return;
        }
        for (int index = 0; !stopped(); ++index) {
            space();
            const QString child = QStringLiteral("%1[%2]").arg(path).arg(index);
            m_out.lines.insert(child, m_line);
            value(child, depth + 1);
            space();
            if (peek() == ',') {
                ++m_i;
                continue;
            }
            if (peek() == ']')
                ++m_i;
            else
                m_stop = true;
            return;
        }
    }

    const QByteArray& m_s;
    JsonScan& m_out;
    qsizetype m_i = 0;
    int m_line = 1;
    bool m_stop = false;
};

} // namespace

JsonScan JsonScan::of(const QByteArray& json) {
    JsonScan out;
    if (const auto [line, p] = TextCheck::fileProblem(json); !p.isEmpty()) {
        out.problemLine = line;
        out.problem = p;
        return out;
    }
    Scanner(json, out).run();
    return out;
}

int JsonScan::lineOf(QString path) const {
    while (!path.isEmpty()) {
        if (auto it = lines.constFind(path); it != lines.cend())
            return *it;
        const qsizetype cut = std::max(path.lastIndexOf(u'.'), path.lastIndexOf(u'['));
        if (cut <= 0)
            return 0;
        path.truncate(cut);
    }
    return 0;
}

} // namespace pd::core
