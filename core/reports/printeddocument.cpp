// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/printeddocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>

namespace pd::core {

Result<QString> PrintedDocument::fill(const QString& templateName, const QHash<QString, QString>& html) {
    QFile f(QStringLiteral(":/templates/") + templateName);
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(
            QStringLiteral("The document template %1 is missing from this build.").arg(templateName));
    QString text = QString::fromUtf8(f.readAll());
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([a-z_]+)\\}\\}"));
    QString out;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += html.value(m.captured(1));
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

Result<QByteArray> PrintedDocument::pdfBytes(const QString& html, const QString& title, Orientation o) {
    const auto orientation = o == Orientation::Landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error::invalid(
            QStringLiteral("Printing needs the graphical application (run with a QGuiApplication)."));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Placement Desk"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        writer.setResolution(300);
        QTextDocument doc;
        // Lay out at the writer's resolution, or point sizes come out at a third of their size.
        doc.documentLayout()->setPaintDevice(&writer);
        doc.setHtml(html);
        doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
        doc.print(&writer);
    }
    return bytes;
}

Status PrintedDocument::writePdf(const QString& html, const QString& path, const QString& title,
                                 Orientation o) {
    auto bytes = pdfBytes(html, title, o);
    if (!bytes)
        return bytes.error();
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes.value()) != bytes->size())
        return Error::io(QStringLiteral("Could not write %1: %2").arg(path, f.errorString()));
    return {};
}

QString PrintedDocument::row(const QString& label, const QString& value) {
    return rowHtml(label, value.toHtmlEscaped());
}

QString PrintedDocument::rowHtml(const QString& label, const QString& valueHtml) {
    return QStringLiteral("<tr><td class=\"label\" width=\"34%\">") + label.toHtmlEscaped() +
           QStringLiteral("</td><td>") + valueHtml + QStringLiteral("</td></tr>");
}

QString PrintedDocument::list(const QStringList& items, const QString& none) {
    QStringList escaped;
    for (const QString& i : items)
        escaped << i.toHtmlEscaped();
    return listHtml(escaped, none);
}

QString PrintedDocument::listHtml(const QStringList& itemsHtml, const QString& none) {
    if (itemsHtml.isEmpty())
        return QStringLiteral("<p>") + none.toHtmlEscaped() + QStringLiteral("</p>");
    QString out = QStringLiteral("<ul>");
    for (const QString& i : itemsHtml)
        out += QStringLiteral("<li>") + i + QStringLiteral("</li>");
    return out + QStringLiteral("</ul>");
}

} // namespace pd::core
