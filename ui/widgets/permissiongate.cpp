// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/permissiongate.h"

#include "core/services/desk.h"

#include <QAction>
#include <QWidget>

namespace pd::ui {

namespace {

const char* const kOwnToolTip = "pdOwnToolTip";

/// Enables or disables a QAction or a QWidget (both have enabled and toolTip properties).
template <typename T>
bool gate(T* target, core::Desk* desk, core::Operation operation, bool otherwiseEnabled) {
    if (!target)
        return false;
    if (!target->property(kOwnToolTip).isValid())
        target->setProperty(kOwnToolTip, target->toolTip());
    const QString why = whyNot(desk, operation);
    target->setEnabled(why.isEmpty() && otherwiseEnabled);
    target->setToolTip(why.isEmpty() ? target->property(kOwnToolTip).toString() : why);
    return why.isEmpty();
}

} // namespace

QString whyNot(core::Desk* desk, core::Operation operation) {
    if (!desk)
        return QObject::tr("Open a database first.");
    auto allowed = desk->team().mayDo(operation);
    return allowed ? QString() : allowed.error().message;
}

bool gateAction(QAction* action, core::Desk* desk, core::Operation operation, bool otherwiseEnabled) {
    return gate(action, desk, operation, otherwiseEnabled);
}

bool gateWidget(QWidget* widget, core::Desk* desk, core::Operation operation, bool otherwiseEnabled) {
    return gate(widget, desk, operation, otherwiseEnabled);
}

} // namespace pd::ui
