// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/terminaloutput.h"

#include <QFileDevice>

namespace pd::app {

namespace {

/// Appends chunk to out without control characters; pendingC2 carries a 0xC2 lead byte (the
/// first byte of U+0080..U+00BF in UTF-8) from one chunk to the next.
void filter(const char* data, qint64 size, bool& pendingC2, QByteArray& out) {
    for (qint64 i = 0; i < size; ++i) {
        const auto b = static_cast<unsigned char>(data[i]);
        if (pendingC2) {
            pendingC2 = false;
            if (b >= 0x80 && b <= 0x9F)
                continue; // a C1 control (U+0080..U+009F): dropped with its lead byte
            out += char(0xC2);
        }
        if (b == 0xC2) {
            pendingC2 = true;
            continue;
        }
        if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7F)
            continue;
        out += char(b);
    }
}

} // namespace

TerminalOutput::TerminalOutput(QIODevice& target) : m_target(target) {
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 TerminalOutput::writeData(const char* data, qint64 size) {
    QByteArray out;
    out.reserve(size);
    filter(data, size, m_pendingC2, out);
    if (!out.isEmpty() && m_target.write(out) != out.size())
        return -1;
    if (auto* file = qobject_cast<QFileDevice*>(&m_target))
        file->flush();
    return size;
}

} // namespace pd::app
