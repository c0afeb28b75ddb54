// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, item 10: packs carry the sending officer's name, job title, telephone and e-mail, the
// .eml a From line (RFC 5322; an encoded-word for a name that is not ASCII), and files are offered
// in the documents folder first, then the folder used last for that kind of file.
#include "core/reports/emaildraft.h"
#include "core/services/desk.h"
#include "core/storage/recordwriter.h"
#include "tests/support/catch.h"
#include "tests/support/referralbuilder.h"
#include "tests/support/registerbuilder.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/tempsettings.h"
#include "ui/matching/senddialog.h"
#include "ui/team/mydetails.h"
#include "ui/team/mydetailsdialog.h"
#include "ui/widgets/savefolder.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>

using namespace pd;

namespace {

QString pdfText(const QString& path) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    // Compatibility form: the PDF's ligatures ("ﬃ" in "officer") read as their letters.
    return QString::fromUtf8(p.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

/// The draft's From as Python's e-mail parser reads it (RFC 5322 with encoded-words): "name|address".
QString parsedFrom(const QString& emlPath) {
    const QString script = QStringLiteral(
        "import email, email.policy, sys\n"
        "m = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.default)\n"
        "a = m['From'].addresses\n"
        "assert len(a) == 1\n"
        "body = m.get_body(preferencelist=('plain',)).get_content()\n"
        "sys.stdout.buffer.write((a[0].display_name + '|' + a[0].addr_spec + '|' + body).encode('utf-8'))\n");
    QProcess py;
    py.start(QStringLiteral("python3"), {QStringLiteral("-c"), script, emlPath});
    REQUIRE(py.waitForFinished(30000));
    INFO(py.readAllStandardError().toStdString());
    REQUIRE(py.exitCode() == 0);
    return QString::fromUtf8(py.readAllStandardOutput());
}

struct SendSetUp {
    test::TempDatabase t;
    qint64 referral = 0;
    qint64 provider = 0;
    explicit SendSetUp(const QString& displayName) {
        PD_REQUIRE_OK(core::RecordWriter(t.db()).insert(
            QStringLiteral("users"), {{QStringLiteral("login"), QStringLiteral("tester")},
                                      {QStringLiteral("display_name"), displayName},
                                      {QStringLiteral("role"), QStringLiteral("officer")}}));
        test::RegisterBuilder b{t.db()};
        provider = b.provider(QStringLiteral("City Fostering"), QStringLiteral("in_house_fostering"),
                              QStringLiteral("in_house"), QStringLiteral("fostering@city.example"));
        b.provision(provider, QStringLiteral("Household 1"), QStringLiteral("foster"),
                    QStringLiteral("RV1 1AA"), 500);
        core::Referral r = test::completeReferral(); // the child is Amy Example
        r.state = core::ReferralState::Searching;
        referral = b.referral(r);
    }
};

} // namespace

TEST_CASE("the anonymised pack and its e-mail draft name the officer, with telephone and From line",
          "[ui][pack][officer][issue14]") {
    SendSetUp s(QStringLiteral("Sam Patel"));
    core::SendingOfficer details;
    details.jobTitle = QStringLiteral("Placement officer");
    details.phone = QStringLiteral("01632 960123");
    details.email = QStringLiteral("sam.patel@council.example");
    QTemporaryDir out;
    auto sent = s.t.desk().sending().send(s.referral, {s.provider}, out.path(), QDate(2026, 12, 7), details);
    PD_REQUIRE_OK(sent);
    REQUIRE(sent->size() == 1);

    const QString pack = pdfText(sent->first().packFile);
    INFO(pack.toStdString());
    CHECK(pack.contains(QStringLiteral("Who to contact Sam Patel, Placement officer Telephone 01632 960123 "
                                       "E-mail sam.patel@council.example")));
    CHECK_FALSE(pack.contains(QStringLiteral("Amy")));       // the child's name
    CHECK_FALSE(pack.contains(QStringLiteral("Example")));   // (the e-mail's domain is lower case)
    CHECK_FALSE(pack.contains(QStringLiteral("J. Okafor"))); // nor the social worker

    QFile eml(sent->first().draftFile);
    REQUIRE(eml.open(QIODevice::ReadOnly));
    const QByteArray bytes = eml.readAll();
    CHECK(bytes.startsWith(
        "From: \"Sam Patel\" <sam.patel@council.example>\r\nTo: fostering@city.example\r\n"));
    const QStringList parsed = parsedFrom(sent->first().draftFile).split(u'|');
    REQUIRE(parsed.size() == 3);
    CHECK(parsed.at(0) == QStringLiteral("Sam Patel"));
    CHECK(parsed.at(1) == QStringLiteral("sam.patel@council.example"));
    CHECK(parsed.at(2).contains(QStringLiteral("Sam Patel, Placement officer\nTelephone 01632 960123\n")));
    CHECK_FALSE(parsed.at(2).contains(QStringLiteral("Amy")));
}

TEST_CASE("a From line for a name that is not ASCII, one with a comma, and none without an e-mail",
          "[ui][pack][officer][issue14]") {
    SendSetUp s(QStringLiteral("Zoë Ångström"));
    core::SendingOfficer details;
    details.email = QStringLiteral("zoe@council.example");
    QTemporaryDir out;
    auto sent = s.t.desk().sending().send(s.referral, {s.provider}, out.path(), QDate(2026, 12, 7), details);
    PD_REQUIRE_OK(sent);
    QFile eml(sent->first().draftFile);
    REQUIRE(eml.open(QIODevice::ReadOnly));
    const QByteArray bytes = eml.readAll();
    CHECK(bytes.startsWith("From: =?UTF-8?B?" + QStringLiteral("Zoë Ångström").toUtf8().toBase64() +
                           "?= <zoe@council.example>\r\n"));
    const QStringList parsed = parsedFrom(sent->first().draftFile).split(u'|');
    REQUIRE(parsed.size() == 3);
    CHECK(parsed.at(0) == QStringLiteral("Zoë Ångström"));
    CHECK(pdfText(sent->first().packFile)
              .contains(QStringLiteral("Who to contact Zoë Ångström E-mail zoe@council.example")));

    core::EmailDraft draft;
    draft.fromName = QStringLiteral("Patel, \"Sam\"");
    draft.fromAddress = QStringLiteral("sam@x.example\r\nBcc: evil@x.example");
    CHECK_FALSE(draft.fromHeader().contains('\n')); // no header of its own from a typed address
    CHECK_FALSE(draft.toEml().contains("\r\nBcc:"));
    draft.fromAddress = QStringLiteral("sam@x.example");
    CHECK(draft.fromHeader() == QByteArray("\"Patel, \\\"Sam\\\"\" <sam@x.example>"));
    draft.fromAddress.clear();
    CHECK(draft.fromHeader().isEmpty());
    CHECK_FALSE(draft.toEml().contains("From:"));
}

TEST_CASE("Tools › My details keeps the job title, telephone and e-mail the send dialog shows",
          "[ui][officer][issue14]") {
    test::TempSettings settings;
    SendSetUp s(QStringLiteral("Sam Patel"));
    {
        ui::SendDialog dialog(s.t.desk(), s.referral);
        CHECK(dialog.fromLabel()->text().startsWith(
            QStringLiteral("From Sam Patel. Add your telephone and e-mail")));
    }
    ui::MyDetailsDialog details(QStringLiteral("Sam Patel"));
    details.jobTitle()->setText(QStringLiteral("Placement officer"));
    details.phone()->setText(QStringLiteral("01632 960123"));
    details.email()->setText(QStringLiteral("sam at council"));
    details.accept();
    CHECK(details.result() != QDialog::Accepted);
    CHECK(details.problem()->text().contains(QStringLiteral("'sam at council' is not an e-mail address")));
    CHECK(ui::MyDetails::load().phone.isEmpty()); // nothing kept while refused
    details.email()->setText(QStringLiteral("sam.patel@council.example"));
    details.accept();
    CHECK(details.result() == QDialog::Accepted);
    const core::SendingOfficer kept = ui::MyDetails::load();
    CHECK(kept.jobTitle == QStringLiteral("Placement officer"));
    CHECK(kept.phone == QStringLiteral("01632 960123"));
    CHECK(kept.email == QStringLiteral("sam.patel@council.example"));
    ui::SendDialog dialog(s.t.desk(), s.referral);
    CHECK(dialog.fromLabel()->text() ==
          QStringLiteral("From Sam Patel, Placement officer, Telephone 01632 960123, "
                         "E-mail sam.patel@council.example"));
    CHECK(dialog.packPreview()->toPlainText().contains(QStringLiteral("Telephone 01632 960123")));
}

TEST_CASE("files are offered in the documents folder, then where that kind of file was saved last",
          "[ui][savefolder][issue14]") {
    test::TempSettings settings;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    CHECK(ui::SaveFolder::folder(QStringLiteral("pdf")) == documents);
    CHECK(ui::SaveFolder::folder(QStringLiteral("drafts")) == documents);
    CHECK(ui::SaveFolder::suggest(QStringLiteral("options-paper.pdf")) ==
          QDir(documents).filePath(QStringLiteral("options-paper.pdf")));
    QDir root(settings.dir());
    REQUIRE(root.mkpath(QStringLiteral("papers")));
    REQUIRE(root.mkpath(QStringLiteral("exports")));
    ui::SaveFolder::remember(root.filePath(QStringLiteral("papers/options.pdf")), QStringLiteral("pdf"));
    ui::SaveFolder::remember(root.filePath(QStringLiteral("exports")), QStringLiteral("csv"));
    CHECK(ui::SaveFolder::suggest(QStringLiteral("report.PDF")) ==
          root.filePath(QStringLiteral("papers/report.PDF")));
    CHECK(ui::SaveFolder::suggest(QStringLiteral("audit-log.csv")) ==
          root.filePath(QStringLiteral("exports/audit-log.csv")));
    CHECK(ui::SaveFolder::folder(QStringLiteral("drafts")) == documents); // each kind its own
    REQUIRE(root.rmdir(QStringLiteral("exports")));
    CHECK(ui::SaveFolder::folder(QStringLiteral("csv")) == documents); // a folder gone: documents again
}
