// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/datefield.h"

#include "ui/widgets/buddyname.h"

#include "core/domain/typeddate.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace pd::ui {

namespace {
const QString kFormat = QStringLiteral("dd/MM/yyyy");
}

DateField::DateField(QWidget* parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_button(new QToolButton(this)),
      m_message(new QLabel(this)) {
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit);
    row->addWidget(m_button);
    row->addStretch();
    column->addLayout(row);
    column->addWidget(m_message);
    m_edit->setPlaceholderText(tr("not given (dd/mm/yyyy)"));
    m_edit->setMaxLength(24);
    m_edit->setMinimumWidth(
        m_edit->fontMetrics().horizontalAdvance(QStringLiteral("not given (dd/mm/yyyy)")) + 16);
    m_edit->setToolTip(tr("Type the date as dd/mm/yyyy, or pick it from the calendar (Alt+Down)."));
    m_button->setText(tr("Calendar…"));
    m_button->setToolTip(tr("Pick the date from a calendar (Alt+Down)"));
    m_button->setAccessibleName(tr("Pick a date from the calendar"));
    m_message->setWordWrap(true);
    m_message->setFixedWidth(460);
    m_message->setStyleSheet(QStringLiteral("color: #8a1c1c;"));
    m_message->hide();
    setFocusProxy(m_edit);
    // A label's Alt+letter focuses its buddy only when the buddy takes focus (the edit then has it).
    setFocusPolicy(Qt::StrongFocus);
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        showProblem();
        emit edited();
        emit dateChanged(date());
    });
    connect(m_button, &QToolButton::clicked, this, &DateField::openCalendar);
    m_edit->installEventFilter(this);
}

QDate DateField::date() const {
    const core::TypedDate typed = core::TypedDate::read(m_edit->text());
    return typed.ok() && (!m_minimum.isValid() || typed.date >= m_minimum) ? typed.date : QDate();
}

void DateField::setDate(const QDate& date) {
    m_edit->setText(date.isValid() ? date.toString(kFormat) : QString());
}

void DateField::setOptional(bool optional) {
    m_optional = optional;
    m_edit->setPlaceholderText(optional ? tr("not given (dd/mm/yyyy)") : tr("dd/mm/yyyy"));
    showProblem();
}

bool DateField::isEmpty() const {
    return m_edit->text().trimmed().isEmpty();
}

QString DateField::problem() const {
    const core::TypedDate typed = core::TypedDate::read(m_edit->text());
    if (!typed.ok())
        return typed.problem;
    if (typed.empty())
        return m_optional ? QString() : tr("Give a date (dd/mm/yyyy).");
    if (m_minimum.isValid() && typed.date < m_minimum)
        return tr("%1 is before %2: give a date on or after it.")
            .arg(typed.date.toString(kFormat), m_minimum.toString(kFormat));
    return {};
}

void DateField::setMinimumDate(const QDate& date) {
    m_minimum = date;
    showProblem();
}

void DateField::setReadOnly(bool readOnly) {
    m_edit->setReadOnly(readOnly);
    m_button->setEnabled(!readOnly);
}

void DateField::showProblem() {
    // An empty required field is not shouted at while the form is being filled in.
    const QString why = isEmpty() ? QString() : problem();
    m_message->setText(why.isEmpty() ? QString() : tr("⚠ %1").arg(why));
    // A wrapped sentence under a field of its size hint: its height set for its width, or it is cut.
    m_message->setFixedHeight(std::max(0, m_message->heightForWidth(m_message->width()))); // -1: no text
    m_message->setVisible(!why.isEmpty());
    m_edit->setAccessibleDescription(why);
}

QCalendarWidget* DateField::openCalendar() {
    if (!m_popup) {
        m_popup = new QWidget(this, Qt::Popup);
        auto* layout = new QVBoxLayout(m_popup);
        layout->setContentsMargins(0, 0, 0, 0);
        m_calendar = new QCalendarWidget(m_popup);
        m_calendar->setGridVisible(true);
        m_calendar->setFirstDayOfWeek(Qt::Monday);
        layout->addWidget(m_calendar);
        connect(m_calendar, &QCalendarWidget::activated, this, [this](const QDate& d) {
            setDate(d);
            m_popup->hide();
            m_edit->setFocus();
        });
        connect(m_calendar, &QCalendarWidget::clicked, this, [this](const QDate& d) {
            setDate(d);
            m_popup->hide();
            m_edit->setFocus();
        });
    }
    const QDate shown = date().isValid() ? date() : QDate::currentDate();
    m_calendar->setSelectedDate(shown);
    m_calendar->setCurrentPage(shown.year(), shown.month());
    m_popup->move(m_edit->mapToGlobal(QPoint(0, m_edit->height())));
    m_popup->show();
    m_calendar->setFocus();
    return m_calendar;
}

bool DateField::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down && key->modifiers() & Qt::AltModifier) {
            openCalendar();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pd::ui

namespace pd::ui {

void DateField::showEvent(QShowEvent* event) {
    nameFromBuddyLabel(this, m_edit); // the label is known once the form is laid out
    QWidget::showEvent(event);
}

} // namespace pd::ui
