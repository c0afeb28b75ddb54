// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/worklist.h"
#include "ui/area.h"
#include "ui/widgets/backgroundread.h"

class QLabel;
class QTableView;

namespace pd::ui {

class WorkListModel;

/// My work: the home view, what the signed-in user has to do by role (core::buildWorkList) — overdue
/// first, then what is due this week, decisions waiting, referrals waiting for providers and invoices
/// to check. Enter or a double-click opens the record.
class MyWorkArea : public Area {
    Q_OBJECT
  public:
    explicit MyWorkArea(QWidget* parent = nullptr);
    void refresh() override;
    QTableView* view() const { return m_view; }
    WorkListModel* model() const { return m_model; }
    QLabel* summary() const { return m_summary; }

  signals:
    void referralActivated(qint64 referralId);
    void childActivated(qint64 childId);
    void invoicesActivated(qint64 invoiceId);

  private:
    void showItems(core::Result<QList<core::WorkItem>>& items, const core::User& user);
    void open(const QModelIndex& index);

    QLabel* m_summary;
    QTableView* m_view;
    WorkListModel* m_model;
    BackgroundRead<QList<core::WorkItem>> m_read{this};
};

} // namespace pd::ui
