// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/provision.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace pd::core {
class Desk;
}

namespace pd::ui {

class PostcodeField;

/// Adds or edits a provision (a foster household or a home) with the children living there.
/// A failed or conflicting save keeps what was typed.
class ProvisionEditor : public QDialog {
    Q_OBJECT
  public:
    ProvisionEditor(core::Desk& desk, const core::Provision& provision, QWidget* parent = nullptr);

    bool read(core::Provision* out, QString* problem) const;
    core::Status save();
    const core::Provision& saved() const { return m_provision; }
    void accept() override;

  private:
    core::Desk& m_desk;
    core::Provision m_provision;
    QLineEdit* m_code;
    QLineEdit* m_name;
    QComboBox* m_type;
    QSpinBox* m_minAge;
    QSpinBox* m_maxAge;
    QSpinBox* m_places;
    QComboBox* m_sexes;
    QListWidget* m_skills;
    QLineEdit* m_ethnicity;
    QLineEdit* m_religion;
    QLineEdit* m_languages;
    QCheckBox* m_pets;
    QCheckBox* m_smoking;
    PostcodeField* m_postcode;
    QDoubleSpinBox* m_fee;
    QDoubleSpinBox* m_extras;
    QLineEdit* m_household;
    QPlainTextEdit* m_notes;
    QCheckBox* m_active;
};

} // namespace pd::ui
