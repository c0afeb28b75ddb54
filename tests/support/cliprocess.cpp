// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/cliprocess.h"

#include <QProcess>

namespace pd::test {

CliRun runCli(const QStringList& arguments, const QString& workingDir,
              const QProcessEnvironment& environment) {
    QProcess p;
    p.setProcessEnvironment(environment);
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start(QStringLiteral(PD_EXECUTABLE), arguments);
    CliRun run;
    if (!p.waitForFinished(600000)) {
        run.err = QStringLiteral("did not finish: ") + p.errorString();
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    return run;
}

} // namespace pd::test
