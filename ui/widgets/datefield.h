// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QLabel;
class QLineEdit;
class QToolButton;

namespace pd::ui {

/// The one way a date is entered: typed as dd/mm/yyyy (or "14 Dec 2026") or picked from a calendar
/// that opens at the date shown, else at today. A date that may be left out ("not given") still
/// takes typing. Text that is not a date (a day the month does not have, a month that does not
/// exist) is refused with a sentence under the field, never changed into another date.
class DateField : public QWidget {
    Q_OBJECT
  public:
    explicit DateField(QWidget* parent = nullptr);

    /// The date typed or picked; invalid when empty or refused (see problem()).
    QDate date() const;
    void setDate(const QDate& date);
    /// Empty text is allowed and reads as "not given" (the default); otherwise it is a problem.
    void setOptional(bool optional);
    bool isEmpty() const;
    /// Why the text is refused, as a sentence; empty when it is a date (or empty and optional).
    QString problem() const;
    /// Earlier dates are refused (e.g. a vacancy's end before its start).
    void setMinimumDate(const QDate& date);
    void setReadOnly(bool readOnly);

    QLineEdit* edit() const { return m_edit; }
    QToolButton* calendarButton() const { return m_button; }
    QLabel* messageLabel() const { return m_message; }
    /// Opens the calendar at the date shown, else today; returns it (for tests).
    QCalendarWidget* openCalendar();

  signals:
    /// The text changed, by typing or picking (emitted whether or not it is a date yet).
    void edited();
    void dateChanged(const QDate& date);

  protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void showProblem();

    QLineEdit* m_edit;
    QToolButton* m_button;
    QLabel* m_message;
    QWidget* m_popup = nullptr;
    QCalendarWidget* m_calendar = nullptr;
    QDate m_minimum;
    bool m_optional = true;
};

} // namespace pd::ui
