// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/emaildraft.h"

#include <QCryptographicHash>
#include <QLocale>

namespace pd::core {

namespace {

// RFC 2047 encoded-word, so non-ASCII subjects survive every mail program.
QByteArray headerText(const QString& text) {
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 128 && c.unicode() >= 32;
    return ascii ? text.toLatin1() : "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

QByteArray wrapped(const QByteArray& base64) {
    QByteArray out;
    for (qsizetype i = 0; i < base64.size(); i += 76)
        out += base64.mid(i, 76) + "\r\n";
    return out;
}

QByteArray safeAddress(const QString& address) {
    QString a = address;
    a.remove(u'\r').remove(u'\n'); // no header injection from the register
    return a.toLatin1();
}

} // namespace

QByteArray EmailDraft::fromHeader() const {
    const QByteArray address = safeAddress(fromAddress.trimmed());
    if (address.isEmpty())
        return {};
    const QString name = QString(fromName).remove(u'\r').remove(u'\n').trimmed();
    if (name.isEmpty())
        return "<" + address + ">";
    QByteArray shown = headerText(name);
    if (!shown.startsWith("=?")) { // plain ASCII: a quoted string, so "Patel, Sam" stays one name
        shown.replace('\\', "\\\\").replace('"', "\\\"");
        shown = '"' + shown + '"';
    }
    return shown + " <" + address + ">";
}

QByteArray EmailDraft::toEml() const {
    const QByteArray boundary =
        "=_pd_" +
        QCryptographicHash::hash(attachment + subject.toUtf8(), QCryptographicHash::Sha1).toHex().left(24);
    QByteArray name = attachmentName.toLatin1();
    name.replace('"', '_');
    QByteArray eml;
    if (const QByteArray from = fromHeader(); !from.isEmpty())
        eml += "From: " + from + "\r\n";
    eml += "To: " + safeAddress(to) + "\r\n";
    eml += "Subject: " + headerText(QString(subject).remove(u'\r').remove(u'\n')) + "\r\n";
    eml += "Date: " +
           QLocale::c().toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1() +
           " +0000\r\n";
    eml += "X-Unsent: 1\r\n";
    eml += "MIME-Version: 1.0\r\n";
    eml += "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n";
    eml += "This is a multi-part message in MIME format.\r\n";
    eml += "--" + boundary + "\r\n";
    eml += "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    eml += wrapped(body.toUtf8().toBase64());
    if (!attachment.isEmpty()) {
        eml += "--" + boundary + "\r\n";
        eml += "Content-Type: application/pdf; name=\"" + name + "\"\r\n";
        eml += "Content-Transfer-Encoding: base64\r\n";
        eml += "Content-Disposition: attachment; filename=\"" + name + "\"\r\n\r\n";
        eml += wrapped(attachment.toBase64());
    }
    eml += "--" + boundary + "--\r\n";
    return eml;
}

} // namespace pd::core
