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
class QAbstractItemModel;
class QTableView;
class QVBoxLayout;

namespace pd::ui {

class ContactModel;
class CriteriaModel;
class DateField;
class PostcodeField;
class ReferralChildrenModel;

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

    QTableView* childrenTable() const { return m_children; }
    ReferralChildrenModel* childrenModel() const { return m_childrenModel; }
    ContactModel* contactModel() const { return m_contactModel; }
    QLineEdit* socialWorkerEdit() const { return m_socialWorker; }
    QLineEdit* homePostcodeEdit() const;
    PostcodeField* homePostcodeField() const { return m_homePostcode; }
    DateField* neededByField() const { return m_neededByDate; }
    QComboBox* neededByCombo() const { return m_neededBy; }
    QPlainTextEdit* outcomesEdit() const { return m_outcomes; }
    QPlainTextEdit* childsWishesEdit() const { return m_childsWishes; }
    QPlainTextEdit* newHomeMattersEdit() const { return m_newHomeMatters; }
    QTableView* essentialTable() const { return m_essential; }
    QTableView* desirableTable() const { return m_desirable; }
    CriteriaModel* essentialModel() const { return m_essentialModel; }
    CriteriaModel* desirableModel() const { return m_desirableModel; }
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
    void watch(QAbstractItemModel* model);

    core::Referral m_base;
    bool m_loading = false;
    QHash<QString, QComboBox*> m_combos;
    QTableView* m_children = nullptr;
    ReferralChildrenModel* m_childrenModel = nullptr;
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
    QTableView* m_contact = nullptr;
    ContactModel* m_contactModel = nullptr;
    QTableView* m_essential = nullptr;
    CriteriaModel* m_essentialModel = nullptr;
    QTableView* m_desirable = nullptr;
    CriteriaModel* m_desirableModel = nullptr;
    QPlainTextEdit* m_outcomes = nullptr;
    QPlainTextEdit* m_childsWishes = nullptr;
    QPlainTextEdit* m_newHomeMatters = nullptr;
};

} // namespace pd::ui
