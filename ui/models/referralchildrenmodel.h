// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/referral.h"
#include "ui/models/rowlistmodel.h"

namespace pd::ui {

/// A child as the form's table holds it: the record, and the date of birth as typed (so a date
/// that is not one stays on screen, marked, instead of vanishing).
struct ChildRow {
    core::ReferralChild child;
    QString dateOfBirthText;
};

/// The referral's children, one row each. Needs are shown in words and edited as codes (a
/// QStringList under Qt::EditRole, or codes separated by commas); the legal status is the SSDA903
/// code shown with its words ("C2 — Full care order").
class ReferralChildrenModel : public RowListModel<ChildRow> {
    Q_OBJECT
  public:
    enum Column {
        FirstName,
        LastName,
        DateOfBirth,
        Sex,
        Ethnicity,
        Religion,
        Language,
        Needs,
        LegalStatus,
        ColumnCount
    };

    using RowListModel::RowListModel;
    void setChildren(const QList<core::ReferralChild>& children);
    /// The rows with a name or a date of birth, in order (blank rows are left out).
    QList<core::ReferralChild> children() const;
    /// What is wrong with what was typed, a sentence per entry ("Child 1: '31/02/2014' is not a date").
    QStringList problems() const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// "C2" -> "C2 — Full care order"; an empty code reads as nothing.
    static QString legalStatusText(const QString& code);
    /// Codes -> their words, separated by commas ("Autism (ASD), Emotional and behavioural ...").
    static QString needsText(const QStringList& codes);
};

} // namespace pd::ui
