// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/readstatement.h"

#include "core/storage/database.h"

namespace pd::core {

QString ReadStatement::text(int column) const {
    const QByteArrayView b = bytes(column);
    return b.isNull() ? QString() : QString::fromUtf8(b.data(), b.size());
}

QDate ReadStatement::date(int column) const {
    const QByteArrayView b = bytes(column);
    const char* p = b.data();
    if (!p || b.size() < 10 || p[4] != '-' || p[7] != '-')
        return {};
    auto digits = [p](int from, int n) {
        int v = 0;
        for (int k = from; k < from + n; ++k)
            v = v * 10 + (p[k] - '0');
        return v;
    };
    return QDate(digits(0, 4), digits(5, 2), digits(8, 2));
}

Error ReadStatement::error(const QString& doing) const {
    return Database::errorFromText(errorMessage(), doing);
}

} // namespace pd::core
