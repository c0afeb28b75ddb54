// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/buddyname.h"

#include <QLabel>
#include <QRegularExpression>

namespace pd::ui {

void nameFromBuddyLabel(QWidget* field, QWidget* edit) {
    if (!edit->accessibleName().isEmpty() || !field->parentWidget())
        return;
    for (const QLabel* label : field->parentWidget()->findChildren<QLabel*>())
        if (label->buddy() == field) {
            QString words = label->text();
            words.remove(QRegularExpression(QStringLiteral("&(?!&)")));
            edit->setAccessibleName(words.trimmed());
            return;
        }
}

} // namespace pd::ui
