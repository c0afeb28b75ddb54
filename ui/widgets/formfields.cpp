// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/formfields.h"

#include <QComboBox>
#include <QLineEdit>

namespace pd::ui {

QDate FormFields::date(const QLineEdit* edit, bool* ok) {
    const QString text = edit->text().trimmed();
    *ok = true;
    if (text.isEmpty())
        return {};
    QDate d = QDate::fromString(text, QStringLiteral("dd/MM/yyyy"));
    if (!d.isValid())
        d = QDate::fromString(text, Qt::ISODate);
    *ok = d.isValid();
    return d;
}

QString FormFields::dateText(const QDate& date) {
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

std::optional<double> FormFields::amount(const QLineEdit* edit, bool* ok) {
    QString text = edit->text().trimmed();
    text.remove(u'£').remove(u',');
    *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    const double v = text.toDouble(ok);
    return *ok ? std::optional<double>(v) : std::nullopt;
}

void FormFields::select(QComboBox* combo, const QVariant& value) {
    const int i = combo->findData(value);
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

} // namespace pd::ui
