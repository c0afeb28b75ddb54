// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/referrals/referraltimeline.h"

#include "core/domain/sendcomment.h"
#include "core/services/desk.h"
#include "core/workflow/referralworkflow.h"

#include <QHash>
#include <QHeaderView>

namespace pd::ui {

namespace {

QString stateLabel(const QString& name) {
    return core::labelOfCode<core::ReferralState>(name);
}

QString eventLabel(const QString& name) {
    if (const auto e = core::fromCode<core::ReferralEvent>(name))
        return core::label(*e);
    if (name == QLatin1String("create"))
        return ReferralTimeline::tr("Created");
    if (name == QLatin1String("openFollowUp"))
        return ReferralTimeline::tr("Opened as a follow-up");
    return name;
}

QString duration(qint64 seconds) {
    if (seconds < 60)
        return ReferralTimeline::tr("under a minute");
    if (seconds < 3600)
        return ReferralTimeline::tr("%n minute(s)", nullptr, int(seconds / 60));
    if (seconds < 2 * 86400)
        return ReferralTimeline::tr("%n hour(s)", nullptr, int(seconds / 3600));
    return ReferralTimeline::tr("%n day(s)", nullptr, int(seconds / 86400));
}

} // namespace

ReferralTimeline::ReferralTimeline(QWidget* parent) : QTreeWidget(parent) {
    setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("From"), tr("To"), tr("Time in the earlier state"),
                     tr("Comment")});
    setRootIsDecorated(false);
    setAccessibleName(tr("Timeline"));
    setAlternatingRowColors(true);
    setWordWrap(true);
    header()->setStretchLastSection(true);
}

void ReferralTimeline::showHistory(core::Desk* desk, qint64 referralId) {
    clear();
    if (!desk || !referralId)
        return;
    auto history = desk->referrals().history(referralId);
    if (!history) {
        addTopLevelItem(new QTreeWidgetItem({QString(), QString(), history.error().message}));
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
    QDateTime previous;
    for (const core::ReferralTransition& t : history.value()) {
        const QString comment = core::nameProvidersInComment(t.comment, nameOf);
        auto* item =
            new QTreeWidgetItem({t.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")), t.who,
                                 eventLabel(t.event), stateLabel(t.fromState), stateLabel(t.toState),
                                 previous.isValid() ? duration(previous.secsTo(t.at)) : QString(), comment});
        item->setToolTip(6, comment);
        addTopLevelItem(item);
        previous = t.at;
    }
    for (int c = 0; c < columnCount() - 1; ++c)
        resizeColumnToContents(c);
}

} // namespace pd::ui
