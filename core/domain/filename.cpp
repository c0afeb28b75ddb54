// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/filename.h"

#include <QRegularExpression>

namespace pd::core {

QString fileNameFor(const QString& title, const QString& extension) {
    QString text = title;
    // Brackets nest ("(113 record(s))"): take out the innermost until none are left.
    static const QRegularExpression bracketed(QStringLiteral("\\([^()]*\\)"));
    while (text.contains(bracketed))
        text.remove(bracketed);
    text = text.normalized(QString::NormalizationForm_KD).toLower();
    QString name;
    bool gap = false;
    for (const QChar c : text) {
        if ((c >= u'a' && c <= u'z') || c.isDigit()) {
            if (gap && !name.isEmpty())
                name += u'-';
            name += c;
            gap = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            gap = true;
        }
    }
    if (name.isEmpty())
        name = QStringLiteral("export");
    return extension.isEmpty() ? name : name + u'.' + extension;
}

} // namespace pd::core
