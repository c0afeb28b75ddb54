// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli.h"
#include "ui/application.h"

#include <QApplication>
#include <QCoreApplication>
#include <cstdio>

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (pd::app::isCommandLineInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("Placement Desk"));
        QCoreApplication::setOrganizationName(QStringLiteral("Placement Desk"));
        QTextStream out(stdout);
        QTextStream err(stderr);
        return pd::app::runCommandLine(arguments, out, err);
    }

    QApplication app(argc, argv);
    return pd::ui::runGui(app);
}
