// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/sendingofficer.h"

namespace pd::ui {

/// The signed-in officer's own job title, telephone and e-mail (Tools › My details), kept in the
/// user's settings on this PC: the users table holds only the name. Packs and e-mail drafts carry them.
class MyDetails {
  public:
    /// What is stored (the name is left empty: the users table gives it).
    static core::SendingOfficer load();
    static void save(const core::SendingOfficer& details);
    /// A sentence on what is wrong with an e-mail address as typed; empty when it will do (or is blank).
    static QString emailProblem(const QString& email);
};

} // namespace pd::ui
