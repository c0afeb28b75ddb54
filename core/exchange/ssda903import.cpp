// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/ssda903import.h"

#include "core/domain/entrychecks.h"
#include "core/domain/geo.h"
#include "core/domain/ssda903codes.h"
#include "core/exchange/csvreader.h"
#include "core/exchange/importproblems.h"
#include "core/storage/placementhistorywriter.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace pd::core {

namespace {

using Problems = ImportProblems;

/// Field access by column name for one row, with code and date checks that report problems.
class Row {
  public:
    Row(const CsvReader& reader, const QStringList& fields, const QString& file, Problems& problems)
        : m_reader(reader), m_fields(fields), m_file(file), m_problems(problems) {}
    QString text(const char* column) const {
        return m_fields.value(m_reader.column(QLatin1String(column))).trimmed();
    }
    QString code(const char* column, const QSet<QString>& allowed, bool required) {
        const QString v = text(column).toUpper();
        if (v.isEmpty()) {
            if (required)
                fail(QStringLiteral("%1 is empty.").arg(QLatin1String(column)));
        } else if (!allowed.contains(v)) {
            fail(QStringLiteral("%1 '%2' is not a known SSDA903 code.").arg(QLatin1String(column), v));
        }
        return v;
    }
    QDate date(const char* column, bool required) {
        const QString v = text(column);
        if (v.isEmpty()) {
            if (required)
                fail(QStringLiteral("%1 is empty.").arg(QLatin1String(column)));
            return {};
        }
        const QDate d = QDate::fromString(v, QStringLiteral("dd/MM/yyyy"));
        if (!d.isValid())
            fail(QStringLiteral("%1 '%2' is not a date (dd/mm/yyyy).").arg(QLatin1String(column), v));
        return d;
    }
    void fail(const QString& reason) {
        m_ok = false;
        m_problems.add(m_file, m_reader.line(), reason);
    }
    bool ok() const { return m_ok; }

