// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace pd::core {

/// Strict input (docs/formats.md): imported files are UTF-8 text without NUL bytes or control
/// characters (tab, carriage return and line feed are allowed). Each function returns what is
/// wrong, as the middle of a sentence ("the text is not UTF-8 ..."), or an empty string.
namespace TextCheck {

/// The raw bytes of one line of a file (first: the file's first line, where a UTF-16 byte
/// order mark would be).
QString lineProblem(const QByteArray& line, bool first);
/// Decoded text (a JSON string after its escapes, a CSV field): no control characters but
/// tab, carriage return and line feed.
QString textProblem(const QString& text);
/// The 1-based line of a whole small file (JSON) its first problem is on, with the problem; 0 and
/// an empty string when the file is fine.
std::pair<int, QString> fileProblem(const QByteArray& bytes);

} // namespace TextCheck

} // namespace pd::core
