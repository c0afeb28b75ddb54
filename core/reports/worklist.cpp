// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/worklist.h"

#include <algorithm>

namespace pd::core {

namespace {

enum Section { Overdue, DueThisWeek, Decisions, Waiting, Invoices };

QString headingOf(Section s) {
    switch (s) {
    case Overdue:
        return QStringLiteral("Overdue");
    case DueThisWeek:
        return QStringLiteral("Due in the next 7 days");
    case Decisions:
        return QStringLiteral("Decisions waiting for you");
    case Waiting:
        return QStringLiteral("Waiting for providers");
    case Invoices:
        return QStringLiteral("Invoices to check");
    }
    return {};
}

bool undecided(ReferralState s) {
    return s != ReferralState::Draft && s != ReferralState::Placed && s != ReferralState::Closed;
}

QString days(qint64 n) {
    return n == 1 ? QStringLiteral("1 day") : QStringLiteral("%1 days").arg(n);
}

QString referralWhat(const ReferralListRow& r) {
    return r.children.isEmpty() ? r.reference : QStringLiteral("%1 — %2").arg(r.reference, r.children);
}

QString childWhat(const ReviewDue& d) {
    const QString where = d.providerName.isEmpty() ? d.provisionName
                          : d.provisionName.isEmpty()
                              ? d.providerName
                              : QStringLiteral("%1, %2").arg(d.providerName, d.provisionName);
    return where.isEmpty() ? d.childName : QStringLiteral("%1 — %2").arg(d.childName, where);
}

bool isManager(Role r) {
    return r == Role::Manager || r == Role::Admin;
}

} // namespace

QList<WorkItem> buildWorkList(const WorkInputs& in) {
    QList<WorkItem> out;
    auto add = [&out](Section s, WorkRecord record, qint64 id, const QString& what, const QString& why,
                      const QDate& due, bool overdue) {
        out << WorkItem{int(s), headingOf(s), record, id, what, why, due, overdue};
    };
    const Role role = in.user.role;
    const bool officer = role == Role::Officer || role == Role::Admin;
    const QDate week = in.today.addDays(7);

    for (const ReferralListRow& r : in.referrals) {
        if (!undecided(r.state))
            continue;
        const bool mine = r.officer.compare(in.user.login, Qt::CaseInsensitive) == 0;
        const bool theirs = !in.user.displayName.isEmpty() && r.socialWorker == in.user.displayName;
        const QString state = label(r.state);
        // Needed-by dates: an officer's own referrals, a social worker's own children; the manager (and
        // the budget holder, and whoever only reads) sees the team's.
        const bool concerns = officer ? mine : role == Role::SocialWorker ? theirs : true;
        if (r.neededByDate.isValid() && concerns) {
            if (r.neededByDate < in.today)
                add(Overdue, WorkRecord::Referral, r.id, referralWhat(r),
                    QStringLiteral("%1needed %2 ago; still %3.")
                        .arg(r.emergency ? QStringLiteral("Emergency: ") : QString(),
                             days(r.neededByDate.daysTo(in.today)), state),
                    r.neededByDate, true);
            else if (r.neededByDate <= week && officer)
                add(DueThisWeek, WorkRecord::Referral, r.id, referralWhat(r),
                    QStringLiteral("Needed in %1; %2.").arg(days(in.today.daysTo(r.neededByDate)), state),
                    r.neededByDate, false);
        }
        if (officer && mine && r.state == ReferralState::Searching)
            add(Waiting, WorkRecord::Referral, r.id, referralWhat(r),
                QStringLiteral("Sent to providers: record their offers, then present the options."),
                r.neededByDate, false);
        if (isManager(role) && r.state == ReferralState::AwaitingPanel)
            add(Decisions, WorkRecord::Referral, r.id, referralWhat(r),
                QStringLiteral("Awaiting panel: agree the search or return it."), r.neededByDate, false);
        if ((isManager(role) || role == Role::BudgetHolder || theirs) &&
            r.state == ReferralState::AwaitingDecision)
            add(Decisions, WorkRecord::Referral, r.id, referralWhat(r),
                theirs ? QStringLiteral("Options presented: record your choice and the child's view.")
                       : QStringLiteral("Options presented: the social worker's choice, then permission to "
                                        "place."),
                r.neededByDate, false);
    }

    if (role != Role::SocialWorker)
        for (const ReviewDue& d : in.reviews) {
            if (!d.nextDue.isValid() || d.nextDue > week)
                continue;
            const bool late = d.overdueOn(in.today);
            if (!late && !officer)
                continue; // the manager sees what is overdue, the officers what is coming
            add(late ? Overdue : DueThisWeek, WorkRecord::Child, d.childId, childWhat(d),
                late ? QStringLiteral("Review overdue by %1.").arg(days(d.daysOverdueOn(in.today)))
                     : QStringLiteral("Review due in %1.").arg(days(in.today.daysTo(d.nextDue))),
                d.nextDue, late);
        }

    if (officer)
        for (const Invoice& i : in.invoices)
            if (i.status == InvoiceStatus::Received && i.counts() && !i.findings.isEmpty())
                add(Invoices, WorkRecord::Invoice, i.id,
                    QStringLiteral("%1 (%2)").arg(i.number, i.providerUrn),
                    QStringLiteral("%1 finding(s): approve with a note, query or reject.")
                        .arg(i.findings.size()),
                    {}, false);

    std::stable_sort(out.begin(), out.end(), [](const WorkItem& a, const WorkItem& b) {
        if (a.section != b.section)
            return a.section < b.section;
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid();
        if (a.due != b.due)
            return a.due < b.due;
        return a.what < b.what;
    });
    return out;
}

} // namespace pd::core
