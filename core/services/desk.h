// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/integrityreport.h"
#include "core/domain/journalmode.h"
#include "core/matching/matchservice.h"
#include "core/result.h"
#include "core/services/auditservice.h"
#include "core/services/childpages.h"
#include "core/services/contractbook.h"
#include "core/services/dashboardservice.h"
#include "core/services/invoicebook.h"
#include "core/services/newhomeprofiles.h"
#include "core/services/offerbook.h"
#include "core/services/optionspresenter.h"
#include "core/services/permissiontoplace.h"
#include "core/services/placementbook.h"
#include "core/services/placementendings.h"
#include "core/services/predisruptionmeetings.h"
#include "core/services/providercontracts.h"
#include "core/services/recordsearch.h"
#include "core/services/referralexchange.h"
#include "core/services/referralsender.h"
#include "core/services/referralservice.h"
#include "core/services/registerservice.h"
#include "core/services/reviewbook.h"
#include "core/services/socialworkerschoice.h"
#include "core/services/teamservice.h"
#include "core/services/upliftbook.h"
#include "core/workflow/referralworkflow.h"

#include <memory>

namespace pd::core {

class Database;

/// One open Placement Desk database and the services that work on it: what `app` builds and
/// hands to the main window and to each command, so the GUI and the command line call the same
/// entry points and nothing above core reaches the storage layer.
class Desk {
  public:
    struct OpenOptions {
        bool create = false;                          ///< create the file when it does not exist
        JournalMode newFileMode = JournalMode::Local; ///< mode of a file this call creates
    };

    /// Opens the file; a file this call creates gets the operating-system account that created it
    /// as its first user, an administrator (TeamService::signIn on the empty users table).
    static Result<std::unique_ptr<Desk>> open(const QString& path, const OpenOptions& options);
    static Result<std::unique_ptr<Desk>> open(const QString& path) { return open(path, OpenOptions{}); }
    /// Checks a file without changing it (read-only, never migrated).
    static Result<IntegrityReport> check(const QString& path);

    /// Takes an open database (tests and the demo generator build one first).
    explicit Desk(std::unique_ptr<Database> db);
    /// Works on a database someone else owns and keeps open for the Desk's lifetime.
    explicit Desk(Database& db);
    ~Desk();
    Q_DISABLE_COPY_MOVE(Desk)

    QString path() const;
    JournalMode mode() const;
    /// File > Database settings: local (WAL, one PC) or shared (rollback journal, a network drive).
    /// Administrators only; refused, with the reason, while others have the file open.
    Status setMode(JournalMode mode);
    /// The login the audit log names for changes made here.
    QString userName() const;
    /// Who the changes made here are made by (a login of the users table).
    void setUserName(const QString& login);
    int schemaVersion() const;
    /// The schema version this program writes.
    static int latestSchemaVersion();
    /// A consistent copy of the whole database (refuses to overwrite a file).
    Status backup(const QString& outPath) const;
    /// A number that changes whenever any connection commits to the database, this Desk's own
    /// included (PRAGMA data_version on SQLite, a stamp on the server): what the screens poll to
    /// see a colleague's change without F5.
    Result<qint64> changeStamp() const;

    ReferralService& referrals() { return m_referrals; }
    ReferralWorkflow& workflow() { return m_workflow; }
    ReferralExchange& exchange() { return m_exchange; }
    RegisterService& providerRegister() { return m_register; }
    MatchService& matching() { return m_matching; }
    OfferBook& offers() { return m_offers; }
    ReferralSender& sending() { return m_sending; }
    OptionsPresenter& options() { return m_options; }
    SocialWorkersChoice& choice() { return m_choice; }
    PermissionToPlace& permission() { return m_permission; }
    PlacementBook& placements() { return m_placements; }
    ContractBook& contracts() { return m_contracts; }
    ReviewBook& reviews() { return m_reviews; }
    PreDisruptionMeetings& meetings() { return m_meetings; }
    PlacementEndings& endings() { return m_endings; }
    DashboardService& dashboard() { return m_dashboard; }
    TeamService& team() { return m_team; }
    AuditService& audit() { return m_audit; }
    NewHomeProfiles& newHomes() { return m_newHomes; }
    InvoiceBook& invoices() { return m_invoices; }
    UpliftBook& uplifts() { return m_uplifts; }
    ProviderContracts& providerContracts() { return m_providerContracts; }
    ChildPages& children() { return m_children; }
    /// The search across everything (Ctrl+K).
    RecordSearch& search() { return m_search; }

  private:
    std::unique_ptr<Database> m_owned;
    Database& m_db;
    ReferralService m_referrals;
    ReferralWorkflow m_workflow;
    ReferralExchange m_exchange;
    RegisterService m_register;
    MatchService m_matching;
    OfferBook m_offers;
    ReferralSender m_sending;
    OptionsPresenter m_options;
    SocialWorkersChoice m_choice;
    PermissionToPlace m_permission;
    PlacementBook m_placements;
    ContractBook m_contracts;
    ReviewBook m_reviews;
    PreDisruptionMeetings m_meetings;
    PlacementEndings m_endings;
    DashboardService m_dashboard;
    TeamService m_team;
    AuditService m_audit;
    NewHomeProfiles m_newHomes;
    InvoiceBook m_invoices;
    UpliftBook m_uplifts;
    ProviderContracts m_providerContracts;
    ChildPages m_children;
    RecordSearch m_search;
};

} // namespace pd::core
