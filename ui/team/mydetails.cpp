// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/team/mydetails.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>

namespace pd::ui {

namespace {
const QString kJobTitle = QStringLiteral("officer/jobTitle");
const QString kPhone = QStringLiteral("officer/phone");
const QString kEmail = QStringLiteral("officer/email");
} // namespace

core::SendingOfficer MyDetails::load() {
    const QSettings settings;
    core::SendingOfficer out;
    out.jobTitle = settings.value(kJobTitle).toString();
    out.phone = settings.value(kPhone).toString();
    out.email = settings.value(kEmail).toString();
    return out;
}

void MyDetails::save(const core::SendingOfficer& details) {
    QSettings settings;
    settings.setValue(kJobTitle, details.jobTitle.trimmed());
    settings.setValue(kPhone, details.phone.trimmed());
    settings.setValue(kEmail, details.email.trimmed());
}

QString MyDetails::emailProblem(const QString& email) {
    static const QRegularExpression address(
        QStringLiteral("^[^@\\s<>\",;]+@[^@\\s<>\",;]+\\.[^@\\s<>\",;]+$"));
    const QString trimmed = email.trimmed();
    if (trimmed.isEmpty() || address.match(trimmed).hasMatch())
        return {};
    return QCoreApplication::translate("pd::ui::MyDetails",
                                       "'%1' is not an e-mail address. Type it as name@council.gov.uk, or "
                                       "leave it blank.")
        .arg(trimmed);
}

} // namespace pd::ui
