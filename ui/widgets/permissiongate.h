// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/permissions.h"

class QAction;
class QWidget;

namespace pd::core {
class Desk;
}

namespace pd::ui {

/// Shows the table of who may do what on an action or a widget: enabled when the desk's user may do
/// the operation (TeamService::mayDo), otherwise disabled with the reason as its tooltip. With no
/// desk open it is disabled. Returns whether it is enabled. A tooltip set before is kept for
/// when it is enabled again. otherwiseEnabled: what the caller's own rule says (e.g. "a provision is
/// chosen"); the target is enabled only when both allow it.
bool gateAction(QAction* action, core::Desk* desk, core::Operation operation, bool otherwiseEnabled = true);
bool gateWidget(QWidget* widget, core::Desk* desk, core::Operation operation, bool otherwiseEnabled = true);
/// The reason the desk's user may not do the operation ("" when they may; a sentence when no
/// database is open).
QString whyNot(core::Desk* desk, core::Operation operation);

} // namespace pd::ui
