// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/placementhistory.h"

namespace pd::test {

/// Hand-built episodes for the measures' tests: dates as "yyyy-MM-dd", "" for an open end.
struct EpisodeSpec {
    const char* start;
    const char* end;
    const char* rne;
    const char* place = "U4";
    const char* provider = "PR1";
    const char* legalStatus = "C2";
    const char* urn = "";
    const char* postcode = "";
};

core::Episode episode(const EpisodeSpec& spec);
/// A child with its episodes (placement ids numbered from childId * 100).
core::ChildHistory child(qint64 childId, const char* dob, const QList<EpisodeSpec>& episodes);

} // namespace pd::test
