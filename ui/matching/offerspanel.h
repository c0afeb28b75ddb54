// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/offerbook.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace pd::core {
class Desk;
}

namespace pd::ui {

class OffersModel;

/// A referral's offers: each checked against the essential criteria (failures flagged with the
/// reasons) and costed on whole cost; record offers, the options paper, the social worker's choice and the
/// manager's permission to place: the one place where these decisions are taken.
class OffersPanel : public QWidget {
    Q_OBJECT
  public:
    OffersPanel(core::Desk& desk, qint64 referralId, QWidget* parent = nullptr);
    void refresh();
    /// What the Record offer dialog calls; errors are returned for the caller to show.
    core::Result<qint64> recordOffer(const core::Offer& offer);
    const QList<core::CheckedOffer>& offers() const;
    QTableView* table() const { return m_table; }
    OffersModel* model() const { return m_model; }

    /// The offer form, with a home already chosen (at its usual fee and extras) when provisionId is set.
    void openOfferForm(qint64 provisionId = 0, double weeklyFee = -1, double extras = -1);

  signals:
    void changed();

  private:
    void openOptionsPaper();
    void openDecision();

    core::Desk& m_desk;
    qint64 m_referralId;
    QLabel* m_summary;
    OffersModel* m_model;
    QTableView* m_table;
};

} // namespace pd::ui
