// SPDX-License-Identifier: GPL-3.0-or-later
// new-home and home-profile on a real demo file: the child's profile as a PDF, the home's profile kept.
#include "tests/support/catch.h"
#include "tests/support/cliprocess.h"
#include "tests/support/testsql.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using pd::test::runCli;

namespace {

QByteArray sha(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                       : QByteArray();
}

} // namespace

TEST_CASE(
    "new-home writes the child's profile of a placed referral's home, home-profile adds words and a photo",
    "[cli][newhome]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    auto demo = runCli({QStringLiteral("demo"), QStringLiteral("--db"), db});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    qint64 referral = 0, provision = 0;
    {
        pd::test::TestSql sql(db);
        // The demo's placed referrals: a child's words on most of them, a profile on two in three homes.
        CHECK(sql.number(QStringLiteral("SELECT count(*) FROM provision_profiles")) > 100);
        CHECK(sql.number(QStringLiteral("SELECT count(*) FROM referrals WHERE json_extract(record_json, "
                                        "'$.PlacementDeskExtension.newHomeMatters') <> ''")) > 10);
        referral =
            sql.number(QStringLiteral("SELECT r.id FROM referrals r JOIN offers o ON o.referral_id = r.id "
                                      "AND o.status = 'accepted' ORDER BY r.id LIMIT 1"));
        provision = sql.number(QStringLiteral("SELECT provision_id FROM offers WHERE referral_id = %1 AND "
                                              "status = 'accepted'")
                                   .arg(referral));
    }
    REQUIRE(referral > 0);

    // A photo from a file, and words from a UTF-8 file.
    const QString photo = dir.filePath(QStringLiteral("garden.png"));
    QImage image(320, 200, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    REQUIRE(image.save(photo, "PNG"));
    const QString about = dir.filePath(QStringLiteral("about.txt"));
    {
        QFile f(about);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("Hello from the garden \xe2\x80\x94 we have chickens.\n");
    }
    auto added =
        runCli({QStringLiteral("home-profile"), QStringLiteral("--db"), db, QStringLiteral("--provision"),
                QString::number(provision), QStringLiteral("--about-file"), about, QStringLiteral("--photo"),
                photo, QStringLiteral("--caption"), QStringLiteral("The garden")});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    CHECK(added.out.contains(QStringLiteral("1 photo(s)")));

    // Not a picture: refused with a sentence, the file unchanged.
    const QString notPicture = dir.filePath(QStringLiteral("notes.png"));
    {
        QFile f(notPicture);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("these are notes, not a picture");
    }
    const QByteArray before = sha(db);
    auto refused =
        runCli({QStringLiteral("home-profile"), QStringLiteral("--db"), db, QStringLiteral("--provision"),
                QString::number(provision), QStringLiteral("--photo"), notPicture});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("not a PNG or JPEG")));
    CHECK(sha(db) == before);

    const QString pdf = dir.filePath(QStringLiteral("your-new-home.pdf"));
    auto made = runCli({QStringLiteral("new-home"), QStringLiteral("--db"), db, QStringLiteral("--referral"),
                        QString::number(referral), QStringLiteral("--out"), pdf});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    QFile out(pdf);
    REQUIRE(out.open(QIODevice::ReadOnly));
    CHECK(out.read(5) == QByteArray("%PDF-"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess p;
        p.start(pdftotext, {pdf, QStringLiteral("-")});
        REQUIRE(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
        CHECK(text.contains(QStringLiteral("Your new home")));
        CHECK(text.contains(QStringLiteral("we have chickens")));
        CHECK(text.contains(QStringLiteral("The garden")));
        CHECK(text.contains(QStringLiteral("Who lives there")));
    }

    // A referral with no accepted or chosen offer: a sentence, exit 1.
    qint64 noOffer = 0;
    {
        pd::test::TestSql sql(db);
        noOffer =
            sql.number(QStringLiteral("SELECT id FROM referrals WHERE id NOT IN (SELECT referral_id FROM "
                                      "offers) ORDER BY id LIMIT 1"));
    }
    REQUIRE(noOffer > 0);
    auto none =
        runCli({QStringLiteral("new-home"), QStringLiteral("--db"), db, QStringLiteral("--referral"),
                QString::number(noOffer), QStringLiteral("--out"), dir.filePath(QStringLiteral("x.pdf"))});
    CHECK(none.exitCode == 1);
    CHECK(none.err.contains(QStringLiteral("no accepted or chosen offer")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.pdf"))));
}
