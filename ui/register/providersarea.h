// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/area.h"
#include "ui/register/importrunner.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;
class QPushButton;
class QAction;
class QTableView;

namespace pd::core {
class Desk;
}

namespace pd::ui {

class RegisterFilter;
class RegisterModel;

/// The Providers tab: the register of providers and provisions with filters, sorting,
/// the provider page, editors and the register's imports.
class ProvidersArea : public Area {
    Q_OBJECT
  public:
    explicit ProvidersArea(QWidget* parent = nullptr);
    void setDesk(core::Desk* desk) override;
    void refresh() override;

    RegisterModel* registerModel() const { return m_model; }
    RegisterFilter* filter() const { return m_filter; }
    QTableView* view() const { return m_view; }
    /// The Import button and its menu's actions (disabled, with the reason, for who may not import).
    QToolButton* importButton() const { return m_import; }
    QList<QAction*> importActions() const;
    QPushButton* newProviderButton() const { return m_newProvider; }
    /// The provider's page, with one of its households or homes chosen (homeId 0: the first).
    void openProviderPage(qint64 providerId, qint64 homeId = 0);

  private:
    QWidget* buildFilters();
    void applyDistance();
    void updateCount();
    void openProvider(const QModelIndex& index);
    void newProvider();
    void runImport(core::RegisterImportKind kind);

    RegisterModel* m_model;
    RegisterFilter* m_filter;
    QTableView* m_view;
    QLineEdit* m_search;
    QComboBox* m_kind;
    QComboBox* m_status;
    QComboBox* m_rating;
    QComboBox* m_skill;
    QCheckBox* m_vacancyNow;
    QSpinBox* m_miles;
    QLineEdit* m_postcode;
    QLabel* m_distanceNote;
    QLabel* m_count;
    QPushButton* m_newProvider = nullptr;
    QToolButton* m_import = nullptr;
};

} // namespace pd::ui
