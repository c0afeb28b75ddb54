// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace pd::app {

/// True when argv names a subcommand (demo, check, ...) rather than GUI options.
bool isCommandLineInvocation(const QStringList& arguments);

/// Runs one subcommand; output to out, messages to err; returns the process exit code.
int runCommandLine(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace pd::app
