// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/referral.h"
#include "ui/models/rowlistmodel.h"

namespace pd::ui {

/// A contact arrangement as the form's table holds it: the record and the sessions as typed.
struct ContactRow {
    core::ContactArrangement contact;
    QString sessionsText;
};

/// The referral's contact arrangements: with whom, sessions a week, their postcode.
class ContactModel : public RowListModel<ContactRow> {
    Q_OBJECT
  public:
    enum Column { With, Sessions, Postcode, ColumnCount };

    using RowListModel::RowListModel;
    void setContact(const QList<core::ContactArrangement>& contact);
    /// The rows with a name or a postcode, in order.
    QList<core::ContactArrangement> contact() const;
    /// Sentences for what cannot be read (sessions that are not a number, a postcode that is not one).
    QStringList problems() const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
};

} // namespace pd::ui
