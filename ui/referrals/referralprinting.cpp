// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/referrals/referralprinting.h"

#include "core/reports/referralpack.h"
#include "core/services/desk.h"

#include <QCoreApplication>
#include <QDate>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

namespace pd::ui {

core::Status ReferralPrinting::print(core::Desk& desk, qint64 referralId, QPrinter& printer) {
    if (referralId <= 0)
        return core::Error::invalid(QCoreApplication::translate(
            "pd::ui::ReferralPrinting", "Save the referral first (Ctrl+S): printing prints what is saved."));
    auto referral = desk.referrals().load(referralId);
    if (!referral)
        return referral.error();
    auto html =
        core::ReferralPack::html(referral.value(), core::ReferralPack::Kind::Named, QDate::currentDate());
    if (!html)
        return html.error();
    printer.setDocName(QStringLiteral("Referral ") + referral->reference);
    QTextDocument document;
    document.setHtml(html.value());
    document.print(&printer);
    if (printer.printerState() == QPrinter::Error)
        return core::Error::io(QCoreApplication::translate("pd::ui::ReferralPrinting",
                                                           "The printer reported an error: check that it is "
                                                           "on and has paper, then print again."));
    return {};
}

bool ReferralPrinting::printWithDialog(core::Desk& desk, qint64 referralId, QWidget* parent) {
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("pd::ui::ReferralPrinting", "Print the referral"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (auto s = print(desk, referralId, printer); !s) {
        QMessageBox::warning(parent, dialog.windowTitle(), s.error().message);
        return false;
    }
    return true;
}

} // namespace pd::ui
