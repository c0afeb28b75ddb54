// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/textcheck.h"

namespace pd::core::TextCheck {

namespace {

const QString kSaveAsUtf8 = QStringLiteral("Save the file as UTF-8 (in Excel: \"CSV UTF-8\"; in Notepad: "
                                           "Encoding UTF-8) and import it again.");

/// Length of the valid UTF-8 sequence at i (1..4), or 0 when the bytes there are not UTF-8
/// (overlong forms, surrogates and code points above U+10FFFF included).
int utf8Length(const QByteArray& s, qsizetype i) {
    const auto b = [&](qsizetype k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
    const unsigned c = b(i);
    if (c < 0x80)
        return 1;
    const auto cont = [&](qsizetype k) { return (b(k) & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF)
        return cont(i + 1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        const unsigned c1 = b(i + 1);
        if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F))
            return 0;
        return cont(i + 1) && cont(i + 2) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        const unsigned c1 = b(i + 1);
        if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F))
            return 0;
        return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    }
    return 0;
}

QString controlProblem(char32_t c, qsizetype column) {
    const QString hex = QStringLiteral("%1").arg(quint32(c), 4, 16, QLatin1Char('0')).toUpper();
    return QStringLiteral("a control character (U+%1) at column %2; remove it and import again.")
        .arg(hex)
        .arg(column);
}

bool isControl(char32_t c) {
    return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || (c >= 0x7F && c <= 0x9F);
}

} // namespace

QString lineProblem(const QByteArray& line, bool first) {
    if (first && (line.startsWith("\xFF\xFE") || line.startsWith("\xFE\xFF")))
        return QStringLiteral("the file is UTF-16 (\"Unicode text\"), which Placement Desk does not read. ") +
               kSaveAsUtf8;
    qsizetype column = 0;
    for (qsizetype i = 0; i < line.size();) {
        ++column;
        const auto c = static_cast<unsigned char>(line[i]);
        if (c == 0)
            return QStringLiteral("a NUL byte (character 0) at column %1: the file is not plain text (if it "
                                  "was saved as UTF-16 or \"Unicode text\": %2)")
                .arg(column)
                .arg(kSaveAsUtf8);
        const int length = utf8Length(line, i);
        if (length == 0)
            return QStringLiteral("the text is not UTF-8 (byte 0x%1 at column %2; the file may have been "
                                  "saved as Latin-1 or Windows-1252). %3")
                .arg(uint(c), 2, 16, QLatin1Char('0'))
                .arg(column)
                .arg(kSaveAsUtf8);
        char32_t code = c;
        if (length == 2)
            code = ((c & 0x1F) << 6) | (static_cast<unsigned char>(line[i + 1]) & 0x3F);
        if (isControl(code))
            return controlProblem(code, column);
        i += length;
    }
    return {};
}

QString textProblem(const QString& text) {
    for (qsizetype i = 0; i < text.size(); ++i)
        if (isControl(text.at(i).unicode()))
            return controlProblem(text.at(i).unicode(), i + 1);
    return {};
}

std::pair<int, QString> fileProblem(const QByteArray& bytes) {
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        if (const QString p = lineProblem(bytes.mid(start, end - start), line == 1); !p.isEmpty())
            return {line, p};
        ++line;
        start = end + 1;
    }
    return {0, QString()};
}

} // namespace pd::core::TextCheck
