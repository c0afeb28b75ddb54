// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/referrallistrow.h"

#include <QAbstractTableModel>

namespace pd::ui {

/// The referral list: one row per referral, read from ReferralRepository::list().
class ReferralListModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column {
        Reference,
        Children,
        State,
        Urgency,
        NeededBy,
        Officer,
        SocialWorker,
        Received,
        ColumnCount
    };
    enum class Role { Id = Qt::UserRole + 1, StateValue, Emergency, SearchText, DaysOverdue };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<core::ReferralListRow> rows);
    const QList<core::ReferralListRow>& rows() const { return m_rows; }
    /// Lower-case reference, children, officer, social worker and state of a row.
    const QString& searchText(int row) const { return m_search[row]; }
    /// Received time as milliseconds, for sorting without QDateTime comparisons.
    qint64 receivedKey(int row) const { return m_receivedKey[row]; }
    /// "Emergency", "Today", "In less than 5 days", ...; with "⚠ overdue by N days" when the
    /// needed-by date has passed and the referral is still undecided on today.
    static QString urgency(const core::ReferralListRow& row, const QDate& today = QDate::currentDate());
    /// The day overdue referrals are counted from (today unless a test says otherwise).
    void setToday(const QDate& today) { m_today = today; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

  private:
    QList<core::ReferralListRow> m_rows;
    QDate m_today = QDate::currentDate();
    QStringList m_search;
    QList<qint64> m_receivedKey; ///< lower-case text per row, built once so each keystroke only compares
};

} // namespace pd::ui
