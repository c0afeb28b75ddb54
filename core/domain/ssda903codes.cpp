// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/ssda903codes.h"

namespace pd::core::ssda903 {

namespace {

QSet<QString> setOf(std::initializer_list<const char*> codes) {
    QSet<QString> out;
    for (const char* c : codes)
        out.insert(QString::fromLatin1(c));
    return out;
}

} // namespace

QStringList episodeColumns() {
    return {QStringLiteral("CHILD"),
            QStringLiteral("DECOM"),
            QStringLiteral("RNE"),
            QStringLiteral("LS"),
            QStringLiteral("CIN"),
            QStringLiteral("PLACE"),
            QStringLiteral("PLACE_PROVIDER"),
            QStringLiteral("DEC"),
            QStringLiteral("REC"),
            QStringLiteral("REASON_PLACE_CHANGE"),
            QStringLiteral("HOME_POST"),
            QStringLiteral("PL_POST"),
            QStringLiteral("URN")};
}

QStringList headerColumns() {
    return {QStringLiteral("CHILD"), QStringLiteral("SEX"), QStringLiteral("DOB"), QStringLiteral("ETHNIC")};
}

const QSet<QString>& rneCodes() {
    static const QSet<QString> codes = setOf({"S", "P", "B", "T", "U", "L"});
    return codes;
}

const QSet<QString>& legalStatusCodes() {
    static const QSet<QString> codes =
        setOf({"C1", "C2", "D1", "E1", "J1", "J2", "J3", "L1", "L2", "L3", "V2", "V3", "V4"});
    return codes;
}

const QSet<QString>& categoryOfNeedCodes() {
    static const QSet<QString> codes = setOf({"N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8"});
    return codes;
}

const QSet<QString>& placeCodes() {
    static const QSet<QString> codes =
        setOf({"A3", "A4", "A5", "A6", "H5", "K1", "K2", "P1", "P2", "P3", "R1", "R2", "R3", "R5",
               "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1"});
    return codes;
}

const QSet<QString>& placeProviderCodes() {
    static const QSet<QString> codes = setOf({"PR0", "PR1", "PR2", "PR3", "PR4", "PR5"});
    return codes;
}

const QSet<QString>& reasonEndCodes() {
    static const QSet<QString> codes =
        setOf({"E11", "E12", "E13", "E14", "E15", "E16", "E17", "E2", "E3", "E41", "E45",
               "E46", "E47", "E48", "E4A", "E4B", "E5",  "E6",  "E7", "E8", "E9",  "X1"});
    return codes;
}

const QSet<QString>& reasonPlaceChangeCodes() {
    static const QSet<QString> codes = setOf({"CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO",
                                              "CHILD", "LAREQ", "PLACE", "CUSTOD", "OTHER"});
    return codes;
}

const QSet<QString>& ethnicityCodes() {
    static const QSet<QString> codes =
        setOf({"WBRI", "WIRI", "WIRT", "WOTH", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND",
               "APKN", "ABAN", "AOTH", "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT"});
    return codes;
}

bool isTemporaryPlace(const QString& place) {
    return place.size() == 2 && place.at(0) == u'T' && place.at(1) >= u'0' && place.at(1) <= u'4';
}

bool placeTakesNoProvider(const QString& place) {
    return isTemporaryPlace(place) || place == u"Z1";
}

bool placeTakesNoUrn(const QString& place) {
    static const QSet<QString> codes = setOf({"P1", "P2", "P3", "R1", "R2", "R5", "Z1"});
    return isTemporaryPlace(place) || codes.contains(place);
}

} // namespace pd::core::ssda903
