// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/database.h"

namespace pd::core {

/// The login and time a demo step is taken as (Database::setClock), put back as they were when it
/// is done.
class ActingAs {
  public:
    ActingAs(Database& db, const QString& login, const QDateTime& at) : m_db(db), m_login(db.userName()) {
        m_db.setUserName(login);
        m_db.setClock(at);
    }
    ~ActingAs() {
        m_db.setUserName(m_login);
        m_db.setClock({});
    }
    Q_DISABLE_COPY_MOVE(ActingAs)

  private:
    Database& m_db;
    QString m_login;
};

} // namespace pd::core
