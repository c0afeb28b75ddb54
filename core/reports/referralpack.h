// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/referral.h"
#include "core/domain/sendingofficer.h"
#include "core/result.h"

namespace pd::core {

/// The anonymised pack as the officer checks it before sending: the pack's HTML with every
/// redaction highlighted, and how many there are.
struct PackPreview {
    QString html;
    int redactions = 0;
};

/// The referral pack: anonymised for providers (reference, age, sex, needs, risks, requirements,
/// criteria, outcomes — no name, date of birth, address, school or social worker; every text the
/// pack prints passes the Redactor), or named for the social worker. docs/anonymised-packs.md.
class ReferralPack {
  public:
    enum class Kind { Anonymised, Named };

    /// With an officer, the pack says whom to contact (their name, job title, telephone, e-mail).
    static Result<QString> html(const Referral& referral, Kind kind, const QDate& today,
                                const SendingOfficer& officer = {});
    static Status writePdf(const Referral& referral, Kind kind, const QDate& today, const QString& path,
                           const SendingOfficer& officer = {});
    static Result<QByteArray> pdf(const Referral& referral, Kind kind, const QDate& today,
                                  const SendingOfficer& officer = {});
    /// The anonymised pack with what the Redactor took out highlighted (class "redacted").
    static Result<PackPreview> preview(const Referral& referral, const QDate& today,
                                       const SendingOfficer& officer = {});
};

} // namespace pd::core
