// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/registerrow.h"

#include <QAbstractTableModel>

namespace pd::ui {

/// The provider register: one row per provision (core::RegisterRow), read-only.
class RegisterModel : public QAbstractTableModel {
    Q_OBJECT
  public:
    enum Column {
        Provider,
        Kind,
        Framework,
        Rating,
        Provision,
        Type,
        Ages,
        Places,
        Vacancy,
        WeeklyFee,
        Postcode,
        Miles,
        Skills,
        ColumnCount
    };
    /// Role with a value that sorts naturally (numbers, ISO dates) for the sort proxy.
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int ProviderIdRole = Qt::UserRole + 2;
    static constexpr int ProvisionIdRole = Qt::UserRole + 3; ///< 0 for a provider without a home

    explicit RegisterModel(QObject* parent = nullptr);

    void setRows(QList<core::RegisterRow> rows);
    const core::RegisterRow& row(int index) const { return m_rows.at(index); }
    /// Where the Miles column measures from; nullopt hides the distances.
    void setOrigin(std::optional<core::Coordinates> origin);
    /// "£1,050.00": money as the team writes it, whatever the machine's locale.
    static QString pounds(double amount);
    static QString shortKind(core::ProviderKind kind);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

  private:
    QVariant display(const core::RegisterRow& r, int column) const;
    QVariant sortValue(const core::RegisterRow& r, int column) const;
    std::optional<double> miles(const core::RegisterRow& r) const;

    QList<core::RegisterRow> m_rows;
    std::optional<core::Coordinates> m_origin;
};

} // namespace pd::ui
