// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace pd::core {

/// The officer a referral pack comes from, so a provider knows whom to answer: the name from the
/// users table, the job title, telephone and e-mail from the officer's own details (Tools › My details).
struct SendingOfficer {
    QString name;
    QString jobTitle;
    QString phone;
    QString email;

    bool isEmpty() const {
        return name.isEmpty() && jobTitle.isEmpty() && phone.isEmpty() && email.isEmpty();
    }
    /// "Sam Patel, Placement officer", "Telephone 01632 960123", "E-mail sam.patel@…": what is given.
    QStringList lines() const {
        QStringList out;
        const QString who = jobTitle.isEmpty() ? name
                            : name.isEmpty()   ? jobTitle
                                               : name + QStringLiteral(", ") + jobTitle;
        if (!who.isEmpty())
            out << who;
        if (!phone.isEmpty())
            out << QStringLiteral("Telephone ") + phone;
        if (!email.isEmpty())
            out << QStringLiteral("E-mail ") + email;
        return out;
    }
};

} // namespace pd::core
