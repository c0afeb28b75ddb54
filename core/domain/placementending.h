// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace pd::core {

/// Why a placement ended, in the team's words, each mapped to the SSDA903 codes of the return.
enum class EndingReason {
    PlannedMove,          ///< X1 + CARPL: a move in line with the care plan
    DisruptionByProvider, ///< X1 + CREQB: the provider (carer) asked for the placement to end
    DisruptionByChild,    ///< X1 + CHILD: the child asked for the placement to end
    ReturnHome,           ///< E4A: returned home as part of the care plan
    Adoption,             ///< E11: adopted
    EighteenStayingPut,   ///< E17: 18 or over and stayed with the carers (staying put)
    Other                 ///< E8: care ceased for any other reason
};

/// One reason's codes: the stored code, words for people, REC, REASON_PLACE_CHANGE.
struct EndingReasonInfo {
    EndingReason reason;
    const char* code;              ///< stored in placements.ending_reason: "planned_move"
    const char* label;             ///< "Planned move"
    const char* rec;               ///< SSDA903 REC: "X1"
    const char* reasonPlaceChange; ///< SSDA903 REASON_PLACE_CHANGE when the child moves on ("" otherwise)
};

const EndingReasonInfo& endingReasonInfo(EndingReason reason);
QList<EndingReason> allEndingReasons();
std::optional<EndingReason> endingReasonFromCode(const QString& code);
QString endingReasonCode(EndingReason reason);
QString endingReasonLabel(EndingReason reason);
/// The child moves to another placement (REC X1): a follow-up referral is opened for the move.
bool isMove(EndingReason reason);

} // namespace pd::core
