// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demonames.h"

namespace pd::core::demonames {

namespace {

QStringList words(const char* text) {
    return QString::fromLatin1(text).split(u' ', Qt::SkipEmptyParts);
}

const QStringList& girls() {
    static const QStringList w =
        words("Amelia Ava Bella Chloe Daisy Ella Evie Freya Grace Hannah Isla Ivy Jasmine Kayla Leah Lily "
              "Maya Mia Nadia "
              "Olivia Poppy Ruby Sadia Sophie Tia Zara Aaliyah Ayesha Fatima Hollie Imogen Jade Kezia Layla "
              "Megan Niamh "
              "Precious Rosie Summer Tilly Yasmin Abena Maryam Oliwia Sienna Skye Willow Esme Neveah Amira");
    return w;
}

const QStringList& boys() {
    static const QStringList w = words(
        "Aaron Adam Alfie Ben Callum Charlie Daniel Dylan Ethan Finley George Harry Hamza Isaac Jack Jayden "
        "Kai "
        "Leo Liam Logan Mason Noah Oliver Oscar Reece Riley Ryan Samuel Theo Tyler Zain Ibrahim Kofi "
        "Mohammed Jakub "
        "Kieran Louis Marcus Nathan Owen Rhys Ruben Stanley Tomasz Yusuf Ellis Jude Archie Brandon Connor");
    return w;
}

const QStringList& surnames() {
    static const QStringList w = words("Abbott Ashdown Barlow Bennett Bickerstaff Brook Carver Chadwick "
                                       "Coleman Crane Dawlish Denton Ellery Fairbairn "
                                       "Farrow Fenwick Garside Gilmore Hadley Halloran Hargreave Hollins "
                                       "Ingram Jessop Kendrick Kirkby Lacey Latimer "
                                       "Lomax Marsden Merritt Moxley Nettleton Norcott Oakley Padley "
                                       "Pemberton Quarry Radcliffe Rowntree Sayers "
                                       "Shipley Stannard Thackray Tolley Underwood Varley Wadsworth Whitlock "
                                       "Yardley Okafor Mensah Adeyemi Osei "
                                       "Begum Chaudhry Hussain Malik Rahman Siddiqui Patel Mistry Parmar "
                                       "Nowak Kowalczyk Wisniewska Nguyen Tran "
                                       "Campbell Clarke Francis Henry Reid Brennan Doyle Gallagher Lynch "
                                       "Mahoney Petrescu Popescu Yilmaz Demir");
    return w;
}

} // namespace

QString firstName(DemoRandom& rng, const QString& sex) {
    return rng.pick(sex == QLatin1String("F") ? girls() : boys());
}

QString lastName(DemoRandom& rng) {
    return rng.pick(surnames());
}

QString streetAddress(DemoRandom& rng) {
    static const QStringList first =
        words("Alder Beacon Bramble Castle Chapel Cherry Copper Elm Ferry Foundry Hazel "
              "Kingfisher Lark Meadow Mill Orchard Quarry Reed Sandpiper Tanner Weaver Willow");
    static const QStringList last = words("Road Street Lane Avenue Close Way Grove Crescent Drive Terrace");
    return QStringLiteral("%1 %2 %3, Riverton").arg(rng.between(1, 180)).arg(rng.pick(first), rng.pick(last));
}

QString houseName(DemoRandom& rng) {
    static const QStringList first =
        words("Willow Rowan Hawthorn Beech Heron Kestrel Larch Linden Maple Oakfield "
              "Riverside Rushmere Sycamore Thistle Wren Amber Cedar Holly Juniper Poplar");
    static const QStringList last = words("House Lodge View Court Cottage Grange");
    return rng.pick(first) + u' ' + rng.pick(last);
}

QString organisationName(DemoRandom& rng, const QString& kindWord) {
    static const QStringList first =
        words("Brightwater Fernhill Greenway Harbour Hearthstone Horizon Kinfolk "
              "Lanternlight Meadowbank Northstar Oakleaf Pathways Quayside Riverbend "
              "Silverbirch Springwell Steppingstone Sunrise Thornbury Waypoint "
              "Wildflower Woodlands Bluebell Compass Evergreen Lighthouse Keystone "
              "Ashgrove Beckside Cloverleaf Driftwood Emberlea Foxglove Goldcrest");
    return rng.pick(first) + u' ' + kindWord;
}

QString telephone(DemoRandom& rng) {
    return QStringLiteral("01632 960%1").arg(rng.between(0, 999), 3, 10, QLatin1Char('0'));
}

QString emailLocalPart(const QString& organisation) {
    QString s;
    for (QChar c : organisation.toLower())
        if (c.isLetterOrNumber())
            s += c;
    return s;
}

QString ethnicity(DemoRandom& rng) {
    static const QStringList codes =
        words("WBRI WIRI WOTH WIRT WROM MWBC MWBA MWAS MOTH AIND APKN ABAN AOTH BCRB "
              "BAFR BOTH CHNE OOTH REFU NOBT");
    static const QList<int> weights{62, 1, 5, 1, 1, 6, 2, 2, 3, 2, 3, 1, 1, 2, 4, 1, 1, 1, 0, 1};
    return codes[rng.weighted(weights)];
}

QString religionFor(DemoRandom& rng, const QString& ethnicity) {
    if (ethnicity.startsWith(QLatin1String("APKN")) || ethnicity == QLatin1String("ABAN"))
        return QStringLiteral("Muslim");
    if (ethnicity == QLatin1String("AIND"))
        return rng.pick(words("Hindu Sikh Muslim"));
    if (ethnicity.startsWith(u'B'))
        return rng.chance(0.7) ? QStringLiteral("Christian") : QStringLiteral("None");
    static const QStringList others = words("None None None Christian Christian Catholic");
    return rng.pick(others);
}

QString languageFor(DemoRandom& rng, const QString& ethnicity) {
    if (ethnicity == QLatin1String("WOTH"))
        return rng.chance(0.5) ? QStringLiteral("Polish")
                               : (rng.chance(0.5) ? QStringLiteral("Romanian") : QStringLiteral("English"));
    if (ethnicity == QLatin1String("WROM"))
        return QStringLiteral("Romanian");
    if (ethnicity == QLatin1String("AIND") || ethnicity == QLatin1String("APKN"))
        return rng.chance(0.25) ? (ethnicity == QLatin1String("AIND") ? QStringLiteral("Gujarati")
                                                                      : QStringLiteral("Urdu"))
                                : QStringLiteral("English");
    if (ethnicity == QLatin1String("BAFR"))
        return rng.chance(0.2) ? QStringLiteral("Tigrinya") : QStringLiteral("English");
    if (ethnicity == QLatin1String("OOTH"))
        return rng.chance(0.5) ? QStringLiteral("Arabic") : QStringLiteral("Pashto");
    return QStringLiteral("English");
}

QString schoolName(DemoRandom& rng, int age) {
    static const QStringList places =
        words("Riverside Fernhill Castlegate Millbrook Ashdown Brookfield Kingsmead "
              "Orchard Vale Highcross Saint Aidan's");
    if (age < 5)
        return rng.pick(places) + QStringLiteral(" Nursery");
    if (age < 11)
        return rng.pick(places) + QStringLiteral(" Primary School");
    if (age < 16)
        return rng.pick(places) + QStringLiteral(" Academy");
    return rng.pick(places) + QStringLiteral(" College");
}

} // namespace pd::core::demonames
