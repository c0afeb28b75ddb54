// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/reasondialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace pd::ui {

ReasonDialog::ReasonDialog(const QString& title, const QString& intro, const QString& label, bool required,
                           const QString& okText, QWidget* parent)
    : QDialog(parent), m_required(required), m_label(label), m_reason(new QPlainTextEdit(this)),
      m_message(new QLabel(this)) {
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    if (!intro.isEmpty()) {
        auto* about = new QLabel(intro, this);
        about->setWordWrap(true);
        layout->addWidget(about);
    }
    auto* caption =
        new QLabel(required ? tr("%1 (required):").arg(label) : tr("%1 (optional):").arg(label), this);
    caption->setWordWrap(true);
    caption->setBuddy(m_reason);
    m_reason->setAccessibleName(label);
    m_reason->setTabChangesFocus(true);
    m_reason->setMinimumSize(420, 90);
    layout->addWidget(caption);
    layout->addWidget(m_reason, 1);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #8a1c1c;"));
    m_message->hide();
    layout->addWidget(m_message);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = box->button(QDialogButtonBox::Ok);
    m_ok->setText(okText);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, this, &ReasonDialog::tryAccept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter writes a new line in the box: Ctrl+Enter takes the step, as the button says.
    m_ok->setToolTip(tr("Ctrl+Enter"));
    for (QKeySequence keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &ReasonDialog::tryAccept);
}

QString ReasonDialog::reason() const {
    return m_reason->toPlainText().trimmed();
}

void ReasonDialog::setReason(const QString& text) {
    m_reason->setPlainText(text);
}

bool ReasonDialog::tryAccept() {
    if (m_required && reason().isEmpty()) {
        m_message->setText(tr("⚠ Write %1 first: it is kept with your name in the record.")
                               .arg(m_label.left(1).toLower() + m_label.mid(1)));
        m_message->show();
        m_reason->setFocus();
        return false;
    }
    accept();
    return true;
}

} // namespace pd::ui
