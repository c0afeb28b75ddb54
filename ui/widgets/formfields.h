// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <optional>

class QComboBox;
class QLineEdit;
class QVariant;

namespace pd::ui {

/// Small conversions the register's editors share (dates and optional amounts typed as text).
class FormFields {
  public:
    /// dd/mm/yyyy or yyyy-mm-dd; empty text is an invalid (absent) date; ok false on bad text.
    static QDate date(const QLineEdit* edit, bool* ok);
    static QString dateText(const QDate& date);
    static std::optional<double> amount(const QLineEdit* edit, bool* ok);
    /// Selects the item whose data equals value.
    static void select(QComboBox* combo, const QVariant& value);
};

} // namespace pd::ui
