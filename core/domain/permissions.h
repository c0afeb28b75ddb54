// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/user.h"

#include <QList>
#include <QString>

namespace pd::core {

/// Every change the services make, for the one table of who may do what (DESIGN.md, "Who may do
/// what"). The referral workflow's decisions (record an offer, present the options paper, the social
/// worker's choice, permission to place) and its repair (reopen a decision) are rows here too: the
/// workflow's transition table takes their roles from this table (rolesAllowed) and refuses them
/// with refusalReason, so there is one list of who may take them. The workflow's other steps
/// (submit, panel, quality check, hold, withdraw...) keep their roles in the transition table.
enum class Operation {
    ImportProviders,
    ImportProvisions,
    ImportVacancies,
    ImportPostcodes,
    ImportSsda903,
    ImportReferral,
    EditReferral,
    EditProvider,
    BarProvider,
    EditProvision,
    EditVacancy,
    RecordOffer,
    PresentOptions,
    RecordChoice,
    PermissionToPlace,
    ReopenDecision,
    ChangeContract, ///< a new version of a placement's Individual Placement Contract (fee, extras, outcomes)
    RecordReview,   ///< a placement review with its outcomes rated
    RecordMeeting,  ///< a pre-disruption meeting
    EndPlacement,   ///< ending a placement (a move opens the follow-up referral)
    SendReferral,
    ImportInvoices,       ///< a provider's invoice file, checked against the placements' contracts
    DecideInvoice,        ///< approving, querying or rejecting an invoice
    RequestUplift,        ///< recording a provider's fee-uplift request with its evidence
    DecideUplift,         ///< accepting (a new IPC version from its date), partly accepting or declining it
    EditProviderContract, ///< a provider's contracts: select list, framework, spot, block
    EditMatchingSettings,
    SetBudgets,
    SetTargets,
    ManageUsers,
    ViewAudit,        ///< reading (and exporting) the audit log: who changed what and when
    DatabaseSettings, ///< File > Database settings: local or shared mode
};

QList<Operation> allOperations();
/// For people: "import providers", "change the matching settings".
QString operationLabel(Operation operation);
/// Whether a role may do the operation (the table itself; a user must also be active and known).
bool allowed(Operation operation, Role role);
/// The roles that may do the operation, in the order of Role.
QList<Role> rolesAllowed(Operation operation);
/// Why the user may not do the operation ("" when they may): a sentence naming the login, what
/// stops them and who to ask. A login with no row in the users table (id 0 once the table has
/// users) and an inactive user may change nothing.
QString refusalReason(Operation operation, const User& user);

} // namespace pd::core
