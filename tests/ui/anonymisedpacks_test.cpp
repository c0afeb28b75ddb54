// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12, must-show 2: over 1,000 generated children whose free text mentions their names,
// school, social worker, postcode and date of birth in every common form, none of it is in the
// anonymised pack's PDF text (pdftotext on the real PDF) or in its .eml. Here rather than in
// tests/core because rendering a PDF needs a QGuiApplication (this suite's offscreen one).
#include "core/reports/referralpack.h"
#include "core/services/referralsender.h"
#include "tests/support/catch.h"
#include "tests/support/registerbuilder.h"
#include "tests/support/tempdatabase.h"
#include "ui/matching/senddialog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextDocument>

#include <iostream>
#include <random>

using namespace pd::core;
using pd::test::RegisterBuilder;
using pd::test::TempDatabase;

namespace {

// Names chosen so none is a word the pack prints itself ("Child", "Needs", "Foster" ...).
const QStringList kFirst{"Kayden",   "Zephyrine", "Oluwaseun",  "Maximilian", "Anastasia", "Bartholomew",
                         "Thaddeus", "Philippa",  "Leocadia",   "Ignatius",   "Rosalind",  "Tobiah",
                         "Mireille", "Casimir",   "Evangeline", "Lysander",   "Ottoline",  "Peregrine",
                         "Zoë",      "Seraphina", "Amadou",     "Precious",   "Tadhg",     "Niamh",
                         "Siobhan",  "Mehmet",    "Aaliyah",    "Dmitri",     "Ffion",     "Jaxon"};
const QStringList kLast{"Okonkwo-Reid",   "Quenby",     "Abernethy",    "Vasquez",    "Threlkeld",
                        "Marchbanks",     "Pennington", "Wolstenholme", "O'Donoghue", "Featherstonehaugh",
                        "Kowalczyk",      "Achterberg", "Nwachukwu",    "Szymańska",  "Ravenscroft",
                        "Blennerhassett", "Tregothnan", "Mbeki",        "Lindqvist",  "Haverkamp"};
const QStringList kWorkerFirst{"Imogen", "Rupert", "Henrietta", "Augustin", "Clementine", "Fenella"};
const QStringList kWorkerLast{"Fairweather", "Pemberton",    "Kingsolver",
                              "Ashcombe",    "Drummond-Hay", "Quarrington"};
const QStringList kSchoolPlace{"Orchard",   "Greystoke", "Hollowmere", "Brindle",
                               "Aldhelm's", "Thornbury", "Wexcombe",   "Larkspur"};
const QStringList kSchoolKind{"Academy", "Primary School", "High School", "CE Primary", "Community College"};
const QStringList kMonths{"January", "February", "March",     "April",   "May",      "June",
                          "July",    "August",   "September", "October", "November", "December"};

QString pick(std::mt19937& rng, const QStringList& list) {
    return list[int(rng() % unsigned(list.size()))];
}

QString postcode(std::mt19937& rng) {
    static const QString letters = QStringLiteral("ABDEFGHJLNPQRSTUWXYZ");
    const QString area =
        QString(letters[int(rng() % 20)]) + (rng() % 2 ? QString(letters[int(rng() % 20)]) : QString());
    return QStringLiteral("%1%2 %3%4%5")
        .arg(area)
        .arg(1 + rng() % 29)
        .arg(rng() % 10)
        .arg(letters[int(rng() % 20)])
        .arg(letters[int(rng() % 20)]);
}

QString ordinal(int day) {
    if (day % 10 == 1 && day != 11)
        return QStringLiteral("st");
    if (day % 10 == 2 && day != 12)
        return QStringLiteral("nd");
    if (day % 10 == 3 && day != 13)
        return QStringLiteral("rd");
    return QStringLiteral("th");
}

/// The date of birth in every form the scan tried, each with its year (a day and month alone may
/// be the pack's own "Printed 5 December" line).
QStringList writtenDates(const QDate& d) {
    const QString day = QString::number(d.day());
    const QString month = kMonths[d.month() - 1];
    const QString mon = month.left(3);
    const QString year = QString::number(d.year());
    return {d.toString(QStringLiteral("d/M/yyyy")),
            d.toString(QStringLiteral("dd/MM/yyyy")),
            d.toString(QStringLiteral("dd-MM-yyyy")),
            d.toString(QStringLiteral("d-M-yyyy")),
            d.toString(QStringLiteral("dd.MM.yyyy")),
            d.toString(Qt::ISODate),
            d.toString(QStringLiteral("dd/MM/yy")),
            day + u' ' + mon + u' ' + year,
            day + u' ' + month + u' ' + year,
            month + u' ' + day + QStringLiteral(", ") + year,
            day + ordinal(d.day()) + u' ' + month + u' ' + year,
            mon + u' ' + day + ordinal(d.day()) + u' ' + year,
            day + ordinal(d.day()) + QStringLiteral(" of ") + month + QStringLiteral(", ") + year};
}

struct Generated {
    Referral referral;
    QStringList words;     ///< name and school words: must not appear as whole words
    QStringList postcodes; ///< must not appear with or without the space
    QStringList dates;     ///< must not appear as written
};

Generated generate(std::mt19937& rng, int i) {
    Generated g;
    Referral& r = g.referral;
    r.reference = QStringLiteral("R-2026-%1").arg(i, 4, 10, QLatin1Char('0'));
    r.state = ReferralState::Searching; // set-up: sendToProviders happens in Searching
    r.neededBy = QStringLiteral("in less than 5 days");
    r.neededByDate = QDate(2026, 11, 27);
    r.residentialCareSuitability = QStringLiteral("Unsuitable");
    r.essentialCriteria = {{QStringLiteral("placementType"), QStringLiteral("foster")}};
    const int kids = 1 + int(rng() % 2);
    const QString family = pick(rng, kLast);
    for (int k = 0; k < kids; ++k) {
        ReferralChild c;
        c.firstName = pick(rng, kFirst);
        c.lastName = family;
        c.dateOfBirth = QDate(2008 + int(rng() % 16), 1 + int(rng() % 12), 1 + int(rng() % 28));
        c.sex = rng() % 2 ? QStringLiteral("F") : QStringLiteral("M");
        c.needs << QStringLiteral("ebd");
        r.children << c;
    }
    const ReferralChild& first = r.children.first();
    r.homePostcode = postcode(rng);
    const QString place = pick(rng, kSchoolPlace);
    r.schoolName = place + u' ' + pick(rng, kSchoolKind);
    r.schoolPostcode = postcode(rng);
    const QString wFirst = pick(rng, kWorkerFirst);
    const QString wLast = pick(rng, kWorkerLast);
    r.socialWorker = wFirst + u' ' + wLast;
    const QString aunt = pick(rng, kFirst);
    r.contact << ContactArrangement{QStringLiteral("Aunt ") + aunt, 1, r.homePostcode}
              << ContactArrangement{QStringLiteral("Mum"), 2, postcode(rng)};
    const QStringList dates = writtenDates(first.dateOfBirth);
    const QString noSpace = QString(r.homePostcode).remove(u' ');
    // Each free-text field quotes personal details the way case notes do.
    r.riskOther = QStringLiteral("%1 ran from %2 on the way home to %3 (born %4).")
                      .arg(first.firstName, place, noSpace.toLower(), dates[0]);
    r.riskToOthersOther = QStringLiteral("Fought with a pupil at %1; %2 %3 was told on %4.")
                              .arg(r.schoolName, wFirst, wLast, dates[1]);
    r.preferredLocation = QStringLiteral("Near %1 (%2) or the %3 family home, %4")
                              .arg(r.schoolName, r.schoolPostcode, family, noSpace);
    r.communicationNeeds = QStringLiteral("Y");
    r.specificCommunicationRequirements = {QStringLiteral("Other")};
    r.communicationOther = QStringLiteral("%1 signs with %2; DOB %3 / %4")
                               .arg(first.firstName.toUpper(), aunt, dates[2], dates[3]);
    r.additionalSupport = QStringLiteral("other (please specify)");
    r.additionalSupportOther = QStringLiteral("Mentoring by %1 (%2's worker), dates %3, %4 and %5")
                                   .arg(wLast, first.firstName, dates[4], dates[5], dates[6]);
    r.expectedOutcomes
        << QStringLiteral("%1 keeps attending %2 every school day").arg(first.firstName, place)
        << QStringLiteral("Birthday %1 and %2 celebrated with %3").arg(dates[7], dates[8], aunt)
        << QStringLiteral("Sees the %1s (%2) weekly; born %3, %4")
               .arg(family, r.contact[1].postcode.toLower(), dates[9], dates[10])
        << QStringLiteral("Review by %1 %2, DOB %3 or %4").arg(wFirst, wLast.toLower(), dates[11], dates[12]);
    for (const ReferralChild& c : r.children) {
        g.words << c.firstName << c.lastName;
        g.dates << writtenDates(c.dateOfBirth);
    }
    if (family.contains(u'-'))
        g.words << family.split(u'-');
    g.words << wFirst << wLast << aunt << r.schoolName << place;
    g.postcodes << r.homePostcode << r.schoolPostcode << r.contact[1].postcode;
    return g;
}

QString pdfText(const QString& path) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

/// The .eml's text: its headers, and each base64 part decoded; the PDF part is returned apart.
QString emlText(const QByteArray& eml, QByteArray* attachment) {
    QString text;
    const qsizetype headerEnd = eml.indexOf("\r\n\r\n");
    text += QString::fromUtf8(eml.left(headerEnd));
    static const QRegularExpression partRe(QStringLiteral(
        "Content-Type: ([a-z/]+)[^\\r]*\\r\\n(?:[^\\r]+\\r\\n)*\\r\\n([A-Za-z0-9+/=\\r\\n]+)"));
    for (auto it = partRe.globalMatch(QString::fromLatin1(eml)); it.hasNext();) {
        const auto m = it.next();
        const QByteArray bytes = QByteArray::fromBase64(m.captured(2).toLatin1());
        if (m.captured(1).startsWith(QLatin1String("multipart/")))
            continue;
        if (m.captured(1) == QLatin1String("application/pdf"))
            *attachment = bytes;
        else
            text += u'\n' + QString::fromUtf8(bytes);
    }
    return text.simplified();
}

QStringList leaks(const Generated& g, const QString& text) {
    QStringList found;
    for (const QString& w : g.words) {
        const QRegularExpression whole(QStringLiteral("(?<![\\p{L}\\p{N}])") + QRegularExpression::escape(w) +
                                           QStringLiteral("(?![\\p{L}\\p{N}])"),
                                       QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::UseUnicodePropertiesOption);
        if (whole.match(text).hasMatch())
            found << w;
    }
    const QString squeezed = QString(text).remove(QRegularExpression(QStringLiteral("\\s")));
    for (const QString& p : g.postcodes)
        if (squeezed.contains(QString(p).remove(u' '), Qt::CaseInsensitive))
            found << p;
    for (const QString& d : g.dates)
        if (text.contains(d, Qt::CaseInsensitive))
            found << d;
    return found;
}

QStringList s_warnings;

void keepWarning(QtMsgType, const QMessageLogContext&, const QString& message) {
    s_warnings << message;
}

} // namespace

