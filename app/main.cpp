// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli.h"
#include "app/gui.h"
#include "app/terminaloutput.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <cstdio>
#include <memory>

int main(int argc, char* argv[]) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (pd::app::isCommandLineInvocation(arguments)) {
        // Printing a pack or a profile lays out text (and reads photos), which needs a GUI application
        // (offscreen is enough).
        std::unique_ptr<QCoreApplication> app;
        static const QStringList kPrinting{QStringLiteral("pack"), QStringLiteral("new-home"),
                                           QStringLiteral("home-profile"), QStringLiteral("contract")};
        // contract prints only with --out; the others always may.
        const bool printing =
            kPrinting.contains(arguments.value(1)) &&
            (arguments.value(1) != u"contract" || arguments.contains(QStringLiteral("--out")));
        if (printing) {
            if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCoreApplication::setApplicationName(QStringLiteral("Placement Desk"));
        QCoreApplication::setOrganizationName(QStringLiteral("Placement Desk"));
        // Names from the database never reach the terminal as escape sequences.
        QFile stdOut, stdErr;
        stdOut.open(stdout, QIODevice::WriteOnly);
        stdErr.open(stderr, QIODevice::WriteOnly);
        pd::app::TerminalOutput safeOut(stdOut), safeErr(stdErr);
        QTextStream out(&safeOut);
        QTextStream err(&safeErr);
        return pd::app::runCommandLine(arguments, out, err);
    }

    QApplication app(argc, argv);
    return pd::app::runGui(app);
}
