// SPDX-License-Identifier: GPL-3.0-or-later
// match and pack: the matching subcommands.
#include "app/clicommand.h"
#include "core/matching/matchjson.h"
#include "core/reports/referralpack.h"
#include "core/services/desk.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace pd::app {

namespace {

int runMatch(CliContext& c) {
    auto desk = openDeskOption(c, false);
    auto id = desk ? referralId(c, *desk.value()) : core::Result<qint64>(desk.error());
    if (!id)
        return fail(c, id.error());
    auto result = desk.value()->matching().match(id.value());
    if (!result)
        return fail(c, result.error());
    if (c.parser.isSet(QStringLiteral("json"))) {
        c.out << QJsonDocument(core::matchResultToJson(result.value())).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    const core::MatchResult& r = result.value();
    c.out << "Referral " << r.referral.reference << ": " << r.candidates.size() << " candidate(s), "
          << r.exclusions.size() << " excluded, of " << r.snapshot->vacancies.size() << " vacancies.\n";
    int rank = 0;
    for (const auto& cand : r.candidates) {
        const core::RegisterVacancy& v = r.vacancy(cand.index);
        c.out << "\n"
              << ++rank << ". " << v.providerName << " — " << v.provisionName << " (vacancy " << v.vacancyId
              << "): score " << cand.score << ", whole cost " << core::formatPounds(cand.cost.total())
              << " a week\n";
        for (const core::ScoreLine& l : r.explain(cand))
            c.out << "     " << core::softCriterionLabel(l.criterion) << ": " << l.explanation << "\n";
    }
    if (!r.exclusions.empty())
        c.out << "\nExcluded:\n";
    for (const auto& e : r.exclusions) {
        const core::RegisterVacancy& v = r.vacancy(e.index);
        c.out << "  " << v.providerName << " — " << v.provisionName << " (vacancy " << v.vacancyId
              << "): " << r.reasons(e).join(QLatin1Char(' ')) << "\n";
    }
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
    return {QStringLiteral("match"), QStringLiteral("match --db FILE --referral N [--json]"),
            [](QCommandLineParser& p) {
                addReferralOption(p);
                p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON (keys in docs/cli.md).")});
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
