// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/homeprofile.h"

namespace pd::core {

Status HomeProfile::validateAbout() const {
    if (about.size() > kMaxAbout)
        return Error::invalid(
            QStringLiteral("The home's \"about us\" text is %1 characters long; keep it to %2 "
                           "(a page a child can read).")
                .arg(about.size())
                .arg(kMaxAbout));
    for (const QChar c : about)
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\r' && c != u'\t')
            return Error::invalid(QStringLiteral("The home's \"about us\" text holds a control character "
                                                 "(U+%1); type it again or paste it as plain text.")
                                      .arg(c.unicode(), 4, 16, QLatin1Char('0')));
    return {};
}

} // namespace pd::core
