// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <memory>

namespace pd::core {
class Desk;
} // namespace pd::core

namespace pd::app {

/// What a subcommand gets: its parsed options and the streams to write to.
struct CliContext {
    QCommandLineParser& parser;
    QTextStream& out;
    QTextStream& err;
};

/// One subcommand: its options, its usage line and what it does.
struct CliCommand {
    QString name;
    QString usage; ///< e.g. "check --db FILE"
    void (*addOptions)(QCommandLineParser& parser);
    int (*run)(CliContext& context);
};

/// Exit codes: 0 done, 1 the work failed (message on stderr), 2 bad usage.
enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2 };

/// Prints an error to stderr and returns ExitFailed.
int fail(CliContext& context, const pd::core::Error& error);
/// Prints what is wrong with the command line and the command's usage; returns ExitUsage.
int usageError(CliContext& context, const QString& message, const QString& usage);

/// Opens --db with its services, as the GUI gets them (a file it creates gets its creator as the first
/// administrator).
pd::core::Result<std::unique_ptr<pd::core::Desk>> openDeskOption(CliContext& context, bool create);

/// The option every command that may create a database accepts.
void addSharedOption(QCommandLineParser& parser);
void addDbOption(QCommandLineParser& parser);
/// --db and --referral N (an id or a reference such as R-2026-0042).
void addReferralOption(QCommandLineParser& parser);
/// The referral --referral names (its id, or the id of its reference).
pd::core::Result<qint64> referralId(CliContext& context, pd::core::Desk& desk);

/// What a command that writes a referral's document needs: --out (required), the open --db and the
/// referral --referral names.
struct ReferralDocument {
    QString out;
    std::unique_ptr<pd::core::Desk> desk;
    qint64 referralId = 0;
};
pd::core::Result<ReferralDocument> referralDocument(CliContext& context);

} // namespace pd::app
