// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/childtimeline.h"

#include "core/domain/placementcategory.h"
#include "core/domain/placementending.h"
#include "core/domain/ssda903words.h"
#include "core/matching/wholecost.h"

#include <QJsonArray>

#include <algorithm>

namespace pd::core {

namespace {

QString dayText(const QDate& d) {
    return d.isValid() ? d.toString(QStringLiteral("d MMM yyyy")) : QString();
}

QString isoOrNull(const QDate& d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString joined(const QStringList& parts) {
    QStringList kept;
    for (const QString& p : parts)
        if (!p.trimmed().isEmpty())
            kept << p.trimmed();
    return kept.join(QStringLiteral(" \u00b7 "));
}

QString placedDetail(const PlacementRecord& p) {
    return joined({categoryLabel(categoryFromKey(p.category)),
                   p.weeklyCost ? QStringLiteral("%1 a week").arg(formatPounds(*p.weeklyCost)) : QString(),
                   p.budgetLine.isEmpty() ? QString() : QStringLiteral("budget: %1").arg(p.budgetLine),
                   p.legalStatus.isEmpty() ? QString() : ssda903::legalStatusWords(p.legalStatus)});
}

QString contractWhat(const ContractVersion& c) {
    if (c.version == 1)
        return QStringLiteral("Contract agreed: %1 a week%2, %3 days' notice")
            .arg(formatPounds(c.weeklyFee),
                 c.extras > 0 ? QStringLiteral(" + %1 extras").arg(formatPounds(c.extras)) : QString())
            .arg(c.noticeDays);
    return QStringLiteral("Contract version %1: %2 a week%3")
        .arg(c.version)
        .arg(formatPounds(c.weeklyFee),
             c.extras > 0 ? QStringLiteral(" + %1 extras").arg(formatPounds(c.extras)) : QString());
}

QString contractDetail(const ContractVersion& c) {
    QStringList outcomes;
    for (const ContractOutcome& o : c.outcomes)
        outcomes << o.wording;
    return joined({c.version == 1 ? QString() : c.changeNote,
                   outcomes.isEmpty()
                       ? QString()
                       : QStringLiteral("outcomes: %1").arg(outcomes.join(QStringLiteral("; "))),
                   c.madeBy.isEmpty() ? QString() : QStringLiteral("by %1").arg(c.madeBy)});
}

QString reviewWhat(const PlacementReview& r) {
    int met = 0, progressing = 0, notMet = 0;
    for (const RatedOutcome& o : r.ratings)
        (o.rating == OutcomeRating::Met ? met : o.rating == OutcomeRating::NotMet ? notMet : progressing)++;
    const QString late = r.dueOn.isValid() && r.heldOn > r.dueOn
                             ? QStringLiteral(" (%1 days late)").arg(r.dueOn.daysTo(r.heldOn))
                             : QString();
    if (r.ratings.isEmpty())
        return QStringLiteral("Review held%1").arg(late);
    return QStringLiteral("Review held%1: %2 met, %3 progressing, %4 not met")
        .arg(late)
        .arg(met)
        .arg(progressing)
        .arg(notMet);
}

QString reviewDetail(const PlacementReview& r) {
    return joined(
        {r.iroView.isEmpty() ? QString() : QStringLiteral("IRO: %1").arg(r.iroView),
         r.nextDue.isValid() ? QStringLiteral("next review due %1").arg(dayText(r.nextDue)) : QString()});
}

void addPlacementEvents(const ChildPlacementLife& life, QList<ChildEvent>& out) {
    const PlacementRecord& p = life.placement;
    out << ChildEvent{p.start,
                      ChildEventKind::Placed,
                      QStringLiteral("Placed: %1").arg(placementWhere(p)),
                      placedDetail(p),
                      p.id,
                      p.referralId};
    for (const ContractVersion& c : life.contracts)
        out << ChildEvent{
            c.effectiveFrom, ChildEventKind::Contract, contractWhat(c), contractDetail(c), p.id, 0};
    for (const PlacementReview& r : life.reviews)
        out << ChildEvent{r.heldOn, ChildEventKind::Review, reviewWhat(r), reviewDetail(r), p.id, 0};
    for (const DisruptionMeeting& m : life.meetings)
        out << ChildEvent{m.heldOn,
                          ChildEventKind::Meeting,
                          QStringLiteral("Pre-disruption meeting, asked for by %1 \u2014 %2")
                              .arg(label(m.askedBy).toLower(), label(m.outcome)),
                          joined({QStringLiteral("concerns: %1").arg(m.concerns),
                                  QStringLiteral("actions: %1").arg(m.actions)}),
                          p.id,
                          0};
    if (!p.isCurrent())
        out << ChildEvent{
            p.end,
            ChildEventKind::Ended,
            QStringLiteral("Placement ended: %1").arg(placementEndWords(p)),
            joined({p.reasonPlaceChange.isEmpty()
                        ? QString()
                        : QStringLiteral("why: %1").arg(ssda903::reasonPlaceChangeWords(p.reasonPlaceChange)),
                    p.followUpReferralId ? QStringLiteral("a referral was opened for the move") : QString()}),
            p.id,
            p.followUpReferralId};
}

} // namespace

QString childEventKindLabel(ChildEventKind kind) {
    switch (kind) {
    case ChildEventKind::Referral:
        return QStringLiteral("Referral");
    case ChildEventKind::Placed:
        return QStringLiteral("Placement");
    case ChildEventKind::Contract:
        return QStringLiteral("Contract");
    case ChildEventKind::Review:
        return QStringLiteral("Review");
    case ChildEventKind::Meeting:
        return QStringLiteral("Meeting");
    case ChildEventKind::Ended:
        return QStringLiteral("Ending");
    }
    return {};
}

QString placementWhere(const PlacementRecord& p) {
    if (!p.providerName.isEmpty())
        return p.provisionName.isEmpty() || p.provisionName == p.providerName
                   ? p.providerName
                   : QStringLiteral("%1 \u2014 %2").arg(p.providerName, p.provisionName);
    const QString place = ssda903::placeWords(p.place);
    return p.placeProvider.isEmpty()
               ? place
               : QStringLiteral("%1, %2").arg(place, ssda903::placeProviderWords(p.placeProvider));
}

QString placementEndWords(const PlacementRecord& p) {
    if (p.isCurrent())
        return {};
    if (const auto reason = endingReasonFromCode(p.endingReason))
        return endingReasonLabel(*reason);
    return p.reasonEnd.isEmpty() ? QStringLiteral("reason not recorded")
                                 : ssda903::reasonEndWords(p.reasonEnd);
}

QList<ChildEvent> childTimeline(const ChildRecord& record) {
    QList<ChildEvent> out;
    for (const ReferralListRow& r : record.referrals)
        out << ChildEvent{
            r.receivedAt.date(),
            ChildEventKind::Referral,
            QStringLiteral("Referral %1 received%2")
                .arg(r.reference, r.emergency ? QStringLiteral(" (emergency)") : QString()),
            joined({QStringLiteral("now: %1").arg(label(r.state)),
                    r.officer.isEmpty() ? QString() : QStringLiteral("officer: %1").arg(r.officer)}),
            0,
            r.id};
    for (const ChildPlacementLife& life : record.placements)
        addPlacementEvents(life, out);
    // Newest first; on one day the order of the story read upwards: referral, ending, placement,
    // contract, review, meeting.
    auto rank = [](ChildEventKind k) {
        switch (k) {
        case ChildEventKind::Referral:
            return 0;
        case ChildEventKind::Ended:
            return 1;
        case ChildEventKind::Placed:
            return 2;
        case ChildEventKind::Contract:
            return 3;
        case ChildEventKind::Review:
            return 4;
        case ChildEventKind::Meeting:
            return 5;
        }
        return 6;
    };
    std::stable_sort(out.begin(), out.end(), [&](const ChildEvent& a, const ChildEvent& b) {
        if (a.day != b.day)
            return a.day > b.day;
        return rank(a.kind) > rank(b.kind);
    });
    return out;
}

QJsonObject childJson(const ChildRecord& record, const QDate& today) {
    QJsonObject child{{QStringLiteral("child_id"), record.child.childRef},
                      {QStringLiteral("name"), record.name()},
                      {QStringLiteral("date_of_birth"), isoOrNull(record.child.dob)},
                      {QStringLiteral("sex"), record.child.sex},
                      {QStringLiteral("home_postcode"), record.homePostcode},
                      {QStringLiteral("social_worker"), record.socialWorker},
                      {QStringLiteral("officer"), record.officer}};
    QJsonArray placements;
    for (const ChildPlacementLife& life : record.placements) {
        const PlacementRecord& p = life.placement;
        placements.append(QJsonObject{
            {QStringLiteral("placement_id"), p.id},
            {QStringLiteral("where"), placementWhere(p)},
            {QStringLiteral("category"), categoryLabel(categoryFromKey(p.category))},
            {QStringLiteral("start"), isoOrNull(p.start)},
            {QStringLiteral("end"), isoOrNull(p.end)},
            {QStringLiteral("ended_because"), placementEndWords(p)},
            {QStringLiteral("weekly_cost"), p.weeklyCost ? QJsonValue(*p.weeklyCost) : QJsonValue()},
            {QStringLiteral("contract_versions"), int(life.contracts.size())},
            {QStringLiteral("reviews"), int(life.reviews.size())},
            {QStringLiteral("meetings"), int(life.meetings.size())},
            {QStringLiteral("next_review_due"), isoOrNull(life.nextReviewDue)},
            {QStringLiteral("review_overdue"), life.nextReviewDue.isValid() && life.nextReviewDue < today}});
    }
    QJsonArray referrals;
    for (const ReferralListRow& r : record.referrals)
        referrals.append(QJsonObject{{QStringLiteral("reference"), r.reference},
                                     {QStringLiteral("state"), label(r.state)},
                                     {QStringLiteral("emergency"), r.emergency},
                                     {QStringLiteral("received"), isoOrNull(r.receivedAt.date())}});
    QJsonArray contacts;
    for (const ContactArrangement& c : record.contacts)
        contacts.append(QJsonObject{{QStringLiteral("with"), c.with},
                                    {QStringLiteral("sessions_per_week"), c.sessionsPerWeek}});
    QJsonArray timeline;
    for (const ChildEvent& e : childTimeline(record))
        timeline.append(QJsonObject{{QStringLiteral("day"), isoOrNull(e.day)},
                                    {QStringLiteral("kind"), childEventKindLabel(e.kind).toLower()},
                                    {QStringLiteral("what"), e.what},
                                    {QStringLiteral("detail"), e.detail}});
    child.insert(QStringLiteral("placements"), placements);
    child.insert(QStringLiteral("referrals"), referrals);
    child.insert(QStringLiteral("contacts"), contacts);
    child.insert(QStringLiteral("timeline"), timeline);
    return child;
}

QString childText(const ChildRecord& record, const QDate& today) {
    QString out = QStringLiteral("%1 (%2)").arg(record.name(), record.child.childRef);
    if (record.child.dob.isValid())
        out += QStringLiteral(", born %1").arg(dayText(record.child.dob));
    out += QLatin1Char('\n');
    if (const ChildPlacementLife* now = record.current()) {
        out += QStringLiteral("Now: %1 since %2")
                   .arg(placementWhere(now->placement), dayText(now->placement.start));
        if (now->nextReviewDue.isValid())
            out += QStringLiteral("; next review %1%2")
                       .arg(dayText(now->nextReviewDue),
                            now->nextReviewDue < today ? QStringLiteral(" (OVERDUE)") : QString());
        out += QLatin1Char('\n');
    } else {
        out += QStringLiteral("No current placement.\n");
    }
    if (!record.socialWorker.isEmpty())
        out += QStringLiteral("Social worker: %1\n").arg(record.socialWorker);
    out += QLatin1Char('\n');
    for (const ChildEvent& e : childTimeline(record)) {
        out += QStringLiteral("%1  %2  %3\n")
                   .arg(e.day.toString(Qt::ISODate), childEventKindLabel(e.kind).leftJustified(9), e.what);
        if (!e.detail.isEmpty())
            out += QStringLiteral("%1%2\n").arg(QString(23, QLatin1Char(' ')), e.detail);
    }
    return out;
}

} // namespace pd::core
