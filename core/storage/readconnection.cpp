// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/readconnection.h"

namespace pd::core {

Status ReadConnection::begin() {
    if (m_depth == 0) {
        if (auto s = beginSnapshot(); !s)
            return s;
    }
    ++m_depth;
    return {};
}

void ReadConnection::end() {
    if (m_depth == 0)
        return;
    if (--m_depth == 0)
        endSnapshot();
}

} // namespace pd::core
