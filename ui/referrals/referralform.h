// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/referral.h"

#include <QHash>
#include <QTabWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QVBoxLayout;

namespace pd::ui {

class DateField;
class PostcodeField;

/// The referral editor's tabs: child(ren), needs and risks, requirements, education and
/// contact, criteria and outcomes. It edits a copy; referral() returns the form's content.
class ReferralForm : public QTabWidget {
    Q_OBJECT
  public:
    explicit ReferralForm(QWidget* parent = nullptr);

    void setReferral(const core::Referral& referral);
    /// The record as the form shows it (fields not on the form come from the last setReferral()).
    core::Referral referral() const;
    void setReadOnly(bool readOnly);
    /// Entries the form cannot read (e.g. a date of birth that is not a date), marked in red.
    QStringList invalidEntries() const;

    QTableWidget* childrenTable() const { return m_children; }
    QLineEdit* socialWorkerEdit() const { return m_socialWorker; }
    QLineEdit* homePostcodeEdit() const;
    PostcodeField* homePostcodeField() const { return m_homePostcode; }
    DateField* neededByField() const { return m_neededByDate; }
    QComboBox* neededByCombo() const { return m_neededBy; }
    QPlainTextEdit* outcomesEdit() const { return m_outcomes; }
    QPlainTextEdit* childsWishesEdit() const { return m_childsWishes; }
    QPlainTextEdit* newHomeMattersEdit() const { return m_newHomeMatters; }
    QTableWidget* essentialTable() const { return m_essential; }
    QTableWidget* desirableTable() const { return m_desirable; }
    /// A categorical field of the standard by name ("riskMissing", "fosterCareSuitability", ...).
    QComboBox* combo(const QString& field) const { return m_combos.value(field); }

  signals:
    void edited();

  private:
    QWidget* buildChildrenPage();
    QWidget* buildNeedsPage();
    QWidget* buildRequirementsPage();
    QWidget* buildEducationPage();
    QWidget* buildCriteriaPage();
    QWidget* buildChildsViewPage();
    QPlainTextEdit* addWords(QVBoxLayout* layout, const QString& label, QWidget* page);
    QComboBox* addCombo(const QString& field);
    void watch(QTableWidget* table);

    core::Referral m_base;
    bool m_loading = false;
    QHash<QString, QComboBox*> m_combos;
    QTableWidget* m_children = nullptr;
    QLineEdit* m_socialWorker = nullptr;
    QLineEdit* m_officer = nullptr;
    QCheckBox* m_emergency = nullptr;
    QComboBox* m_neededBy = nullptr;
    DateField* m_neededByDate = nullptr;
    QLineEdit* m_preferredLocation = nullptr;
    QLineEdit* m_riskOther = nullptr;
    QLineEdit* m_riskToOthersOther = nullptr;
    QHash<QString, QCheckBox*> m_communication;
    QCheckBox* m_homeAdaptation = nullptr;
    QCheckBox* m_deprivationOfLiberty = nullptr;
    QLineEdit* m_additionalSupportOther = nullptr;
    QDoubleSpinBox* m_budget = nullptr;
    PostcodeField* m_homePostcode = nullptr;
    QLineEdit* m_schoolName = nullptr;
    PostcodeField* m_schoolPostcode = nullptr;
    QCheckBox* m_keepSchool = nullptr;
    QTableWidget* m_contact = nullptr;
    QTableWidget* m_essential = nullptr;
    QTableWidget* m_desirable = nullptr;
    QPlainTextEdit* m_outcomes = nullptr;
    QPlainTextEdit* m_childsWishes = nullptr;
    QPlainTextEdit* m_newHomeMatters = nullptr;
};

} // namespace pd::ui
