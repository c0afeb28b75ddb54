// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli.h"
#include "app/gui.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <cstdio>
#include <memory>

int main(int argc, char* argv[]) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (pd::app::isCommandLineInvocation(arguments)) {
        // Printing a pack lays out text, which needs a GUI application (offscreen is enough).
        std::unique_ptr<QCoreApplication> app;
        if (arguments.value(1) == QLatin1String("pack")) {
            if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        QCoreApplication::setApplicationName(QStringLiteral("Placement Desk"));
        QCoreApplication::setOrganizationName(QStringLiteral("Placement Desk"));
        QTextStream out(stdout);
        QTextStream err(stderr);
        return pd::app::runCommandLine(arguments, out, err);
    }

    QApplication app(argc, argv);
    return pd::app::runGui(app);
}
