// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, item 8: the file names offered for exports are clean.
#include "core/domain/filename.h"
#include "tests/support/catch.h"

using pd::core::fileNameFor;

TEST_CASE("file names from titles: words and hyphens, no brackets or commas", "[domain][names][issue14]") {
    CHECK(fileNameFor(QStringLiteral("Referrals, April 2025 to March 2026 (113 record(s))"),
                      QStringLiteral("csv")) == QStringLiteral("referrals-april-2025-to-march-2026.csv"));
    CHECK(fileNameFor(QStringLiteral("Placements charged to IFA — Brightwater (3 record(s))"),
                      QStringLiteral("csv")) == QStringLiteral("placements-charged-to-ifa-brightwater.csv"));
    CHECK(fileNameFor(QStringLiteral("Café's children"), QStringLiteral("pdf")) ==
          QStringLiteral("cafe-s-children.pdf"));
    CHECK(fileNameFor(QStringLiteral("(nothing)"), QStringLiteral("csv")) == QStringLiteral("export.csv"));
}
