// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/invoice.h"
#include "core/domain/placementreview.h"
#include "core/domain/referrallistrow.h"
#include "core/domain/user.h"

#include <QDate>
#include <QList>
#include <QString>

namespace pd::core {

/// What a work item opens: a referral's window, a child's page, or the invoices (Tools › Money).
enum class WorkRecord { Referral, Child, Invoice };

/// One thing to do on the home view ("My work"), with why and by when.
struct WorkItem {
    int section = 0; ///< order of the sections: 0 overdue first
    QString heading; ///< the section, e.g. "Overdue"
    WorkRecord record = WorkRecord::Referral;
    qint64 id = 0; ///< the referral, the child or the invoice
    QString what;  ///< "R-2026-0042 — Amy Example"
    QString why;   ///< "Needed 12 days ago; still Searching."
    QDate due;     ///< null when the item has no date
    bool overdue = false;
};

/// What the home view is built from (read once, off the GUI thread).
struct WorkInputs {
    QList<ReferralListRow> referrals;
    QList<ReviewDue> reviews;
    QList<Invoice> invoices;
    User user;
    QDate today;
};

/// The user's work, by role (docs/user-guide.md, "My work"): an officer's own referrals past or near
/// their needed-by date and waiting for offers, the team's reviews due this week or overdue, invoices
/// the check found something wrong with; a manager's decisions waiting (panel, permission to place)
/// and the team's overdue referrals and reviews; a social worker's referrals waiting for their choice.
/// Sections in order, each by due date (undated last), then by what.
QList<WorkItem> buildWorkList(const WorkInputs& in);

} // namespace pd::core
