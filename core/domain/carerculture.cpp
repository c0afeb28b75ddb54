// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/carerculture.h"

#include <utility>

namespace pd::core::carerculture {

namespace {

const std::pair<const char*, const char*> kEthnicities[] = {
    {"WBRI", "White British"},
    {"WIRI", "White Irish"},
    {"WIRT", "Traveller of Irish heritage"},
    {"WOTH", "Any other White background"},
    {"WROM", "Gypsy/Roma"},
    {"MWBC", "White and Black Caribbean"},
    {"MWBA", "White and Black African"},
    {"MWAS", "White and Asian"},
    {"MOTH", "Any other mixed background"},
    {"AIND", "Indian"},
    {"APKN", "Pakistani"},
    {"ABAN", "Bangladeshi"},
    {"AOTH", "Any other Asian background"},
    {"BCRB", "Caribbean"},
    {"BAFR", "African"},
    {"BOTH", "Any other Black background"},
    {"CHNE", "Chinese"},
    {"OOTH", "Any other ethnic group"},
    {"REFU", "Refused"},
    {"NOBT", "Information not yet obtained"},
};

QStringList split(const char* text) {
    return QString::fromUtf8(text).split(u'|');
}

} // namespace

const QStringList& ethnicityCodes() {
    static const QStringList codes = [] {
        QStringList out;
        for (const auto& [c, label] : kEthnicities)
            out << QString::fromLatin1(c);
        return out;
    }();
    return codes;
}

QString ethnicityLabel(const QString& code) {
    for (const auto& [c, label] : kEthnicities)
        if (code == QLatin1String(c))
            return QString::fromLatin1(label);
    return {};
}

const QStringList& religions() {
    static const QStringList list = split("Buddhist|Catholic|Christian|Hindu|Jehovah's Witness|Jewish|Muslim|"
                                          "Orthodox Christian|Rastafarian|Sikh|None|Other");
    return list;
}

const QStringList& languages() {
    static const QStringList list =
        split("Albanian|Amharic|Arabic|Bengali|British Sign Language|Bulgarian|Cantonese|Czech|Dari|Dutch|"
              "English|Farsi|French|German|Greek|Gujarati|Hebrew|Hindi|Hungarian|Igbo|Italian|Japanese|"
              "Krio|Kurdish|Latvian|Lingala|Lithuanian|Malayalam|Mandarin|Nepali|Oromo|Pashto|Polish|"
              "Portuguese|Punjabi|Romani|Romanian|Russian|Shona|Sinhala|Slovak|Somali|Spanish|Swahili|"
              "Sylheti|Tagalog|Tamil|Telugu|Thai|Tigrinya|Turkish|Twi|Ukrainian|Urdu|Vietnamese|Welsh|"
              "Yiddish|Yoruba");
    return list;
}

QString spelledAsListed(const QStringList& list, const QString& value) {
    const QString v = value.simplified();
    for (const QString& item : list)
        if (item.compare(v, Qt::CaseInsensitive) == 0)
            return item;
    return {};
}

} // namespace pd::core::carerculture
