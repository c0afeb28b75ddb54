// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/referralsender.h"

#include "core/matching/matchreferral.h"
#include "core/reports/emaildraft.h"
#include "core/reports/referralpack.h"
#include "core/storage/database.h"
#include "core/storage/referralrepository.h"
#include "core/storage/referralsendrepository.h"
#include "core/storage/transactionguard.h"
#include "core/storage/userrepository.h"
#include "core/workflow/referralworkflow.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace pd::core {

QList<PlacementType> ReferralSender::suitableTypes(const Referral& referral) {
    const MatchReferral m = MatchReferral::from(referral, {}, QDate::currentDate());
    QList<PlacementType> out;
    for (PlacementType t : all<PlacementType>())
        if (!m.unsuitable[int(t)] && (!m.essentialTypes || (m.essentialTypes & (1u << int(t)))))
            out << t;
    return out;
}

Result<QList<Recipient>> ReferralSender::defaultRecipients(qint64 referralId) const {
    auto referral = ReferralRepository(m_db).load(referralId);
    if (!referral)
        return referral.error();
    return ReferralSendRepository(m_db).defaultRecipients(suitableTypes(referral.value()));
}

SendingOfficer ReferralSender::sendingOfficer(const SendingOfficer& details) const {
    SendingOfficer officer = details;
    if (officer.name.trimmed().isEmpty()) {
        auto user = UserRepository(m_db).current();
        officer.name = user ? user->name() : m_db.userName();
    }
    return officer;
}

Result<PackPreview> ReferralSender::preview(qint64 referralId, const QDate& today,
                                            const SendingOfficer& details) const {
    auto referral = ReferralRepository(m_db).load(referralId);
    if (!referral)
        return referral.error();
    return ReferralPack::preview(referral.value(), today, sendingOfficer(details));
}

Result<QList<SendRecord>> ReferralSender::send(qint64 referralId, const QList<qint64>& providerIds,
                                               const QString& folder, const QDate& today,
                                               const SendingOfficer& details) {
    if (auto s = UserRepository(m_db).requireAllowed(Operation::SendReferral); !s)
        return s.error();
    if (providerIds.isEmpty())
        return Error::invalid(QStringLiteral("Choose at least one provider to send the referral to."));
    auto referral = ReferralRepository(m_db).load(referralId);
    if (!referral)
        return referral.error();
    ReferralSendRepository repo(m_db);
    auto recipients = repo.providers(providerIds);
    if (!recipients)
        return recipients.error();
    for (const Recipient& r : recipients.value())
        if (r.framework == FrameworkStatus::Suspended || r.framework == FrameworkStatus::Excluded)
            return Error::refused(QStringLiteral("%1 is %2: referrals cannot be sent to it.")
                                      .arg(r.name, label(r.framework).toLower()));
    const SendingOfficer officer = sendingOfficer(details);
    auto pdf = ReferralPack::pdf(referral.value(), ReferralPack::Kind::Anonymised, today, officer);
    if (!pdf)
        return pdf.error();
    QDir dir(folder);
    if (!dir.exists() && !dir.mkpath(QStringLiteral(".")))
        return Error::io(
            QStringLiteral("Could not create the folder %1.").arg(QDir::toNativeSeparators(folder)));
    const QString ref = referral->reference;
    const QString packPath = dir.filePath(ref + QStringLiteral(" anonymised pack.pdf"));
    QFile pack(packPath);
    if (!pack.open(QIODevice::WriteOnly) || pack.write(pdf.value()) != pdf->size())
        return Error::io(QStringLiteral("Could not write %1: %2")
                             .arg(QDir::toNativeSeparators(packPath), pack.errorString()));
    pack.close();
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9 ._-]"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<SendRecord> records;
    QStringList written{packPath};
    // Nothing half-done: if the record or the workflow refuses, the files go too.
    auto failed = [&written](const Error& e) {
        for (const QString& f : written)
            QFile::remove(f);
        return e;
    };
    TransactionGuard tx(m_db);
    if (!tx.started())
        return failed(tx.started().error());
    for (const Recipient& r : recipients.value()) {
        EmailDraft draft;
        draft.fromName = officer.name;
        draft.fromAddress = officer.email;
        draft.to = r.email;
        draft.subject = QStringLiteral("Referral %1: request for a placement offer").arg(ref);
        draft.body =
            QStringLiteral(
                "Dear colleague,\n\nPlease find attached the anonymised referral %1. If you can offer a "
                "placement, please reply quoting the reference with the provision, weekly fee, any extras "
                "and the earliest start date.\n\n%2\nPlacement Finding Team\n")
                .arg(ref, officer.lines().join(u'\n'));
        draft.attachmentName = ref + QStringLiteral(".pdf");
        draft.attachment = pdf.value();
        draft.date = now;
        const QString draftPath = dir.filePath(
            QStringLiteral("%1 to %2.eml").arg(ref, QString(r.name).replace(unsafe, QStringLiteral("_"))));
        QFile f(draftPath);
        const QByteArray eml = draft.toEml();
        written << draftPath;
        if (!f.open(QIODevice::WriteOnly) || f.write(eml) != eml.size())
            return failed(Error::io(QStringLiteral("Could not write %1: %2")
                                        .arg(QDir::toNativeSeparators(draftPath), f.errorString())));
        SendRecord rec{0,       referralId, r.providerId, r.name, now, m_db.userName(),
                       r.email, packPath,   draftPath};
        auto id = repo.record(rec);
        if (!id)
            return failed(id.error());
        rec.id = id.value();
        records << rec;
    }
    TransitionRequest request;
    request.event = ReferralEvent::SendToProviders;
    request.distributionList = providerIds;
    request.packReady = true;
    if (auto moved = ReferralWorkflow(m_db).apply(referralId, request); !moved)
        return failed(moved.error());
    if (auto s = tx.commit(); !s)
        return failed(s.error());
    return records;
}

Result<QList<Recipient>> ReferralSender::usableProviders() const {
    return ReferralSendRepository(m_db).usableProviders();
}

} // namespace pd::core
