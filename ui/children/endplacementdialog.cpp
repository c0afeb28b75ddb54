// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/children/endplacementdialog.h"

#include "core/domain/placementending.h"
#include "core/services/desk.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>

namespace pd::ui {

EndPlacementDialog::EndPlacementDialog(core::Desk& desk, qint64 placementId, QWidget* parent)
    : RecordDialog(desk, placementId, tr("End the placement"), tr("End placement"), parent),
      m_endedOn(nullptr), m_reason(new QComboBox(this)) {
    m_endedOn = addDateField(tr("&Ended on"));
    for (core::EndingReason r : core::allEndingReasons()) {
        const core::EndingReasonInfo& info = core::endingReasonInfo(r);
        const QString codes = QString::fromUtf8(info.reasonPlaceChange).isEmpty()
                                  ? QString::fromUtf8(info.rec)
                                  : QStringLiteral("%1 %2").arg(QString::fromUtf8(info.rec),
                                                                QString::fromUtf8(info.reasonPlaceChange));
        m_reason->addItem(tr("%1 (SSDA903 %2)").arg(core::endingReasonLabel(r), codes), int(r));
    }
    m_reason->setAccessibleName(tr("Why the placement ended"));
    form()->addRow(tr("&Why"), m_reason);
    auto* note = new QLabel(this);
    note->setWordWrap(true);
    auto explain = [this, note] {
        const auto r = core::EndingReason(m_reason->currentData().toInt());
        note->setText(
            core::isMove(r)
                ? tr("The child moves to another placement: a follow-up referral is opened in Draft for "
                     "the move, and the next placement must start on the day this one ends.")
                : tr("The child leaves care, or stays with the carers as an adult: no referral is opened."));
    };
    connect(m_reason, &QComboBox::currentIndexChanged, this, explain);
    explain();
    form()->addRow(note);
    finish();
}

core::Status EndPlacementDialog::save() {
    auto ended = desk().endings().end(placementId(), m_endedOn->date(),
                                      core::EndingReason(m_reason->currentData().toInt()));
    if (!ended)
        return ended.error();
    m_ended = ended.value();
    return {};
}

} // namespace pd::ui
