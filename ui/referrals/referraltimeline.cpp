// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/referrals/referraltimeline.h"

#include "core/domain/sendcomment.h"
#include "core/services/desk.h"
#include "ui/models/referralhistorymodel.h"

#include <QHash>
#include <QHeaderView>

namespace pd::ui {

ReferralTimeline::ReferralTimeline(QWidget* parent)
    : QTreeView(parent), m_model(new ReferralHistoryModel(this)) {
    setModel(m_model);
    setRootIsDecorated(false);
    setAccessibleName(tr("Timeline"));
    setAlternatingRowColors(true);
    setWordWrap(true);
    setUniformRowHeights(false);
    header()->setStretchLastSection(true);
}

void ReferralTimeline::showHistory(core::Desk* desk, qint64 referralId) {
    if (!desk || !referralId) {
        m_model->setTransitions({});
        return;
    }
    auto history = desk->referrals().history(referralId);
    if (!history) { // the sentence in the comment column, where the eye reads
        core::ReferralTransition failed;
        failed.comment = history.error().message;
        m_model->setTransitions({failed});
        return;
    }
    // Older files wrote provider numbers into a send's comment: shown by name.
    QHash<qint64, QString> names;
    auto nameOf = [desk, &names](qint64 id) {
        if (!names.contains(id)) {
            auto p = desk->providerRegister().provider(id);
            names.insert(id, p ? p->name : tr("provider %1").arg(id));
        }
        return names.value(id);
    };
    QList<core::ReferralTransition> steps = history.value();
    for (core::ReferralTransition& t : steps)
        t.comment = core::nameProvidersInComment(t.comment, nameOf);
    m_model->setTransitions(steps);
    for (int c = 0; c < m_model->columnCount() - 1; ++c)
        resizeColumnToContents(c);
}

} // namespace pd::ui
