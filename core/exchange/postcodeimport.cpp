// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/postcodeimport.h"

#include "core/exchange/csvreader.h"
#include "core/exchange/importproblems.h"
#include "core/storage/auditlog.h"
#include "core/storage/postcodetable.h"
#include "core/storage/transactionguard.h"

namespace pd::core {

namespace {

// Generous bounds around the UK, the Channel Islands and the Isle of Man.
bool inBritishIsles(double lat, double lon) {
    return lat >= 49.0 && lat <= 61.5 && lon >= -11.0 && lon <= 2.5;
}

} // namespace

Result<ImportSummary> importPostcodes(Database& db, QIODevice& file, const QString& fileLabel,
                                      const ImportProgress& progress) {
    CsvReader csv(file);
    if (auto s = csv.readHeader(); !s)
        return Error::invalid(
            QStringLiteral("%1, line 1: %2 Nothing was imported.").arg(fileLabel, s.error().message));
    if (auto s = csv.requireColumns({QStringLiteral("pcds"), QStringLiteral("lat"), QStringLiteral("long")},
                                    fileLabel);
        !s)
        return s.error();
    const int pcCol = csv.column(QStringLiteral("pcds"));
    const int latCol = csv.column(QStringLiteral("lat"));
    const int lonCol = csv.column(QStringLiteral("long"));
    const int needed = std::max({pcCol, latCol, lonCol}) + 1;

    TransactionGuard tx(db);
    if (!tx.started())
        return tx.started().error();
    PostcodeTable table(db);
    auto countBefore = table.count();
    if (!countBefore)
        return countBefore.error();
    qint64 written = 0;
    ProgressTicker ticker(file, progress);
    ImportSummary summary;
    ImportProblems problems; // every bad row is listed; one refuses the file
    QStringList row;
    while (csv.next(&row)) {
        ++summary.rows;
        if (!ticker.tick())
            return ProgressTicker::cancelled();
        const auto bad = [&](const QString& why) { problems.add(fileLabel, csv.line(), why); };
        if (row.size() < needed) {
            bad(QStringLiteral("the row has %1 columns; the header has %2.")
                    .arg(row.size())
                    .arg(csv.header().size()));
            continue;
        }
        const QString postcode = normalisePostcode(row.at(pcCol));
        if (postcode.isEmpty()) {
            bad(QStringLiteral("'%1' is not a postcode.").arg(row.at(pcCol)));
            continue;
        }
        bool okLat = false, okLon = false;
        const double lat = row.at(latCol).trimmed().toDouble(&okLat);
        const double lon = row.at(lonCol).trimmed().toDouble(&okLon);
        if (okLat && okLon && lat > 99.0 && lon == 0.0) {
            ++summary.skipped; // ONS's marker for a postcode with no grid reference
            continue;
        }
        if (!okLat || !okLon || !inBritishIsles(lat, lon)) {
            bad(QStringLiteral("the coordinates '%1', '%2' of %3 are not a latitude and longitude in the "
                               "British Isles.")
                    .arg(row.at(latCol), row.at(lonCol), postcode));
            continue;
        }
        if (problems.any())
            continue; // nothing more will be kept: only look for further bad rows
        if (auto s = table.put(postcode, {lat, lon}); !s)
            return s.error();
        ++written;
    }
    if (!csv.errorReason().isEmpty())
        problems.add(fileLabel, csv.line(), csv.errorReason());
    if (problems.any())
        return problems.error();
    // New rows are the growth of the table; the rest replaced coordinates already there.
    auto countAfter = table.count();
    if (!countAfter)
        return countAfter.error();
    summary.added = int(countAfter.value() - countBefore.value());
    summary.updated = int(written - summary.added);
    if (auto s = AuditLog(db).record(QStringLiteral("postcodes"), 0, QStringLiteral("import"),
                                     QStringLiteral("rows"), {},
                                     QStringLiteral("%1 from %2").arg(written).arg(fileLabel));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace pd::core
