// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace pd::core {

/// An e-mail draft (.eml, MIME multipart/mixed with one attachment) that Outlook or Thunderbird
/// opens ready to send; X-Unsent: 1 makes Outlook open it as a draft. No attachment: the text alone.
struct EmailDraft {
    QString fromName;    ///< the sending officer (an encoded-word when it is not plain ASCII)
    QString fromAddress; ///< their e-mail; no From line without it (the mail program puts the account's)
    QString to;
    QString subject;
    QString body;           ///< plain text
    QString attachmentName; ///< e.g. R-2026-0042.pdf
    QByteArray attachment;  ///< the PDF (empty: none)
    QDateTime date = QDateTime::currentDateTimeUtc();

    QByteArray toEml() const;
    /// The From header's value (RFC 5322 name-addr): "Sam Patel" <sam@x.gov.uk>; empty without an address.
    QByteArray fromHeader() const;
};

} // namespace pd::core
