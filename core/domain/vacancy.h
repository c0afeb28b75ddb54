// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QDate>

namespace pd::core {

/// Places at a provision available from a date (until a date, when known).
struct Vacancy {
    qint64 id = 0;
    qint64 rowVersion = 0;
    qint64 provisionId = 0;
    QDate from;
    QDate until; ///< invalid: open-ended
    int places = 1;

    /// Open on the given day.
    bool openOn(const QDate& day) const { return from <= day && (!until.isValid() || until >= day); }
    Status validate() const {
        if (!from.isValid())
            return Error::invalid(QStringLiteral("A vacancy needs the date it is available from."));
        if (until.isValid() && until < from)
            return Error::invalid(QStringLiteral("The vacancy ends (%1) before it starts (%2).")
                                      .arg(until.toString(Qt::ISODate), from.toString(Qt::ISODate)));
        if (places < 1)
            return Error::invalid(QStringLiteral("A vacancy has at least one place."));
        return {};
    }
};

} // namespace pd::core
