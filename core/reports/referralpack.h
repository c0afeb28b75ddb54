// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/referral.h"
#include "core/result.h"

namespace pd::core {

/// The referral pack: anonymised for providers (reference, age, sex, needs, risks, requirements,
/// outcomes — no name, date of birth, address, school or social worker), or named for the social worker.
class ReferralPack {
  public:
    enum class Kind { Anonymised, Named };

    static Result<QString> html(const Referral& referral, Kind kind, const QDate& today);
    static Status writePdf(const Referral& referral, Kind kind, const QDate& today, const QString& path);
    static Result<QByteArray> pdf(const Referral& referral, Kind kind, const QDate& today);
    /// Free text with every personal detail of the referral replaced by "[withheld]".
    static QString withheld(const Referral& referral, const QString& text);
};

} // namespace pd::core
