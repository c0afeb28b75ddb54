// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/offer.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace pd::core {
class Desk;
}

namespace pd::ui {

class DateField;

/// The form for a provider's offer: the home (each named with provider, postcode and next
/// vacancy, none named the same), the fee, the extras, the start and notes. Opened from the Offers
/// page or from a candidate of the match results, with that home chosen.
class OfferDialog : public QDialog {
    Q_OBJECT
  public:
    OfferDialog(core::Desk& desk, qint64 referralId, QWidget* parent = nullptr);

    /// Chooses the home (and its usual weekly fee and extras); false when it is not in the list.
    bool chooseProvision(qint64 provisionId, double weeklyFee = -1, double extras = -1);
    /// The offer as the form reads now (not saved).
    core::Offer offer() const;
    /// Saves the offer; on success the dialog is accepted and savedId() is its id. Errors are shown
    /// under the form and returned.
    QString save();
    qint64 savedId() const { return m_savedId; }

    QComboBox* homeBox() const { return m_home; }
    QDoubleSpinBox* feeBox() const { return m_fee; }
    DateField* startField() const { return m_start; }

  private:
    core::Desk& m_desk;
    qint64 m_referralId;
    qint64 m_savedId = 0;
    QComboBox* m_home;
    QDoubleSpinBox* m_fee;
    QDoubleSpinBox* m_extras;
    DateField* m_start;
    QLineEdit* m_notes;
    QLabel* m_error;
};

} // namespace pd::ui
