// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/editorcheck.h"

#include "core/storage/userrepository.h"

namespace pd::core {

Status requireEditor(Database& db, const QString& what) {
    auto user = UserRepository(db).current();
    if (!user)
        return user.error();
    if (!user->mayEdit())
        return Error::forbidden(
            QStringLiteral("%1 is %2 and cannot change %3; ask an administrator for a role.")
                .arg(user->login, label(user->role).toLower(), what));
    return {};
}

} // namespace pd::core