  private:
    const CsvReader& m_reader;
    const QStringList& m_fields;
    QString m_file;
    Problems& m_problems;
    bool m_ok = true;
};

QString postcodeOf(const QString& text) {
    const QString p = normalisePostcode(text);
    return p.isEmpty() ? text.trimmed().toUpper()
                       : p; // a partial postcode stays as given: unknown, not guessed
}

bool readChildren(QIODevice& device, const QString& file, Problems& problems, QList<Ssda903Child>* children,
                  QHash<QString, int>* lines) {
    CsvReader reader(device);
    if (auto s = reader.readHeader(); !s) {
        problems.add(file, 1, s.error().message);
        return false;
    }
    if (auto s = reader.requireColumns(ssda903::headerColumns(), file); !s) {
        problems.add(file, 1, s.error().message.section(QStringLiteral(": "), 1));
        return false;
    }
    QStringList fields;
    while (reader.next(&fields)) {
        Row row(reader, fields, file, problems);
        Ssda903Child c;
        c.childRef = row.text("CHILD");
        const QString sex = row.text("SEX");
        c.sex = sex == u"1" ? QStringLiteral("M") : sex == u"2" ? QStringLiteral("F") : QString();
        if (c.sex.isEmpty())
            row.fail(QStringLiteral("SEX '%1' must be 1 (male) or 2 (female).").arg(sex));
        c.dob = row.date("DOB", true);
        if (const QString p = dateOfBirthProblem(c.dob, QDate::currentDate()); !p.isEmpty())
            row.fail(QStringLiteral("DOB %1.").arg(p));
        c.ethnicity = row.code("ETHNIC", ssda903::ethnicityCodes(), true);
        if (c.childRef.isEmpty())
            row.fail(QStringLiteral("CHILD is empty."));
        else if (lines->contains(c.childRef))
            row.fail(QStringLiteral("child %1 is listed twice (first on line %2).")
                         .arg(c.childRef)
                         .arg(lines->value(c.childRef)));
        // An invalid row still names its child, so its episodes are not also called missing.
        if (!c.childRef.isEmpty() && !lines->contains(c.childRef))
            lines->insert(c.childRef, reader.line());
        if (row.ok())
            children->append(c);
    }
    if (!reader.errorReason().isEmpty())
        problems.add(file, reader.line(), reader.errorReason());
    return true;
}

struct LinedEpisode {
    Ssda903Episode episode;
    int line = 0;
};

void readEpisodes(QIODevice& device, const QString& file, const QHash<QString, int>& children,
                  Problems& problems, QList<LinedEpisode>* episodes) {
    CsvReader reader(device);
    if (auto s = reader.readHeader(); !s) {
        problems.add(file, 1, s.error().message);
        return;
    }
    if (auto s = reader.requireColumns(ssda903::episodeColumns(), file); !s) {
        problems.add(file, 1, s.error().message.section(QStringLiteral(": "), 1));
        return;
    }
    QStringList fields;
    while (reader.next(&fields)) {
        Row row(reader, fields, file, problems);
        Ssda903Episode e;
        e.childRef = row.text("CHILD");
        e.start = row.date("DECOM", true);
        e.end = row.date("DEC", false);
        e.rne = row.code("RNE", ssda903::rneCodes(), true);
        e.legalStatus = row.code("LS", ssda903::legalStatusCodes(), true);
        e.cin = row.code("CIN", ssda903::categoryOfNeedCodes(), false);
        e.place = row.code("PLACE", ssda903::placeCodes(), true);
        e.placeProvider = row.code("PLACE_PROVIDER", ssda903::placeProviderCodes(), false);
        e.reasonEnd = row.code("REC", ssda903::reasonEndCodes(), false);
        e.reasonPlaceChange = row.text("REASON_PLACE_CHANGE").toUpper();
        e.homePostcode = postcodeOf(row.text("HOME_POST"));
        e.placementPostcode = postcodeOf(row.text("PL_POST"));
        e.urn = row.text("URN");
        if (e.childRef.isEmpty())
            row.fail(QStringLiteral("CHILD is empty."));
        else if (!children.contains(e.childRef))
            row.fail(QStringLiteral("child %1 is not in the header file.").arg(e.childRef));
        if (e.start.isValid() && e.end.isValid() && e.end < e.start)
            row.fail(QStringLiteral("the episode ends (DEC %1) before it starts (DECOM %2).")
                         .arg(e.end.toString(QStringLiteral("dd/MM/yyyy")),
                              e.start.toString(QStringLiteral("dd/MM/yyyy"))));
        if (row.ok())
            episodes->append({e, reader.line()});
    }
    if (!reader.errorReason().isEmpty())
        problems.add(file, reader.line(), reader.errorReason());
}

// Rows come in any order: sort each child's episodes by start and refuse overlaps.
void checkOverlaps(QList<LinedEpisode>& episodes, const QString& file, Problems& problems) {
    std::stable_sort(episodes.begin(), episodes.end(), [](const LinedEpisode& a, const LinedEpisode& b) {
        return a.episode.childRef != b.episode.childRef ? a.episode.childRef < b.episode.childRef
                                                        : a.episode.start < b.episode.start;
    });
    for (qsizetype i = 1; i < episodes.size(); ++i) {
        const LinedEpisode& prev = episodes.at(i - 1);
        const LinedEpisode& cur = episodes.at(i);
        if (prev.episode.childRef != cur.episode.childRef)
            continue;
        if (prev.episode.end.isNull() || prev.episode.end > cur.episode.start)
            problems.add(
                file, cur.line,
                QStringLiteral("child %1's episode starting %2 overlaps the episode on line %3 (%4).")
                    .arg(cur.episode.childRef, cur.episode.start.toString(QStringLiteral("dd/MM/yyyy")))
                    .arg(prev.line)
                    .arg(prev.episode.end.isNull()
                             ? QStringLiteral("still open")
                             : QStringLiteral("ending %1")
                                   .arg(prev.episode.end.toString(QStringLiteral("dd/MM/yyyy")))));
    }
}

} // namespace

Result<Ssda903Return> readSsda903(QIODevice& episodes, const QString& episodesLabel, QIODevice& header,
                                  const QString& headerLabel) {
    Problems problems(QStringLiteral("The SSDA903 return was not imported"));
    Ssda903Return out;
    QHash<QString, int> childLines;
    readChildren(header, headerLabel, problems, &out.children, &childLines);
    QList<LinedEpisode> lined;
    readEpisodes(episodes, episodesLabel, childLines, problems, &lined);
    checkOverlaps(lined, episodesLabel, problems);
    if (problems.any())
        return problems.error();
    out.episodes.reserve(lined.size());
    for (LinedEpisode& e : lined)
        out.episodes.append(std::move(e.episode));
    return out;
}

Result<Ssda903ImportSummary> importSsda903(Database& db, const QString& episodesPath,
                                           const QString& headerPath) {
    QFile episodes(episodesPath);
    QFile header(headerPath);
    for (QFile* f : {&episodes, &header})
        if (!f->open(QIODevice::ReadOnly))
            return Error::io(QStringLiteral("Cannot read %1: %2.").arg(f->fileName(), f->errorString()));
    auto parsed =
        readSsda903(episodes, QFileInfo(episodesPath).fileName(), header, QFileInfo(headerPath).fileName());
    if (!parsed)
        return parsed.error();
    return PlacementHistoryWriter(db).replaceHistories(parsed.value());
}

} // namespace pd::core
