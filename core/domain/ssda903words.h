// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace pd::core::ssda903 {

/// The SSDA903 codes in words, for people reading a placement history (DfE's guidance, shortened):
/// "U4" -> "Foster placement with another carer, long term". An unknown code is returned as it is.
QString placeWords(const QString& place);
/// "PR1" -> "the council's own provision".
QString placeProviderWords(const QString& placeProvider);
/// "C2" -> "Full care order".
QString legalStatusWords(const QString& legalStatus);
/// "E4A" -> "Returned home to parents (care plan)".
QString reasonEndWords(const QString& rec);
/// "CREQB" -> "the carer asked for the placement to end".
QString reasonPlaceChangeWords(const QString& reason);

} // namespace pd::core::ssda903