TEST_CASE("over 1,000 generated children no name, school, social worker, postcode or date of birth "
          "reaches the anonymised PDF or its .eml",
          "[pack][anonymisation]") {
    QElapsedTimer timer;
    timer.start();
    TempDatabase t;
    RegisterBuilder b{t.db()};
    const qint64 inHouse = b.provider(QStringLiteral("City Fostering"), QStringLiteral("in_house_fostering"),
                                      QStringLiteral("in_house"), QStringLiteral("fostering@city.example"));
    b.provision(inHouse, QStringLiteral("Household 1"), QStringLiteral("foster"), QStringLiteral("RV1 1AA"),
                500);
    ReferralSender sender(t.db());
    QTemporaryDir out;
    std::mt19937 rng(20261205);
    int children = 0;
    int probes = 0;
    int referrals = 0;
    QStringList leaked;
    s_warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepWarning);
    for (int i = 1; children < 1000; ++i, ++referrals) {
        const Generated g = generate(rng, i);
        children += int(g.referral.children.size());
        const qint64 id = b.referral(g.referral);
        auto sent = sender.send(id, {inHouse}, out.filePath(QString::number(i)), QDate(2026, 11, 23));
        PD_REQUIRE_OK(sent);
        REQUIRE(sent->size() == 1);
        const QString pdf = pdfText(sent->first().packFile);
        REQUIRE(pdf.contains(g.referral.reference));
        REQUIRE(pdf.contains(QStringLiteral("[date of birth]"))); // the free text is there, redacted
        QFile emlFile(sent->first().draftFile);
        REQUIRE(emlFile.open(QIODevice::ReadOnly));
        QByteArray attachment;
        const QString eml = emlText(emlFile.readAll(), &attachment);
        QFile packFile(sent->first().packFile);
        REQUIRE(packFile.open(QIODevice::ReadOnly));
        REQUIRE(attachment == packFile.readAll()); // the .eml carries the very PDF read above
        probes += int(g.words.size() + g.postcodes.size() + g.dates.size());
        for (const QString& leak : leaks(g, pdf) + leaks(g, eml))
            leaked << g.referral.reference + QStringLiteral(": ") + leak;
        QDir(out.filePath(QString::number(i))).removeRecursively();
    }
    qInstallMessageHandler(previous);
    INFO(leaked.mid(0, 20).join(QStringLiteral("\n")).toStdString());
    CHECK(leaked.isEmpty());
    CHECK(children >= 1000);
    INFO(s_warnings.mid(0, 5).join(QStringLiteral("\n")).toStdString());
    CHECK_FALSE(s_warnings.join(u'\n').contains(QStringLiteral("QString::arg")));
    std::cout << "anonymised packs: " << children << " children in " << referrals << " referrals, " << probes
              << " probes (" << probes / referrals << " per referral), " << leaked.size() << " leaks, "
              << timer.elapsed() / 1000.0 << " s\n";
}

