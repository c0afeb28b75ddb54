// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/children/recorddialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace pd::ui {

RecordDialog::RecordDialog(core::Desk& desk, qint64 placementId, const QString& title, const QString& okText,
                           QWidget* parent)
    : QDialog(parent), m_desk(desk), m_placementId(placementId), m_form(new QFormLayout(this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(title);
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a01010;"));
    m_error->setAccessibleName(tr("Why it could not be saved"));
    m_error->hide();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDialog::tryToSave);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString RecordDialog::errorText() const {
    return m_error->text();
}

QDateEdit* RecordDialog::addDateField(const QString& label) {
    auto* edit = new QDateEdit(QDate::currentDate(), this);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    edit->setMaximumDate(QDate::currentDate());
    edit->setAccessibleName(QString(label).remove(u'&'));
    m_form->addRow(label, edit);
    return edit;
}

void RecordDialog::finish() {
    m_form->addRow(m_error);
    m_form->addRow(m_buttons);
}

void RecordDialog::tryToSave() {
    const core::Status saved = save();
    if (!saved) {
        m_error->setText(tr("Not saved: %1").arg(saved.error().message));
        m_error->show();
        return;
    }
    m_error->clear();
    accept();
}

} // namespace pd::ui
