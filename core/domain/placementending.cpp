// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/placementending.h"

#include <iterator>

namespace pd::core {

namespace {

// SSDA903 guidance: REC X1 "episode ceases and a new one begins" for a move, with the
// REASON_PLACE_CHANGE; the E codes when the child leaves care.
constexpr EndingReasonInfo kReasons[] = {
    {EndingReason::PlannedMove, "planned_move", "Planned move", "X1", "CARPL"},
    {EndingReason::DisruptionByProvider, "disruption_provider",
     "Disruption: the provider asked for the ending", "X1", "CREQB"},
    {EndingReason::DisruptionByChild, "disruption_child", "Disruption: the child asked for the ending", "X1",
     "CHILD"},
    {EndingReason::ReturnHome, "return_home", "Returned home", "E4A", ""},
    {EndingReason::Adoption, "adoption", "Adopted", "E11", ""},
    {EndingReason::EighteenStayingPut, "eighteen_staying_put", "18 or over / staying put", "E17", ""},
    {EndingReason::Other, "other", "Other", "E8", ""},
};

} // namespace

const EndingReasonInfo& endingReasonInfo(EndingReason reason) {
    for (const auto& r : kReasons)
        if (r.reason == reason)
            return r;
    return kReasons[std::size(kReasons) - 1];
}

QList<EndingReason> allEndingReasons() {
    QList<EndingReason> out;
    for (const auto& r : kReasons)
        out << r.reason;
    return out;
}

std::optional<EndingReason> endingReasonFromCode(const QString& code) {
    for (const auto& r : kReasons)
        if (code == QLatin1String(r.code))
            return r.reason;
    return std::nullopt;
}

QString endingReasonCode(EndingReason reason) {
    return QString::fromLatin1(endingReasonInfo(reason).code);
}

QString endingReasonLabel(EndingReason reason) {
    return QString::fromUtf8(endingReasonInfo(reason).label);
}

bool isMove(EndingReason reason) {
    return QLatin1String(endingReasonInfo(reason).rec) == QLatin1String("X1");
}

} // namespace pd::core
