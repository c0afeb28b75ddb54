// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/postcodefield.h"

#include "ui/widgets/buddyname.h"

#include "core/domain/geo.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <algorithm>

namespace pd::ui {

PostcodeField::PostcodeField(QWidget* parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_message(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_message);
    m_edit->setMaxLength(16);
    m_edit->setPlaceholderText(tr("e.g. RV1 2AB"));
    m_edit->setMaximumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("e.g. SW1A 1AAW")) + 24);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #8a1c1c;"));
    m_message->setFixedWidth(460);
    m_message->hide();
    setFocusProxy(m_edit);
    // A label's Alt+letter focuses its buddy only when the buddy takes focus (the edit then has it).
    setFocusPolicy(Qt::StrongFocus);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        showProblem(false);
        emit edited();
    });
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        if (const QString tidy = core::normalisePostcode(m_edit->text());
            !tidy.isEmpty() && tidy != m_edit->text())
            m_edit->setText(tidy);
        showProblem(true);
    });
}

QString PostcodeField::postcode() const {
    const QString tidy = core::normalisePostcode(m_edit->text());
    return tidy.isEmpty() ? m_edit->text().trimmed() : tidy;
}

void PostcodeField::setPostcode(const QString& postcode) {
    m_edit->setText(postcode);
    showProblem(true);
}

QString PostcodeField::problem() const {
    return core::postcodeProblem(m_edit->text());
}

void PostcodeField::showProblem(bool finished) {
    // While typing, only text that can never become a postcode is refused at once.
    const bool show = finished ? !problem().isEmpty() : !core::couldBecomePostcode(m_edit->text().trimmed());
    m_message->setText(show ? tr("⚠ %1").arg(problem()) : QString());
    m_message->setFixedHeight(std::max(0, m_message->heightForWidth(m_message->width()))); // never cut
    m_message->setVisible(show);
    m_edit->setAccessibleDescription(show ? problem() : QString());
}

} // namespace pd::ui

namespace pd::ui {

void PostcodeField::showEvent(QShowEvent* event) {
    nameFromBuddyLabel(this, m_edit); // the label is known once the form is laid out
    QWidget::showEvent(event);
}

} // namespace pd::ui
