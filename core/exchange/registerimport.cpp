// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/registerimport.h"

#include "core/exchange/csvrecord.h"
#include "core/exchange/importproblems.h"
#include "core/storage/providerrepository.h"
#include "core/storage/provisionrepository.h"
#include "core/storage/transactionguard.h"

#include <QHash>

namespace pd::core {

namespace {

using RowHandler = std::function<void(CsvRecord& row, ImportSummary& summary)>;

QString codeList(const QStringList& codes) {
    return codes.join(QStringLiteral(", "));
}

/// Header, transaction, rows, progress and commit: what every register import shares. It reads
/// on past a bad row, so every bad row is listed, and keeps nothing if there is one.
Result<ImportSummary> runImport(Database& db, QIODevice& file, const QString& label,
                                const QStringList& required, const ImportProgress& progress,
                                const RowHandler& handle) {
    CsvReader csv(file);
    if (auto s = csv.readHeader(); !s)
        return Error::invalid(
            QStringLiteral("%1, line 1: %2 Nothing was imported.").arg(label, s.error().message));
    if (auto s = csv.requireColumns(required, label); !s)
        return s.error();
    TransactionGuard tx(db);
    if (!tx.started())
        return tx.started().error();
    ProgressTicker ticker(file, progress);
    CsvRecord record(csv, label);
    ImportProblems problems;
    ImportSummary summary;
    QStringList fields;
    while (csv.next(&fields)) {
        ++summary.rows;
        record.setRow(fields);
        handle(record, summary);
        if (record.failed())
            problems.add(label, csv.line(), record.reason());
        if (!ticker.tick())
            return ProgressTicker::cancelled();
    }
    if (!csv.errorReason().isEmpty())
        problems.add(label, csv.line(), csv.errorReason());
    if (problems.any())
        return problems.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return summary;
}

/// Counts an insert or an update by whether the saved version moved.
void count(ImportSummary& summary, bool isNew, qint64 before, qint64 after) {
    if (isNew)
        ++summary.added;
    else if (after != before)
        ++summary.updated;
    else
        ++summary.unchanged;
}

/// Remembers the line where each key was first seen, to refuse duplicates within a file.
bool firstTime(QHash<QString, int>& seen, const QString& key, CsvRecord& row, int line, const QString& what) {
    if (auto it = seen.constFind(key); it != seen.cend()) {
        row.fail(QStringLiteral("%1 appears twice in the file (also on line %2).").arg(what).arg(*it));
        return false;
    }
    seen.insert(key, line);
    return true;
}

std::optional<qint64> providerIdForUrn(ProviderRepository& providers, CsvRecord& row, const QString& urn) {
    auto found = providers.findByUrn(urn);
    if (!found) {
        row.fail(found.error().message);
        return std::nullopt;
    }
    if (!found.value()) {
        row.fail(
            QStringLiteral("no provider has the Ofsted URN %1: import the providers file first.").arg(urn));
        return std::nullopt;
    }
    return found.value()->id;
}

QStringList kindCodes() {
    QStringList out;
    for (ProviderKind k : all<ProviderKind>())
        out << code(k);
    return out;
}

QStringList statusCodes() {
    QStringList out;
    for (FrameworkStatus s : all<FrameworkStatus>())
        out << code(s);
    return out;
}

QStringList ratingCodes() {
    QStringList out;
    for (OfstedRating r : all<OfstedRating>())
        if (r != OfstedRating::None)
            out << code(r);
    return out;
}

} // namespace

Result<ImportSummary> importProviders(Database& db, QIODevice& file, const QString& label,
                                      const ImportProgress& progress) {
    ProviderRepository providers(db);
    QHash<QString, int> seen;
    const QStringList required{QStringLiteral("urn"), QStringLiteral("name"), QStringLiteral("kind")};
    return runImport(db, file, label, required, progress, [&](CsvRecord& row, ImportSummary& summary) {
        const QString urn = row.text(QStringLiteral("urn"), true).toUpper();
        if (!row.failed() && !firstTime(seen, urn, row, row.line(), QStringLiteral("URN %1").arg(urn)))
            return;
        auto existing = providers.findByUrn(urn);
        if (!existing) {
            row.fail(existing.error().message);
            return;
        }
        Provider p = existing.value().value_or(Provider{});
        const qint64 before = p.rowVersion;
        p.ofstedUrn = urn;
        p.name = row.text(QStringLiteral("name"), true);
        const QString kind = row.text(QStringLiteral("kind"), true);
        if (auto k = fromCode<ProviderKind>(kind))
            p.kind = *k;
        else if (!kind.isEmpty())
            row.fail(QStringLiteral("kind '%1' is not one of %2.").arg(kind, codeList(kindCodes())));
        const QString rating = row.text(QStringLiteral("ofsted_rating"));
        if (auto r = fromCode<OfstedRating>(rating))
            p.rating = *r;
        else
            row.fail(
                QStringLiteral("ofsted_rating '%1' is not one of %2.").arg(rating, codeList(ratingCodes())));
        p.ratingDate = row.date(QStringLiteral("ofsted_date"));
        const QString status = row.text(QStringLiteral("framework_status"));
        if (status.isEmpty())
            p.frameworkStatus = FrameworkStatus::Spot;
        else if (auto s = fromCode<FrameworkStatus>(status))
            p.frameworkStatus = *s;
        else
            row.fail(QStringLiteral("framework_status '%1' is not one of %2.")
                         .arg(status, codeList(statusCodes())));
        p.priceBandLower = row.number(QStringLiteral("price_band_lower"), 0, 100000);
        p.priceBandUpper = row.number(QStringLiteral("price_band_upper"), 0, 100000);
        p.statusReason = row.text(QStringLiteral("status_reason"));
        p.statusDate = row.date(QStringLiteral("status_date"));
        p.referralEmail = row.text(QStringLiteral("referral_email"));
        p.contacts = row.text(QStringLiteral("contacts"));
        p.address = row.text(QStringLiteral("address"));
        p.postcode = row.text(QStringLiteral("postcode"));
        if (row.failed())
            return;
        const bool isNew = p.id == 0;
        if (auto s = providers.save(p); !s)
            return row.fail(s.error().message);
        count(summary, isNew, before, p.rowVersion);
    });
}

Result<ImportSummary> importProvisions(Database& db, QIODevice& file, const QString& label,
                                       const ImportProgress& progress) {
    ProviderRepository providers(db);
    ProvisionRepository provisions(db);
    QHash<QString, int> seen;
    const QStringList required{QStringLiteral("provider_urn"), QStringLiteral("code"), QStringLiteral("name"),
                               QStringLiteral("placement_type")};
    return runImport(db, file, label, required, progress, [&](CsvRecord& row, ImportSummary& summary) {
        const QString urn = row.text(QStringLiteral("provider_urn"), true).toUpper();
        const QString code = row.text(QStringLiteral("code"), true);
        if (row.failed() || !firstTime(seen, urn + u'\n' + code, row, row.line(),
                                       QStringLiteral("Provision %1 of %2").arg(code, urn)))
            return;
        const auto providerId = providerIdForUrn(providers, row, urn);
        if (!providerId)
            return;
        auto existing = provisions.findByCode(*providerId, code);
        if (!existing)
            return row.fail(existing.error().message);
        Provision p = existing.value().value_or(Provision{});
        const qint64 before = p.rowVersion;
        p.providerId = *providerId;
        p.code = code;
        p.name = row.text(QStringLiteral("name"), true);
        const QString type = row.text(QStringLiteral("placement_type"), true);
        if (auto t = fromCode<PlacementType>(type))
            p.type = *t;
        else if (!type.isEmpty())
            row.fail(QStringLiteral("placement_type '%1' is not one of foster, residential, supported.")
                         .arg(type));
        p.minAge = row.whole(QStringLiteral("min_age"), 0, 0, 25);
        p.maxAge = row.whole(QStringLiteral("max_age"), 17, 0, 25);
        p.places = row.whole(QStringLiteral("places"), 1, 1, 99);
        const QString sexes = row.text(QStringLiteral("sexes"));
        if (sexes.trimmed().isEmpty())
            p.sexes = SexesAccepted::Any;
        else if (auto s = fromCode<SexesAccepted>(sexes))
            p.sexes = *s;
        else
            row.fail(QStringLiteral("sexes '%1' is not one of any, male, female.").arg(sexes));
        if (auto skills = parseSkills(row.text(QStringLiteral("skills"))))
            p.skills = skills.value();
        else
            row.fail(QStringLiteral("skills: %1").arg(skills.error().message));
        p.carerEthnicity = row.text(QStringLiteral("carer_ethnicity"));
        p.carerReligion = row.text(QStringLiteral("carer_religion"));
        p.carerLanguages.clear();
        for (const QString& l : row.text(QStringLiteral("carer_languages")).split(u';', Qt::SkipEmptyParts))
            if (!l.trimmed().isEmpty())
                p.carerLanguages << l.trimmed();
        p.hasPets = row.yesNo(QStringLiteral("pets"));
        p.smoking = row.yesNo(QStringLiteral("smoking"));
        p.postcode = row.text(QStringLiteral("postcode"));
        p.weeklyFee = row.number(QStringLiteral("weekly_fee"), 0, 100000).value_or(0);
        p.typicalExtras = row.number(QStringLiteral("typical_extras"), 0, 100000).value_or(0);
        if (auto members = parseHousehold(row.text(QStringLiteral("household"))))
            p.household = members.value();
        else
            row.fail(QStringLiteral("household: %1").arg(members.error().message));
        p.qualityNotes = row.text(QStringLiteral("quality_notes"));
        if (row.failed())
            return;
        const bool isNew = p.id == 0;
        if (auto s = provisions.save(p); !s)
            return row.fail(s.error().message);
        count(summary, isNew, before, p.rowVersion);
    });
}

Result<ImportSummary> importVacancies(Database& db, QIODevice& file, const QString& label,
                                      const ImportProgress& progress) {
    ProviderRepository providers(db);
    ProvisionRepository provisions(db);
    QHash<QString, int> seen;
    const QStringList required{QStringLiteral("provider_urn"), QStringLiteral("provision_code"),
                               QStringLiteral("available_from")};
    return runImport(db, file, label, required, progress, [&](CsvRecord& row, ImportSummary& summary) {
        const QString urn = row.text(QStringLiteral("provider_urn"), true).toUpper();
        const QString code = row.text(QStringLiteral("provision_code"), true);
        Vacancy v;
        v.from = row.date(QStringLiteral("available_from"), true);
        v.until = row.date(QStringLiteral("available_until"));
        v.places = row.whole(QStringLiteral("places"), 1, 1, 99);
        if (row.failed() ||
            !firstTime(
                seen, urn + u'\n' + code + u'\n' + v.from.toString(Qt::ISODate), row, row.line(),
                QStringLiteral("The vacancy at %1/%2 from %3").arg(urn, code, v.from.toString(Qt::ISODate))))
            return;
        const auto providerId = providerIdForUrn(providers, row, urn);
        if (!providerId)
            return;
        auto provision = provisions.findByCode(*providerId, code);
        if (!provision)
            return row.fail(provision.error().message);
        if (!provision.value())
            return row.fail(
                QStringLiteral("provider %1 has no provision with code %2: import the provisions file first.")
                    .arg(urn, code));
        v.provisionId = provision.value()->id;
        auto current = provisions.vacancies(v.provisionId);
        if (!current)
            return row.fail(current.error().message);
        for (const Vacancy& old : current.value())
            if (old.from == v.from) {
                v.id = old.id;
                v.rowVersion = old.rowVersion;
            }
        const bool isNew = v.id == 0;
        const qint64 before = v.rowVersion;
        if (auto s = provisions.save(v); !s)
            return row.fail(s.error().message);
        count(summary, isNew, before, v.rowVersion);
    });
}

} // namespace pd::core
