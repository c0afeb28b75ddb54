// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/auditfilter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace pd::core {
class Desk;
}

namespace pd::ui {

class DateField;

class TableSnapshotModel;

/// The audit log for managers, budget holders and administrators (AuditService): who changed what
/// and when, filtered by record, user and date range, exported to CSV. For anyone else it shows
/// the reason they may not see it and nothing else.
class AuditDialog : public QDialog {
    Q_OBJECT
  public:
    explicit AuditDialog(core::Desk& desk, QWidget* parent = nullptr);

    /// The filter the fields describe.
    core::AuditFilter filter() const;
    /// Sets the fields (as a user would) and shows the matching rows.
    void setFilter(const core::AuditFilter& filter);
    /// Shows the rows the fields select; false (and the reason in message()) when refused.
    bool apply();
    /// Writes the shown filter's rows to path as CSV (what Export does after asking for a file).
    bool exportTo(const QString& path);

    TableSnapshotModel* model() const { return m_model; }
    QString message() const;
    QPushButton* exportButton() const { return m_export; }

  private:
    void exportAsked();

    core::Desk& m_desk;
    QComboBox* m_table;
    QSpinBox* m_rowId;
    QLineEdit* m_who;
    QCheckBox* m_dated;
    DateField* m_from;
    DateField* m_to;
    QPushButton* m_show;
    QPushButton* m_export;
    QTableView* m_view;
    TableSnapshotModel* m_model;
    QLabel* m_message;
};

} // namespace pd::ui
