// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/desk.h"

#include "core/storage/database.h"
#include "core/storage/maintenance.h"
#include "core/storage/migration.h"
#include "core/storage/registerreader.h"

namespace pd::core {

Result<std::unique_ptr<Desk>> Desk::open(const QString& path, const OpenOptions& options) {
    Database::Options o;
    o.create = options.create;
    o.newFileMode = options.newFileMode;
    auto db = Database::open(path, o);
    if (!db)
        return db.error();
    const bool creating = db.value()->createdNow();
    auto desk = std::make_unique<Desk>(std::move(db.value()));
    if (creating)
        if (auto creator = desk->team().signIn(); !creator)
            return creator.error();
    return desk;
}

Result<IntegrityReport> Desk::check(const QString& path) {
    return checkDatabaseFile(path);
}

Desk::Desk(std::unique_ptr<Database> db) : Desk(*db) {
    m_owned = std::move(db);
}

Desk::Desk(Database& db)
    : m_db(db), m_referrals(db), m_workflow(db), m_exchange(db), m_register(db), m_matching(db), m_offers(db),
      m_sending(db), m_options(db), m_choice(db), m_permission(db), m_placements(db), m_contracts(db),
      m_reviews(db), m_meetings(db), m_endings(db), m_dashboard(db), m_team(db), m_audit(db), m_newHomes(db),
      m_invoices(db), m_uplifts(db), m_providerContracts(db), m_children(db), m_search(db) {}

Desk::~Desk() = default;

QString Desk::path() const {
    return m_db.path();
}

JournalMode Desk::mode() const {
    return m_db.mode();
}

Status Desk::setMode(JournalMode mode) {
    if (auto s = m_team.mayDo(Operation::DatabaseSettings); !s)
        return s;
    if (mode == m_db.mode())
        return {};
    if (auto s = m_db.setMode(mode); !s) {
        // SQLite changes the journal only with the file to itself.
        Error e = s.error();
        e.message =
            QStringLiteral("The mode was not changed: someone else has the file open. Close Placement "
                           "Desk on other PCs using this file and try again.");
        return e;
    }
    return {};
}

QString Desk::userName() const {
    return m_db.userName();
}

void Desk::setUserName(const QString& login) {
    m_db.setUserName(login);
}

int Desk::schemaVersion() const {
    return m_db.schemaVersion();
}

int Desk::latestSchemaVersion() {
    return core::latestSchemaVersion();
}

Status Desk::backup(const QString& outPath) const {
    return backupDatabase(m_db, outPath);
}

Result<qint64> Desk::changeStamp() const {
    return RegisterReader(m_db).changeStamp();
}

} // namespace pd::core
