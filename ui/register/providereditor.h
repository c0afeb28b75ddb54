// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/provider.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace pd::core {
class Desk;
}

namespace pd::ui {

class DateField;
class PostcodeField;

/// Adds or edits a provider. Suspension and exclusion are separate actions (they need a
/// reason); a failed or conflicting save keeps what was typed.
class ProviderEditor : public QDialog {
    Q_OBJECT
  public:
    ProviderEditor(core::Desk& desk, const core::Provider& provider, QWidget* parent = nullptr);

    /// The provider as the form holds it; false (with a message) when a field cannot be read.
    bool read(core::Provider* out, QString* problem) const;
    /// Saves; on failure returns the message and leaves the form as it is.
    core::Status save();
    const core::Provider& saved() const { return m_provider; }

    void accept() override;

  private:
    core::Desk& m_desk;
    core::Provider m_provider;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_urn;
    QComboBox* m_rating;
    DateField* m_ratingDate;
    QComboBox* m_status;
    QLineEdit* m_bandLower;
    QLineEdit* m_bandUpper;
    QLineEdit* m_email;
    QPlainTextEdit* m_contacts;
    QPlainTextEdit* m_address;
    PostcodeField* m_postcode;
};

} // namespace pd::ui