TEST_CASE("a %1 in a contact prints as written, and a criterion without a value warns of nothing",
          "[pack][anonymisation]") {
    Referral r;
    r.reference = QStringLiteral("R-2026-0001");
    r.contact << ContactArrangement{QStringLiteral("Mum %1"), 2, QString()}
              << ContactArrangement{QStringLiteral("Dad %2 <b>"), 1, QString()};
    r.essentialCriteria = {{QStringLiteral("noPets"), QString()}, {QStringLiteral("nonSmoking"), QString()}};
    r.desirableCriteria = {{QStringLiteral("carerLanguage"), QStringLiteral("Polish")}};
    r.expectedOutcomes << QStringLiteral("<script>alert(1)</script> %1 %2");
    s_warnings.clear();
    const QtMessageHandler previous = qInstallMessageHandler(keepWarning);
    for (const auto kind : {ReferralPack::Kind::Anonymised, ReferralPack::Kind::Named}) {
        auto html = ReferralPack::html(r, kind, QDate(2026, 11, 23));
        PD_REQUIRE_OK(html);
        CHECK(html->contains(QStringLiteral("Mum %1, 2 a week; Dad %2 &lt;b&gt;, 1 a week")));
        CHECK(html->contains(QStringLiteral("No pets in the household; Non-smoking household")));
        CHECK(html->contains(QStringLiteral("Carer speaks Polish")));
        CHECK(html->contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; %1 %2")));
        CHECK_FALSE(html->contains(QStringLiteral("<script>")));
    }
    QTemporaryDir dir;
    PD_REQUIRE_OK(ReferralPack::writePdf(r, ReferralPack::Kind::Anonymised, QDate(2026, 11, 23),
                                         dir.filePath(QStringLiteral("p.pdf"))));
    qInstallMessageHandler(previous);
    CHECK(pdfText(dir.filePath(QStringLiteral("p.pdf"))).contains(QStringLiteral("Mum %1, 2 a week")));
    INFO(s_warnings.join(u'\n').toStdString());
    CHECK_FALSE(s_warnings.join(u'\n').contains(QStringLiteral("QString::arg")));
}

TEST_CASE("a name that is also a listed value blanks the free text, not the listed value",
          "[pack][anonymisation]") {
    Referral r;
    r.reference = QStringLiteral("R-2026-0002");
    ReferralChild c;
    c.firstName = QStringLiteral("Christian");
    c.lastName = QStringLiteral("Foster");
    c.religion = QStringLiteral("Christian");
    c.firstLanguage = QStringLiteral("English");
    c.ethnicity = QStringLiteral("WBRI");
    r.children << c;
    r.essentialCriteria = {{QStringLiteral("placementType"), QStringLiteral("foster")}};
    r.desirableCriteria = {{QStringLiteral("carerReligion"), QStringLiteral("Christian")}};
    r.expectedOutcomes << QStringLiteral("Christian Foster joins the Christian youth club");
    r.riskOther = QStringLiteral("Christian goes missing at weekends");
    auto html = ReferralPack::html(r, ReferralPack::Kind::Anonymised, QDate(2026, 11, 23));
    PD_REQUIRE_OK(html);
    CHECK(html->contains(QStringLiteral("WBRI / Christian / English")));
    CHECK(html->contains(QStringLiteral("Placement type: foster")));
    CHECK(html->contains(QStringLiteral("Carer religion: Christian")));
    CHECK(html->contains(QStringLiteral("[name] [name] joins the [name] youth club")));
    CHECK(html->contains(QStringLiteral("[name] goes missing at weekends")));
    // A religion that is not in the list is free text, and is redacted like any.
    r.children[0].religion = QStringLiteral("the Foster family's church");
    html = ReferralPack::html(r, ReferralPack::Kind::Anonymised, QDate(2026, 11, 23));
    PD_REQUIRE_OK(html);
    CHECK(html->contains(QStringLiteral("WBRI / the [name] family's church / English")));
}

TEST_CASE("the preview highlights what was taken out of the pack", "[pack][anonymisation]") {
    std::mt19937 rng(7);
    const Generated g = generate(rng, 1);
    auto preview = ReferralPack::preview(g.referral, QDate(2026, 11, 23));
    PD_REQUIRE_OK(preview);
    CHECK(preview->redactions >= 20);
    CHECK(preview->html.count(QStringLiteral("class=\"redacted\"")) == preview->redactions);
    CHECK(preview->html.contains(QStringLiteral("<span class=\"redacted\" style=\"background-color:#ffe08a\">"
                                                "[date of birth]</span>")));
    auto plain = ReferralPack::html(g.referral, ReferralPack::Kind::Anonymised, QDate(2026, 11, 23));
    PD_REQUIRE_OK(plain);
    CHECK_FALSE(plain->contains(QStringLiteral("redacted")));
    QTextDocument shown;
    shown.setHtml(preview->html);
    CHECK(leaks(g, shown.toPlainText().simplified()).isEmpty());
}

TEST_CASE("the send dialog shows the pack with what was taken out highlighted, before it goes",
          "[pack][anonymisation]") {
    TempDatabase t;
    RegisterBuilder b{t.db()};
    std::mt19937 rng(11);
    const Generated g = generate(rng, 1);
    const qint64 id = b.referral(g.referral);
    pd::ui::SendDialog dialog(t.desk(), id);
    const QString shown = dialog.packPreview()->toPlainText().simplified();
    CHECK(shown.contains(g.referral.reference));
    CHECK(shown.contains(QStringLiteral("[name]")));
    CHECK(shown.contains(QStringLiteral("[date of birth]")));
    CHECK(leaks(g, shown).isEmpty());
    // The highlight survives into the browser's document (a background on each replacement).
    CHECK(dialog.packPreview()->toHtml().contains(QStringLiteral("background-color:#ffe08a")));
    auto expected = t.desk().sending().preview(id);
    PD_REQUIRE_OK(expected);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("redactions"))
              ->text()
              .contains(QString::number(expected->redactions)));
}
