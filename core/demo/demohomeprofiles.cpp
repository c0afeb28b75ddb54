// SPDX-License-Identifier: GPL-3.0-or-later
// The providers' profiles of their homes for children: "about us" in words a child can read.
#include "core/demo/democontext.h"

namespace pd::core {

namespace {

// Chosen by the provision's id, not the random stream, so the rest of the demo is unchanged.
const char* const kFosterOpenings[] = {
    "Hello! We are the %1. We have been foster carers for six years.",
    "Hi, we are the %1. We live in a busy, friendly house.",
    "Welcome! We are the %1 and we have been fostering since 2019.",
};
const char* const kFosterDays[] = {
    "We like walks in the park, films on Friday nights and cooking together. You will have your own bedroom, "
    "and you can help choose how it looks.",
    "We enjoy football, board games and trips to the seaside in the summer. Your bedroom is at the back of "
    "the house and looks out over the garden.",
    "We love music, baking and going to the swimming pool at the weekend. You will have your own room with a "
    "desk for homework.",
};
const char* const kHomeDays[] = {
    "%1 is a house for a few young people, with staff here day and night. Everyone has their own bedroom. "
    "We eat together in the evening and plan trips at the weekend: bowling, the cinema, the beach.",
    "At %1 you will have your own room, and the staff will help you keep up with school and the things you "
    "enjoy. There is a garden, a games room and a kitchen where we cook together.",
};

QString familyOf(const QString& household) {
    static const QString suffix = QStringLiteral(" household");
    return household.endsWith(suffix) ? QStringLiteral("%1 family").arg(household.chopped(suffix.size()))
                                      : household;
}

} // namespace

Status writeDemoHomeProfiles(DemoContext& c) {
    c.writer.define(QStringLiteral("provision_profiles"),
                    {QStringLiteral("provision_id"), QStringLiteral("about")});
    for (const DemoProvision& p : std::as_const(c.allProvisions)) {
        if (p.id % 3 == 0)
            continue; // not every provider has sent a profile
        const auto pick = size_t(p.id / 3);
        QString about;
        if (p.placementType == QLatin1String("foster"))
            about =
                QString::fromUtf8(kFosterOpenings[pick % std::size(kFosterOpenings)]).arg(familyOf(p.name)) +
                QLatin1Char('\n') + QString::fromUtf8(kFosterDays[pick % std::size(kFosterDays)]);
        else
            about = QString::fromUtf8(kHomeDays[pick % std::size(kHomeDays)]).arg(p.name);
        if (auto id = c.writer.insert(QStringLiteral("provision_profiles"), {p.id, about}); !id)
            return id.error();
    }
    return {};
}

} // namespace pd::core
