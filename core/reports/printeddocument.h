// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QHash>
#include <QStringList>

namespace pd::core {

/// An HTML template from :/templates filled with values, rendered to PDF (QTextDocument + QPdfWriter).
class PrintedDocument {
  public:
    enum class Orientation { Portrait, Landscape };
    /// Replaces each {{key}} by its value. Values are HTML already: build them with the helpers below.
    static Result<QString> fill(const QString& templateName, const QHash<QString, QString>& html);
    /// Writes the HTML as an A4 PDF; needs a QGuiApplication (offscreen is enough).
    static Status writePdf(const QString& html, const QString& path, const QString& title,
                           Orientation orientation = Orientation::Portrait);
    static Result<QByteArray> pdfBytes(const QString& html, const QString& title,
                                       Orientation orientation = Orientation::Portrait);

    static QString escaped(const QString& text) { return text.toHtmlEscaped(); }
    /// <tr><td class="label">label</td><td>value</td></tr>, both escaped.
    static QString row(const QString& label, const QString& value);
    /// <tr> with an escaped label and a value that is HTML already.
    static QString rowHtml(const QString& label, const QString& valueHtml);
    /// <ul> of escaped items (or an escaped "none" line).
    static QString list(const QStringList& items, const QString& none);
    /// <ul> of items that are HTML already (or an escaped "none" line).
    static QString listHtml(const QStringList& itemsHtml, const QString& none);
};

} // namespace pd::core
