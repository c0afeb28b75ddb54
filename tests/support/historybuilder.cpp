// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/historybuilder.h"

namespace pd::test {

core::Episode episode(const EpisodeSpec& spec) {
    core::Episode e;
    e.start = QDate::fromString(QString::fromLatin1(spec.start), Qt::ISODate);
    e.end = QDate::fromString(QString::fromLatin1(spec.end), Qt::ISODate);
    e.rne = QString::fromLatin1(spec.rne);
    e.place = QString::fromLatin1(spec.place);
    e.placeProvider = QString::fromLatin1(spec.provider);
    e.legalStatus = QString::fromLatin1(spec.legalStatus);
    e.urn = QString::fromLatin1(spec.urn);
    e.placementPostcode = QString::fromLatin1(spec.postcode);
    e.category = core::categoryOf(e.place, e.placeProvider);
    return e;
}

core::ChildHistory child(qint64 childId, const char* dob, const QList<EpisodeSpec>& episodes) {
    core::ChildHistory c;
    c.childId = childId;
    c.childRef = QStringLiteral("C%1").arg(childId);
    c.dob = QDate::fromString(QString::fromLatin1(dob), Qt::ISODate);
    qint64 id = childId * 100;
    for (const EpisodeSpec& s : episodes) {
        c.episodes << episode(s);
        c.episodes.last().placementId = ++id;
    }
    return c;
}

} // namespace pd::test
