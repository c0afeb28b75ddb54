// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/providerrepository.h"

#include "core/domain/geo.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/recordwriter.h"
#include "core/storage/transactionguard.h"

namespace pd::core {

namespace {

const QString kColumns = QStringLiteral(
    "id, row_version, name, kind, ofsted_urn, ofsted_rating, ofsted_date, framework_status, "
    "price_band_lower, "
    "price_band_upper, status_reason, status_date, referral_email, contacts, address, postcode");

std::optional<double> optionalNumber(const QVariant& v) {
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

QVariant nullIfEmpty(const QString& s) {
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QVariant dateOrNull(const QDate& d) {
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

Provider fromQuery(const QSqlQuery& q) {
    Provider p;
    p.id = q.value(0).toLongLong();
    p.rowVersion = q.value(1).toLongLong();
    p.name = q.value(2).toString();
    p.kind = providerKindFromCode(q.value(3).toString()).value_or(ProviderKind::Ifa);
    p.ofstedUrn = q.value(4).toString();
    p.rating = ofstedRatingFromCode(q.value(5).toString()).value_or(OfstedRating::None);
    p.ratingDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    p.frameworkStatus = frameworkStatusFromCode(q.value(7).toString()).value_or(FrameworkStatus::Spot);
    p.priceBandLower = optionalNumber(q.value(8));
    p.priceBandUpper = optionalNumber(q.value(9));
    p.statusReason = q.value(10).toString();
    p.statusDate = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    p.referralEmail = q.value(12).toString();
    p.contacts = q.value(13).toString();
    p.address = q.value(14).toString();
    p.postcode = q.value(15).toString();
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
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1 FROM providers ORDER BY name, id").arg(kColumns));
    if (auto s = m_db.exec(q, QStringLiteral("reading the providers")); !s)
        return s.error();
    QList<Provider> out;
    while (q.next())
        out << fromQuery(q);
    return out;
}

Result<Provider> ProviderRepository::find(qint64 id) const {
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1 FROM providers WHERE id = :id").arg(kColumns));
    q.bindValue(QStringLiteral(":id"), id);
    if (auto s = m_db.exec(q, QStringLiteral("reading a provider")); !s)
        return s.error();
    if (!q.next())
        return Error::notFound(QStringLiteral("Provider %1 is no longer in the register.").arg(id));
    return fromQuery(q);
}

Result<std::optional<Provider>> ProviderRepository::findByUrn(const QString& urn) const {
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT %1 FROM providers WHERE ofsted_urn = :urn").arg(kColumns));
    q.bindValue(QStringLiteral(":urn"), urn.trimmed().toUpper());
    if (auto s = m_db.exec(q, QStringLiteral("looking up a provider by URN")); !s)
        return s.error();
    if (!q.next())
        return std::optional<Provider>();
    return std::optional<Provider>(fromQuery(q));
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
