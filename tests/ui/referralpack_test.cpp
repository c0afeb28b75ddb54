// SPDX-License-Identifier: GPL-3.0-or-later
// The anonymised pack and its e-mail drafts: no personal detail leaks; the .eml is real MIME.
#include "core/reports/emaildraft.h"
#include "core/reports/referralpack.h"
#include "core/services/referralsender.h"
#include "core/storage/referralsendrepository.h"
#include "tests/support/catch.h"
#include "tests/support/registerbuilder.h"
#include "tests/support/tempdatabase.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <random>

using namespace pd::core;
using pd::test::RegisterBuilder;
using pd::test::TempDatabase;

namespace {

const QStringList kFirst{"Zephyrine",   "Oluwaseun", "Maximilian", "Anastasia",
                         "Bartholomew", "Guinevere", "Thaddeus",   "Philippa"};
const QStringList kLast{"Quenby",    "Abernethy",  "Okonkwo-Reid", "Vasquez",
                        "Threlkeld", "Marchbanks", "Pennington",   "Wolstenholme"};
const QStringList kSchools{"Greystoke Academy", "St Aldhelm's Primary", "Hollowmere High",
                           "Brindle Vale School"};

Referral generatedReferral(std::mt19937& rng, int i) {
    Referral r;
    r.reference = QStringLiteral("R-2026-%1").arg(i, 4, 10, QLatin1Char('0'));
    r.neededBy = QStringLiteral("in less than 5 days");
    r.neededByDate = QDate(2026, 11, 27);
    const int kids = 1 + int(rng() % 2);
    for (int k = 0; k < kids; ++k) {
        ReferralChild c;
        c.firstName = kFirst[int(rng() % kFirst.size())];
        c.lastName = kLast[int(rng() % kLast.size())];
        c.dateOfBirth = QDate(2008 + int(rng() % 14), 1 + int(rng() % 12), 1 + int(rng() % 28));
        c.sex = rng() % 2 ? QStringLiteral("F") : QStringLiteral("M");
        c.needs << QStringLiteral("ebd");
        r.children << c;
    }
    r.homePostcode = QStringLiteral("RV%1 %2AB").arg(1 + int(rng() % 9)).arg(rng() % 10);
    r.schoolName = kSchools[int(rng() % kSchools.size())];
    r.schoolPostcode = QStringLiteral("RV%1 %2CD").arg(1 + int(rng() % 9)).arg(rng() % 10);
    r.socialWorker = QStringLiteral("Imogen Fairweather-%1").arg(i);
    // Free text that quotes personal details must be withheld too.
    r.expectedOutcomes << QStringLiteral("Keeps attending %1 every school day").arg(r.schoolName)
                       << QStringLiteral("%1 sees grandparents weekly").arg(r.children.first().firstName);
    r.contact << ContactArrangement{QStringLiteral("Mother"), 2, r.homePostcode};
    return r;
}

QStringList secretsOf(const Referral& r) {
    QStringList s{r.homePostcode, r.schoolPostcode, r.schoolName, r.socialWorker};
    for (const ReferralChild& c : r.children)
        s << c.firstName << c.lastName << c.dateOfBirth.toString(Qt::ISODate)
          << c.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy"))
          << c.dateOfBirth.toString(QStringLiteral("d MMMM yyyy"));
    return s;
}

QString pdfText(const QString& path) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("the anonymised pack and its e-mail never show a name, date of birth, address, school or postcode",
          "[pack]") {
    std::mt19937 rng(42);
    QTemporaryDir dir;
    for (int i = 1; i <= 40; ++i) {
        const Referral r = generatedReferral(rng, i);
        const QString path = dir.filePath(QStringLiteral("pack%1.pdf").arg(i));
        PD_REQUIRE_OK(ReferralPack::writePdf(r, ReferralPack::Kind::Anonymised, QDate(2026, 11, 23), path));
        const QString text = pdfText(path);
        REQUIRE(text.contains(r.reference));
        REQUIRE(text.contains(QStringLiteral("aged ")));
        auto pdf = ReferralPack::pdf(r, ReferralPack::Kind::Anonymised, QDate(2026, 11, 23));
        PD_REQUIRE_OK(pdf);
        EmailDraft d{QStringLiteral("referrals@example.org"), QStringLiteral("Referral %1").arg(r.reference),
                     QStringLiteral("Please see attached."), r.reference + QStringLiteral(".pdf"),
                     pdf.value()};
        const QString eml = QString::fromLatin1(d.toEml());
        for (const QString& secret : secretsOf(r)) {
            INFO("referral " << i << " leaks " << secret.toStdString());
            CHECK_FALSE(text.contains(secret, Qt::CaseInsensitive));
            CHECK_FALSE(eml.contains(secret, Qt::CaseInsensitive));
        }
    }
    // The named pack does show them (so the test above can fail).
    std::mt19937 rng2(42);
    const Referral r = generatedReferral(rng2, 1);
    const QString named = dir.filePath(QStringLiteral("named.pdf"));
    PD_REQUIRE_OK(ReferralPack::writePdf(r, ReferralPack::Kind::Named, QDate(2026, 11, 23), named));
    CHECK(pdfText(named).contains(r.children.first().lastName));
}

TEST_CASE("sending writes a MIME draft per recipient with the pack attached intact", "[pack]") {
    TempDatabase t;
    RegisterBuilder b{t.db()};
    const qint64 inHouse = b.provider(QStringLiteral("City Fostering"), QStringLiteral("in_house_fostering"),
                                      QStringLiteral("in_house"), QStringLiteral("fostering@city.example"));
    b.provision(inHouse, QStringLiteral("Household 1"), QStringLiteral("foster"), QStringLiteral("RV1 1AA"),
                500);
    const qint64 select =
        b.provider(QStringLiteral("Bright Futures IFA"), QStringLiteral("ifa"), QStringLiteral("select_list"),
                   QStringLiteral("referrals@bright.example"));
    b.provision(select, QStringLiteral("Household 2"), QStringLiteral("foster"), QStringLiteral("RV1 1AB"),
                900);
    const qint64 homes = b.provider(QStringLiteral("Oak Homes"), QStringLiteral("childrens_home"),
                                    QStringLiteral("select_list"), QStringLiteral("oak@homes.example"));
    b.provision(homes, QStringLiteral("Oak House"), QStringLiteral("residential"), QStringLiteral("RV1 1AC"),
                4000);
    const qint64 spot = b.provider(QStringLiteral("Spot Care"), QStringLiteral("ifa"), QStringLiteral("spot"),
                                   QStringLiteral("spot@care.example"));
    b.provision(spot, QStringLiteral("Household 3"), QStringLiteral("foster"), QStringLiteral("RV1 1AD"),
                950);
    std::mt19937 rng(3);
    Referral r = generatedReferral(rng, 1);
    r.residentialCareSuitability = QStringLiteral("Unsuitable");
    r.state = ReferralState::Searching; // set-up: the workflow's sendToProviders happens in Searching
    const qint64 id = b.referral(r);

    ReferralSender sender(t.db());
    auto recipients = sender.defaultRecipients(id);
    PD_REQUIRE_OK(recipients);
    REQUIRE(recipients->size() == 2); // in-house + select-list foster; not the home (unsuitable) nor spot
    CHECK(recipients->at(0).providerId == inHouse);
    CHECK(recipients->at(1).providerId == select);

    QTemporaryDir out;
    auto sent = sender.send(id, {recipients->at(0).providerId, recipients->at(1).providerId}, out.path());
    PD_REQUIRE_OK(sent);
    REQUIRE(sent->size() == 2);
    auto records = ReferralSendRepository(t.db()).sends(id);
    PD_REQUIRE_OK(records);
    CHECK(records->size() == 2);
    CHECK(records->at(1).email == QStringLiteral("referrals@bright.example"));
    CHECK(records->at(0).sentBy == QStringLiteral("tester"));
    CHECK(QFile::exists(records->at(0).draftFile));

    const SendRecord& s = sent->at(1);
    const QString script =
        QStringLiteral("import email, sys\n"
                       "m = email.message_from_binary_file(open(sys.argv[1], 'rb'))\n"
                       "assert m.is_multipart() and m.get_content_type() == 'multipart/mixed'\n"
                       "assert m['X-Unsent'] == '1'\n"
                       "parts = [p for p in m.walk() if p.get_content_disposition() == 'attachment']\n"
                       "assert len(parts) == 1 and parts[0].get_content_type() == 'application/pdf'\n"
                       "open(sys.argv[2], 'wb').write(parts[0].get_payload(decode=True))\n"
                       "print(m['To'])\n");
    QProcess py;
    const QString extracted = out.filePath(QStringLiteral("extracted.pdf"));
    py.start(QStringLiteral("python3"), {QStringLiteral("-c"), script, s.draftFile, extracted});
    REQUIRE(py.waitForFinished(30000));
    INFO(py.readAllStandardError().toStdString());
    REQUIRE(py.exitCode() == 0);
    CHECK(QString::fromUtf8(py.readAllStandardOutput()).trimmed() ==
          QStringLiteral("referrals@bright.example"));
    QFile a(s.packFile), e(extracted);
    REQUIRE(a.open(QIODevice::ReadOnly));
    REQUIRE(e.open(QIODevice::ReadOnly));
    const QByteArray packBytes = a.readAll();
    CHECK(packBytes.startsWith("%PDF"));
    CHECK(packBytes == e.readAll());
}
