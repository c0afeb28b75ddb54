// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/readtransaction.h"

#include "core/storage/readconnection.h"

namespace pd::core {

ReadTransaction::ReadTransaction(ReadConnection& connection)
    : m_connection(connection), m_started(connection.begin()) {}

ReadTransaction::~ReadTransaction() {
    if (m_started)
        m_connection.end();
}

} // namespace pd::core
