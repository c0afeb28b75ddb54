// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/providerrepository.h"

#include "core/domain/geo.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/recordwriter.h"
#include "core/storage/sql.h"
#include "core/storage/transactionguard.h"

namespace pd::core {

namespace {

const QString kColumns = QStringLiteral(
    "id, row_version, name, kind, ofsted_urn, ofsted_rating, ofsted_date, framework_status, "
    "price_band_lower, "
    "price_band_upper, status_reason, status_date, referral_email, contacts, address, postcode");

QVariant nullIfEmpty(const QString& s) {
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QVariant dateOrNull(const QDate& d) {
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

Provider fromRow(const SqlRow& row) {
    Provider p;
    p.id = row.integer("id");
    p.rowVersion = row.integer("row_version");
    p.name = row.text("name");
    p.kind = fromCode<ProviderKind>(row.text("kind")).value_or(ProviderKind::Ifa);
    p.ofstedUrn = row.text("ofsted_urn");
    p.rating = fromCode<OfstedRating>(row.text("ofsted_rating")).value_or(OfstedRating::None);
    p.ratingDate = row.date("ofsted_date");
    p.frameworkStatus =
        fromCode<FrameworkStatus>(row.text("framework_status")).value_or(FrameworkStatus::Spot);
    p.priceBandLower = row.optionalReal("price_band_lower");
    p.priceBandUpper = row.optionalReal("price_band_upper");
    p.statusReason = row.text("status_reason");
    p.statusDate = row.date("status_date");
    p.referralEmail = row.text("referral_email");
    p.contacts = row.text("contacts");
    p.address = row.text("address");
    p.postcode = row.text("postcode");
    return p;
}

QVariantMap toValues(const Provider& p) {
    const QVariant noNumber(QMetaType(QMetaType::Double));
    return {{QStringLiteral("name"), p.name.trimmed()},
            {QStringLiteral("kind"), code(p.kind)},
            {QStringLiteral("ofsted_urn"), nullIfEmpty(p.ofstedUrn.trimmed().toUpper())},
            {QStringLiteral("ofsted_rating"), nullIfEmpty(code(p.rating))},
            {QStringLiteral("ofsted_date"), dateOrNull(p.ratingDate)},
            {QStringLiteral("framework_status"), code(p.frameworkStatus)},
            {QStringLiteral("price_band_lower"), p.priceBandLower ? QVariant(*p.priceBandLower) : noNumber},
            {QStringLiteral("price_band_upper"), p.priceBandUpper ? QVariant(*p.priceBandUpper) : noNumber},
            {QStringLiteral("status_reason"), nullIfEmpty(p.statusReason.trimmed())},
            {QStringLiteral("status_date"), dateOrNull(p.statusDate)},
            {QStringLiteral("referral_email"), nullIfEmpty(p.referralEmail.trimmed())},
            {QStringLiteral("contacts"), nullIfEmpty(p.contacts.trimmed())},
            {QStringLiteral("address"), nullIfEmpty(p.address.trimmed())},
            {QStringLiteral("postcode"), nullIfEmpty(normalisePostcode(p.postcode))}};
}

} // namespace

Result<QList<Provider>> ProviderRepository::all() const {
    auto rows = Sql(m_db).query(QStringLiteral("SELECT %1 FROM providers ORDER BY name, id").arg(kColumns),
                                {}, QStringLiteral("reading the providers"));
    if (!rows)
        return rows.error();
    QList<Provider> out;
    while (rows->next())
        out << fromRow(*rows);
    return out;
}

Result<Provider> ProviderRepository::find(qint64 id) const {
    auto row = Sql(m_db).query(QStringLiteral("SELECT %1 FROM providers WHERE id = :id").arg(kColumns),
                               {{QStringLiteral(":id"), id}}, QStringLiteral("reading a provider"));
    if (!row)
        return row.error();
    if (!row->next())
        return Error::notFound(QStringLiteral("Provider %1 is no longer in the register.").arg(id));
    return fromRow(*row);
}

Result<std::optional<Provider>> ProviderRepository::findByUrn(const QString& urn) const {
    auto row = Sql(m_db).query(
        QStringLiteral("SELECT %1 FROM providers WHERE ofsted_urn = :urn").arg(kColumns),
        {{QStringLiteral(":urn"), urn.trimmed().toUpper()}}, QStringLiteral("looking up a provider by URN"));
    if (!row)
        return row.error();
    if (!row->next())
        return std::optional<Provider>();
    return std::optional<Provider>(fromRow(*row));
}

Status ProviderRepository::save(Provider& provider) {
    if (auto s = provider.validate(); !s)
        return s;
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started();
    if (!provider.ofstedUrn.isEmpty()) {
        auto other = findByUrn(provider.ofstedUrn);
        if (!other)
            return other.error();
        if (other.value() && other.value()->id != provider.id)
            return Error::conflict(QStringLiteral("Ofsted URN %1 already belongs to %2.")
                                       .arg(provider.ofstedUrn.toUpper(), other.value()->name));
    }
    RecordWriter writer(m_db);
    if (provider.id == 0) {
        auto id = writer.insert(QStringLiteral("providers"), toValues(provider));
        if (!id)
            return id.error();
        provider.id = id.value();
    } else if (auto s = writer.update(QStringLiteral("providers"), provider.id, provider.rowVersion,
                                      toValues(provider));
               !s) {
        return s;
    }
    auto version = writer.currentVersion(QStringLiteral("providers"), provider.id);
    if (!version)
        return version.error();
    if (auto s = tx.commit(); !s)
        return s;
    provider.rowVersion = version.value();
    return {};
}

Status ProviderRepository::bar(qint64 id, qint64 expectedVersion, FrameworkStatus status,
                               const QString& reason, const QDate& from) {
    if (!isBarred(status))
        return Error::invalid(QStringLiteral("Internal error: bar() takes suspended or excluded."));
    return setStatus(id, expectedVersion, status, reason, from,
                     status == FrameworkStatus::Suspended ? QStringLiteral("suspend")
                                                          : QStringLiteral("exclude"));
}

Status ProviderRepository::reinstate(qint64 id, qint64 expectedVersion, FrameworkStatus status,
                                     const QString& reason) {
    if (isBarred(status))
        return Error::invalid(
            QStringLiteral("Reinstate the provider to in-house, select list, framework or spot."));
    return setStatus(id, expectedVersion, status, reason, QDate(), QStringLiteral("reinstate"));
}

Status ProviderRepository::setStatus(qint64 id, qint64 expectedVersion, FrameworkStatus status,
                                     const QString& reason, const QDate& from, const QString& action) {
    if (reason.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("Give the reason: it is kept in the audit log with your name."));
    if (isBarred(status) && !from.isValid())
        return Error::invalid(
            QStringLiteral("Give the date the provider is %1 from.").arg(label(status).toLower()));
    TransactionGuard tx(m_db);
    if (!tx.started())
        return tx.started();
    auto current = find(id);
    if (!current)
        return current.error();
    Provider p = current.value();
    p.rowVersion = expectedVersion;
    p.frameworkStatus = status;
    p.statusReason = isBarred(status) ? reason.trimmed() : QString();
    p.statusDate = isBarred(status) ? from : QDate();
    if (auto s = save(p); !s)
        return s;
    // The field changes are audited by save(); this row says why, in the team's words.
    if (auto s =
            AuditLog(m_db).record(QStringLiteral("providers"), id, action, QStringLiteral("framework_status"),
                                  code(current->frameworkStatus), reason.trimmed());
        !s)
        return s;
    return tx.commit();
}

} // namespace pd::core
