// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, "print a referral": the full, named referral for the team's file, headed confidential,
// printed through a QPrinter (here in PdfFormat, offscreen); Ctrl+P in the referral window opens
// the print dialog.
#include "core/services/desk.h"
#include "tests/support/catch.h"
#include "tests/support/referralbuilder.h"
#include "tests/support/registerbuilder.h"
#include "tests/support/tempdatabase.h"
#include "ui/referrals/referralprinting.h"
#include "ui/referrals/referralwindow.h"

#include <QApplication>
#include <QPrintDialog>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pd;

namespace {

QString pdfText(const QString& path) {
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                          QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    // Compatibility form: the PDF's ligatures ("ﬃ" in "officer") read as their letters.
    return QString::fromUtf8(p.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

} // namespace

TEST_CASE("a referral prints in full, named and headed confidential, through a QPrinter",
          "[ui][print][issue14]") {
    test::TempDatabase t;
    test::RegisterBuilder b{t.db()};
    const qint64 id = b.referral(test::completeReferral()); // Amy Example, born 2 May 2014
    auto referral = t.desk().referrals().load(id);
    PD_REQUIRE_OK(referral);

    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("referral.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    PD_REQUIRE_OK(ui::ReferralPrinting::print(t.desk(), id, printer));
    const QString text = pdfText(path);
    CHECK(text.startsWith(QStringLiteral("Referral ") + referral->reference +
                          QStringLiteral(" CONFIDENTIAL — OFFICIAL-SENSITIVE.")));
    CHECK(text.contains(QStringLiteral("not for providers")));
    CHECK(text.contains(QStringLiteral("Amy Example, born 2 May 2014")));
    CHECK(text.contains(QStringLiteral("Social worker J. Okafor")));
    CHECK(text.contains(QStringLiteral("Home postcode RV1 2AB")));

    // A referral not saved yet has nothing to print: the sentence says what to do.
    auto unsaved = ui::ReferralPrinting::print(t.desk(), 0, printer);
    REQUIRE_FALSE(unsaved.ok());
    CHECK(unsaved.error().message ==
          QStringLiteral("Save the referral first (Ctrl+S): printing prints what is saved."));
}

TEST_CASE("Ctrl+P in the referral window opens the print dialog", "[ui][print][keyboard][issue14]") {
    test::TempDatabase t;
    test::RegisterBuilder b{t.db()};
    const qint64 id = b.referral(test::completeReferral());
    auto* window = new ui::ReferralWindow(&t.desk(), id);
    window->show();
    QApplication::setActiveWindow(window);
    CHECK(window->printButton()->toolTip().contains(QStringLiteral("Ctrl+P")));

    QString title;
    QTimer watch;
    watch.setInterval(10);
    QObject::connect(&watch, &QTimer::timeout, [&title] {
        if (auto* dialog = qobject_cast<QPrintDialog*>(QApplication::activeModalWidget())) {
            title = dialog->windowTitle();
            dialog->reject(); // nothing printed
        }
    });
    watch.start();
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window, Qt::Key_P,
                    Qt::ControlModifier);
    CHECK(title == QStringLiteral("Print the referral"));
    window->close();
}
