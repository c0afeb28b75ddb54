// SPDX-License-Identifier: GPL-3.0-or-later
// match and pack: the matching subcommands.
#include "app/clicommand.h"
#include "core/matching/matchjson.h"
#include "core/reports/referralpack.h"
#include "core/services/desk.h"

#include <QDir>
#include <QFileInfo>

namespace pd::app {

namespace {

int runMatch(CliContext& c) {
    int limit = -1; // every candidate and exclusion
    if (c.parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = c.parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 0)
            return fail(c, core::Error::invalid(
                               QStringLiteral("--limit must be a whole number, 0 or more (the candidates and "
                                              "exclusions to list): '%1' is not.")
                                   .arg(c.parser.value(QStringLiteral("limit")))));
    }
    auto desk = openDeskOption(c, false);
    auto id = desk ? referralId(c, *desk.value()) : core::Result<qint64>(desk.error());
    if (!id)
        return fail(c, id.error());
    auto result = desk.value()->matching().match(id.value());
    if (!result)
        return fail(c, result.error());
    if (c.parser.isSet(QStringLiteral("json"))) {
        // Tens of megabytes at a large scale: written as the UTF-8 bytes they are (through the same
        // filter of terminal control characters), not through QTextStream's UTF-16.
        const QByteArray json = core::matchResultJson(result.value(), limit);
        c.out.flush();
        if (QIODevice* device = c.out.device())
            device->write(json);
        else
            c.out << json;
        return ExitOk;
    }
    const core::MatchResult& r = result.value();
    const auto shown = [limit](std::size_t n) { return limit < 0 ? n : std::min(n, std::size_t(limit)); };
    c.out << "Referral " << r.referral.reference << ": " << r.candidates.size() << " candidate(s), "
          << r.exclusions.size() << " excluded, of " << r.snapshot->vacancies.size() << " vacancies.\n";
    for (std::size_t i = 0; i < shown(r.candidates.size()); ++i) {
        const auto& cand = r.candidates[i];
        const core::RegisterVacancy& v = r.vacancy(cand.index);
        c.out << "\n"
              << i + 1 << ". " << v.providerName << " — " << v.provisionName << " (vacancy " << v.vacancyId
              << "): score " << cand.score << ", whole cost " << core::formatPounds(cand.cost.total())
              << " a week\n";
        for (const core::ScoreLine& l : r.explain(cand))
            c.out << "     " << core::softCriterionLabel(l.criterion) << ": " << l.explanation << "\n";
    }
    if (shown(r.candidates.size()) < r.candidates.size())
        c.out << "\n... and " << r.candidates.size() - shown(r.candidates.size())
              << " more candidate(s) (--limit " << limit << ").\n";
    if (shown(r.exclusions.size()) > 0)
        c.out << "\nExcluded:\n";
    for (std::size_t i = 0; i < shown(r.exclusions.size()); ++i) {
        const auto& e = r.exclusions[i];
        const core::RegisterVacancy& v = r.vacancy(e.index);
        c.out << "  " << v.providerName << " — " << v.provisionName << " (vacancy " << v.vacancyId
              << "): " << r.reasons(e).join(QLatin1Char(' ')) << "\n";
    }
    if (shown(r.exclusions.size()) < r.exclusions.size())
        c.out << "  ... and " << r.exclusions.size() - shown(r.exclusions.size())
              << " more excluded (--limit " << limit << ").\n";
    return ExitOk;
}

int runPack(CliContext& c) {
    auto doc = referralDocument(c);
    if (!doc)
        return fail(c, doc.error());
    const QString& out = doc->out;
    auto referral = doc->desk->referrals().load(doc->referralId);
    if (!referral)
        return fail(c, referral.error());
    const auto kind = c.parser.isSet(QStringLiteral("anonymised")) ? core::ReferralPack::Kind::Anonymised
                                                                   : core::ReferralPack::Kind::Named;
    if (auto s = core::ReferralPack::writePdf(referral.value(), kind, QDate::currentDate(), out); !s)
        return fail(c, s.error());
    c.out << (kind == core::ReferralPack::Kind::Anonymised ? "anonymised" : "full")
          << " pack written: " << QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()) << "\n";
    return ExitOk;
}

} // namespace

CliCommand matchCommand() {
    return {QStringLiteral("match"), QStringLiteral("match --db FILE --referral N [--limit N] [--json]"),
            [](QCommandLineParser& p) {
                addReferralOption(p);
                p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON (keys in docs/cli.md).")});
                p.addOption({QStringLiteral("limit"),
                             QStringLiteral("List only the best N candidates and the first N exclusions "
                                            "(the counts are of all)."),
                             QStringLiteral("N")});
            },
            &runMatch};
}

CliCommand packCommand() {
    return {
        QStringLiteral("pack"), QStringLiteral("pack --db FILE --referral N [--anonymised] --out FILE.pdf"),
        [](QCommandLineParser& p) {
            addReferralOption(p);
            p.addOption(
                {QStringLiteral("anonymised"),
                 QStringLiteral(
                     "The providers' pack: no name, date of birth, address, school or social worker.")});
            p.addOption({QStringLiteral("out"), QStringLiteral("The PDF to write."), QStringLiteral("FILE")});
        },
        &runPack};
}

} // namespace pd::app
