// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/terminaloutput.h"

#include <QFileDevice>

namespace pd::app {

namespace {

/// Appends chunk to out without control characters; pendingC2 carries a 0xC2 lead byte (the
/// first byte of U+0080..U+00BF in UTF-8) from one chunk to the next.
void filter(const char* data, qint64 size, bool& pendingC2, QByteArray& out) {
    // Clean runs are copied whole (tens of megabytes of JSON): only what is dropped breaks a run.
    qint64 run = 0; // start of the clean run not yet copied
    auto dropFrom = [&](qint64 i, qint64 n) {
        out.append(data + run, i - run);
        run = i + n;
    };
    qint64 i = 0;
    if (pendingC2 && size > 0) {
        pendingC2 = false;
        const auto b = static_cast<unsigned char>(data[0]);
        if (b >= 0x80 && b <= 0x9F) {
            run = i = 1; // a C1 control (U+0080..U+009F): dropped with its lead byte
        } else {
            out += char(0xC2);
        }
    }
    for (; i < size; ++i) {
        const auto b = static_cast<unsigned char>(data[i]);
        if (b == 0xC2) {
            if (i + 1 == size) {
                dropFrom(i, 1);
                pendingC2 = true; // decided by the next chunk's first byte
                return;
            }
            const auto next = static_cast<unsigned char>(data[i + 1]);
            if (next >= 0x80 && next <= 0x9F)
                dropFrom(i, 2);
            ++i;
            continue;
        }
        if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7F)
            dropFrom(i, 1);
    }
    out.append(data + run, size - run);
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
