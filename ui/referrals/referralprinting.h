// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

class QPrinter;
class QWidget;

namespace pd::core {
class Desk;
}

namespace pd::ui {

/// Printing a referral (Ctrl+P): the full, named referral as saved, for the team's own file, headed
/// CONFIDENTIAL (the named pack of core::ReferralPack). Providers get the anonymised pack instead.
class ReferralPrinting {
  public:
    /// Prints onto a printer already set up (a QPrinter in PdfFormat writes a PDF).
    static core::Status print(core::Desk& desk, qint64 referralId, QPrinter& printer);
    /// File › Print…: the print dialog, then the referral on the printer chosen. A failure is said
    /// in a message box; false when nothing was printed.
    static bool printWithDialog(core::Desk& desk, qint64 referralId, QWidget* parent);
};

} // namespace pd::ui
