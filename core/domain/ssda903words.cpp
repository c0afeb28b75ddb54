// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ssda903words.h"

#include <QHash>

namespace pd::core::ssda903 {

namespace {

using Words = QHash<QString, QString>;

QString lookUp(const Words& words, const QString& code) {
    const auto it = words.constFind(code.trimmed().toUpper());
    return it == words.constEnd() ? code : it.value();
}

} // namespace

QString placeWords(const QString& place) {
    static const Words words{
        {QStringLiteral("A3"), QStringLiteral("Placed for adoption with consent, with former foster carers")},
        {QStringLiteral("A4"), QStringLiteral("Placed for adoption with consent")},
        {QStringLiteral("A5"),
         QStringLiteral("Placed for adoption (placement order), with former foster carers")},
        {QStringLiteral("A6"), QStringLiteral("Placed for adoption (placement order)")},
        {QStringLiteral("H5"), QStringLiteral("Supported accommodation")},
        {QStringLiteral("K1"), QStringLiteral("Secure children's home")},
        {QStringLiteral("K2"), QStringLiteral("Children's home")},
        {QStringLiteral("P1"), QStringLiteral("Placed with own parents")},
        {QStringLiteral("P2"), QStringLiteral("Independent living")},
        {QStringLiteral("P3"), QStringLiteral("Residential employment")},
        {QStringLiteral("R1"), QStringLiteral("Residential care home")},
        {QStringLiteral("R2"), QStringLiteral("NHS or health trust establishment")},
        {QStringLiteral("R3"), QStringLiteral("Family centre or mother and baby unit")},
        {QStringLiteral("R5"), QStringLiteral("Young offender institution")},
        {QStringLiteral("S1"), QStringLiteral("Residential school")},
        {QStringLiteral("T0"), QStringLiteral("Temporary placement")},
        {QStringLiteral("T1"), QStringLiteral("Temporary: in hospital")},
        {QStringLiteral("T2"), QStringLiteral("Temporary: on holiday")},
        {QStringLiteral("T3"), QStringLiteral("Temporary: away from placement")},
        {QStringLiteral("T4"), QStringLiteral("Temporary: other")},
        {QStringLiteral("U1"), QStringLiteral("Foster placement with a relative or friend, long term")},
        {QStringLiteral("U2"),
         QStringLiteral("Foster placement with a relative or friend (fostering for adoption)")},
        {QStringLiteral("U3"), QStringLiteral("Foster placement with a relative or friend")},
        {QStringLiteral("U4"), QStringLiteral("Foster placement with another carer, long term")},
        {QStringLiteral("U5"),
         QStringLiteral("Foster placement with another carer (fostering for adoption)")},
        {QStringLiteral("U6"), QStringLiteral("Foster placement with another carer")},
        {QStringLiteral("Z1"), QStringLiteral("Other placement")},
    };
    return lookUp(words, place);
}

QString placeProviderWords(const QString& placeProvider) {
    static const Words words{
        {QStringLiteral("PR0"), QStringLiteral("parents or others with parental responsibility")},
        {QStringLiteral("PR1"), QStringLiteral("the council's own provision")},
        {QStringLiteral("PR2"), QStringLiteral("another council's provision")},
        {QStringLiteral("PR3"), QStringLiteral("other public provision")},
        {QStringLiteral("PR4"), QStringLiteral("private provision")},
        {QStringLiteral("PR5"), QStringLiteral("voluntary or third sector provision")},
    };
    return lookUp(words, placeProvider);
}

QString legalStatusWords(const QString& legalStatus) {
    static const Words words{
        {QStringLiteral("C1"), QStringLiteral("Interim care order")},
        {QStringLiteral("C2"), QStringLiteral("Full care order")},
        {QStringLiteral("D1"), QStringLiteral("Freeing order")},
        {QStringLiteral("E1"), QStringLiteral("Placement order")},
        {QStringLiteral("J1"), QStringLiteral("Remanded to the council")},
        {QStringLiteral("J2"), QStringLiteral("Detained in the council's accommodation (PACE)")},
        {QStringLiteral("J3"), QStringLiteral("Sentenced to a supervision order with residence")},
        {QStringLiteral("L1"), QStringLiteral("Police protection")},
        {QStringLiteral("L2"), QStringLiteral("Emergency protection order")},
        {QStringLiteral("L3"), QStringLiteral("Child assessment order")},
        {QStringLiteral("V2"), QStringLiteral("Accommodated (section 20)")},
        {QStringLiteral("V3"), QStringLiteral("Short breaks, single")},
        {QStringLiteral("V4"), QStringLiteral("Short breaks, series")},
    };
    return lookUp(words, legalStatus);
}

QString reasonEndWords(const QString& rec) {
    static const Words words{
        {QStringLiteral("X1"), QStringLiteral("Moved to another placement")},
        {QStringLiteral("E11"), QStringLiteral("Adopted")},
        {QStringLiteral("E12"), QStringLiteral("Adopted (contested)")},
        {QStringLiteral("E13"), QStringLiteral("Left care to live with parents (ended by court order)")},
        {QStringLiteral("E14"), QStringLiteral("Accommodation on remand ended")},
        {QStringLiteral("E15"), QStringLiteral("Age assessment: not a child")},
        {QStringLiteral("E16"), QStringLiteral("Child moved abroad")},
        {QStringLiteral("E17"), QStringLiteral("18 or over, stayed with the carers (staying put)")},
        {QStringLiteral("E2"), QStringLiteral("Died")},
        {QStringLiteral("E3"), QStringLiteral("Care taken over by another council")},
        {QStringLiteral("E41"), QStringLiteral("Residence order granted")},
        {QStringLiteral("E45"), QStringLiteral("Special guardianship order: former foster carers")},
        {QStringLiteral("E46"), QStringLiteral("Special guardianship order: other carers")},
        {QStringLiteral("E47"), QStringLiteral("Special guardianship order: relatives or friends")},
        {QStringLiteral("E48"), QStringLiteral("Special guardianship order: other")},
        {QStringLiteral("E4A"), QStringLiteral("Returned home to parents (care plan)")},
        {QStringLiteral("E4B"), QStringLiteral("Returned home to parents (not in the care plan)")},
        {QStringLiteral("E5"), QStringLiteral("Moved to independent living with support")},
        {QStringLiteral("E6"), QStringLiteral("Moved to independent living")},
        {QStringLiteral("E7"), QStringLiteral("Moved to residential care funded by adult services")},
        {QStringLiteral("E8"), QStringLiteral("Care ceased for another reason")},
        {QStringLiteral("E9"), QStringLiteral("Sentenced to custody")},
    };
    return lookUp(words, rec);
}

QString reasonPlaceChangeWords(const QString& reason) {
    static const Words words{
        {QStringLiteral("CARPL"), QStringLiteral("a move in line with the care plan")},
        {QStringLiteral("CLOSE"), QStringLiteral("the home closed or the carers stopped fostering")},
        {QStringLiteral("ALLEG"), QStringLiteral("an allegation (section 47)")},
        {QStringLiteral("STAND"), QStringLiteral("the home's standards of care were a concern")},
        {QStringLiteral("APPRR"), QStringLiteral("the carers' approval changed")},
        {QStringLiteral("CREQB"), QStringLiteral("the carers asked for the placement to end (behaviour)")},
        {QStringLiteral("CREQO"), QStringLiteral("the carers asked for the placement to end (other)")},
        {QStringLiteral("CHILD"), QStringLiteral("the child asked to move")},
        {QStringLiteral("LAREQ"), QStringLiteral("the council asked for a move (resources)")},
        {QStringLiteral("PLACE"), QStringLiteral("a change in the placement's status")},
        {QStringLiteral("CUSTOD"), QStringLiteral("custody arrangement")},
        {QStringLiteral("OTHER"), QStringLiteral("another reason")},
    };
    return lookUp(words, reason);
}

} // namespace pd::core::ssda903
