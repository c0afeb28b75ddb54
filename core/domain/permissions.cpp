// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/permissions.h"

#include <QStringList>

namespace pd::core {

namespace {

// Who may change what. Officers keep the register, offers and referrals; social workers write
// and import referrals and record their choice of option; managers and budget holders also give
// permission to place, repair a decision, set the matching settings, budgets and targets; admins
// may do everything and are the only ones who manage users; managers, budget holders and admins see
// the audit log; read-only users change nothing. After the placement: a contract change (a fee is
// money) is a manager's or budget holder's; officers, managers and budget holders end placements;
// social workers, who attend reviews and meetings, record them as officers and managers do.
// Invoices are the officers' work (import, approve, query, reject) as the register is, and so is
// recording a provider's uplift request; deciding it (a fee is money) and the providers' contracts
// (block contracts, price bands) are a manager's or budget holder's.
constexpr bool Y = true;  // allowed
constexpr bool N = false; // refused

struct Row {
    Operation operation;
    const char* label;
    // Officer, Manager, BudgetHolder, SocialWorker, ReadOnly, Admin (the order of Role)
    bool byRole[6];
};

constexpr Row kTable[] = {
    {Operation::ImportProviders, "import providers", {Y, Y, Y, N, N, Y}},
    {Operation::ImportProvisions, "import provisions", {Y, Y, Y, N, N, Y}},
    {Operation::ImportVacancies, "import vacancies", {Y, Y, Y, N, N, Y}},
    {Operation::ImportPostcodes, "import postcodes", {Y, Y, Y, N, N, Y}},
    {Operation::ImportSsda903, "import an SSDA903 return", {Y, Y, Y, N, N, Y}},
    {Operation::ImportReferral, "import referrals", {Y, Y, Y, Y, N, Y}},
    {Operation::EditReferral, "change referrals", {Y, Y, Y, Y, N, Y}},
    {Operation::EditProvider, "change providers", {Y, Y, Y, N, N, Y}},
    {Operation::BarProvider, "suspend, exclude or reinstate providers", {Y, Y, Y, N, N, Y}},
    {Operation::EditProvision, "change provisions", {Y, Y, Y, N, N, Y}},
    {Operation::EditVacancy, "change vacancies", {Y, Y, Y, N, N, Y}},
    {Operation::RecordOffer, "record offers", {Y, Y, Y, N, N, Y}},
    {Operation::PresentOptions, "present the options paper", {Y, Y, Y, N, N, Y}},
    {Operation::RecordChoice, "record the social worker's choice", {N, N, N, Y, N, Y}},
    {Operation::PermissionToPlace, "give permission to place", {N, Y, Y, N, N, Y}},
    {Operation::ReopenDecision, "reopen a decision left without a placement", {N, Y, Y, N, N, Y}},
    {Operation::ChangeContract, "change a placement contract", {N, Y, Y, N, N, Y}},
    {Operation::RecordReview, "record placement reviews", {Y, Y, Y, Y, N, Y}},
    {Operation::RecordMeeting, "record pre-disruption meetings", {Y, Y, Y, Y, N, Y}},
    {Operation::EndPlacement, "end placements", {Y, Y, Y, N, N, Y}},
    {Operation::SendReferral, "send referrals to providers", {Y, Y, Y, N, N, Y}},
    {Operation::ImportInvoices, "import invoices", {Y, Y, Y, N, N, Y}},
    {Operation::DecideInvoice, "approve, query or reject invoices", {Y, Y, Y, N, N, Y}},
    {Operation::RequestUplift, "record fee-uplift requests", {Y, Y, Y, N, N, Y}},
    {Operation::DecideUplift, "decide fee uplifts", {N, Y, Y, N, N, Y}},
    {Operation::EditProviderContract, "change providers' contracts", {N, Y, Y, N, N, Y}},
    {Operation::EditMatchingSettings, "change the matching settings", {N, Y, Y, N, N, Y}},
    {Operation::SetBudgets, "set budgets", {N, Y, Y, N, N, Y}},
    {Operation::SetTargets, "set the dashboard targets", {N, Y, Y, N, N, Y}},
    {Operation::ManageUsers, "manage users and roles", {N, N, N, N, N, Y}},
    {Operation::ViewAudit, "see the audit log", {N, Y, Y, N, N, Y}},
    {Operation::DatabaseSettings, "change the database settings", {N, N, N, N, N, Y}},
};

const Row* rowOf(Operation operation) {
    for (const Row& r : kTable)
        if (r.operation == operation)
            return &r;
    return nullptr;
}

/// "a manager", "an administrator", "read only".
QString roleInWords(Role role) {
    if (role == Role::ReadOnly)
        return label(role).toLower();
    const QString name = label(role).toLower();
    return (role == Role::Admin ? QStringLiteral("an ") : QStringLiteral("a ")) + name;
}

/// "a manager, a budget holder or an administrator".
QString allowedRoles(Operation operation) {
    QStringList names;
    for (Role role : rolesAllowed(operation))
        names << roleInWords(role);
    const QString last = names.isEmpty() ? QString() : names.takeLast();
    return names.isEmpty() ? last : names.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last;
}

} // namespace

QList<Operation> allOperations() {
    QList<Operation> out;
    for (const Row& r : kTable)
        out << r.operation;
    return out;
}

QString operationLabel(Operation operation) {
    const Row* row = rowOf(operation);
    return row ? QString::fromLatin1(row->label) : QString();
}

bool allowed(Operation operation, Role role) {
    const Row* row = rowOf(operation);
    const int column = int(role);
    return row && column >= 0 && column < 6 && row->byRole[column];
}

QList<Role> rolesAllowed(Operation operation) {
    QList<Role> out;
    for (Role role : all<Role>())
        if (allowed(operation, role))
            out << role;
    return out;
}

QString refusalReason(Operation operation, const User& user) {
    const Row* row = rowOf(operation);
    if (!row)
        return QStringLiteral("This change is not in the table of who may do what.");
    const QString what = QString::fromLatin1(row->label);
    if (user.id == 0 && user.role != Role::Admin)
        return QStringLiteral("%1 is not a user of this database and cannot %2; ask an administrator "
                              "to add you with a role.")
            .arg(user.login, what);
    if (!user.active)
        return QStringLiteral("%1 is no longer an active user and cannot %2; ask an administrator.")
            .arg(user.login, what);
    if (!allowed(operation, user.role))
        return QStringLiteral("%1 is %2 and cannot %3: only %4 can. Ask an administrator for a role.")
            .arg(user.login, roleInWords(user.role), what, allowedRoles(operation));
    return {};
}

} // namespace pd::core
