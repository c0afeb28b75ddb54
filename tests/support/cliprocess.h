// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QStringList>

namespace pd::test {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the built placement-desk executable with arguments and waits (up to 10 minutes).
CliRun runCli(const QStringList& arguments, const QString& workingDir = {},
              const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

} // namespace pd::test
