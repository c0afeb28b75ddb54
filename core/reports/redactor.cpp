// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/redactor.h"

#include "core/reports/writtendate.h"

#include <QSet>

#include <algorithm>

namespace pd::core {

namespace {

const QRegularExpression::PatternOptions kOptions =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// Words that are part of many school names, so alone they say nothing about which school.
const QSet<QString> kSchoolWords{
    "academy",    "academies",  "school",   "schools", "primary",   "secondary",     "junior",      "juniors",
    "infant",     "infants",    "high",     "college", "community", "church",        "england",     "ce",
    "cofe",       "of",         "the",      "and",     "rc",        "roman",         "catholic",    "saint",
    "st",         "free",       "grammar",  "sixth",   "form",      "nursery",       "trust",       "centre",
    "center",     "special",    "upper",    "lower",   "middle",    "prep",          "preparatory", "girls",
    "boys",       "federation", "learning", "studio",  "utc",       "international", "technology",  "mixed",
    "pupil",      "referral",   "unit",     "pru",     "multi",     "faith",         "voluntary",   "aided",
    "controlled", "methodist",  "county",   "city",    "all",       "through",       "foundation",  "de"};

// Words in a contact arrangement that say who, not what they are called ("Aunt Sharon": Sharon is a name).
const QSet<QString> kRelationshipWords{
    "mother",      "mum",          "mummy",      "mom",         "father",    "dad",         "daddy",
    "parent",      "parents",      "birth",      "grandmother", "grandma",   "gran",        "granny",
    "nan",         "nana",         "nanny",      "grandfather", "grandad",   "granddad",    "grandpa",
    "grandparent", "grandparents", "aunt",       "auntie",      "aunty",     "aunts",       "uncle",
    "uncles",      "brother",      "brothers",   "sister",      "sisters",   "sibling",     "siblings",
    "half",        "step",         "stepmother", "stepfather",  "cousin",    "cousins",     "family",
    "foster",      "former",       "carer",      "carers",      "friend",    "friends",     "and",
    "with",        "the",          "of",         "maternal",    "paternal",  "supervised",  "unsupervised",
    "contact",     "centre",       "phone",      "video",       "letterbox", "letter",      "visits",
    "visit",       "social",       "worker",     "in",          "on",        "at",          "by",
    "a",           "an",           "his",        "her",         "their",     "older",       "younger",
    "twin",        "twins",        "baby",       "nephew",      "niece",     "godparent",   "godmother",
    "godfather",   "partner",      "only",       "weekly",      "monthly",   "fortnightly", "daily",
    "indirect",    "direct",       "face",       "to",          "call",      "calls",       "time",
    "school",      "holidays",     "weekend",    "weekends",    "other",     "previous"};

const QSet<QString> kHonorifics{"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev"};

QString withoutMarks(const QString& word) {
    QString out;
    for (QChar c : word.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    return out;
}

// One alternation, longest first so "Okonkwo-Reid" wins over "Okonkwo"; an apostrophe in a word
// matches either apostrophe; a possessive 's goes with the word.
QRegularExpression wholeWords(QStringList words) {
    words.removeDuplicates();
    words.removeAll(QString());
    if (words.isEmpty())
        return {};
    std::sort(words.begin(), words.end(), [](const QString& a, const QString& b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    QStringList escaped;
    for (const QString& w : words) {
        QString e = QRegularExpression::escape(w);
        e.replace(QStringLiteral("\\'"), QStringLiteral("['\u2019]"))
            .replace(QStringLiteral("\\\u2019"), QStringLiteral("['\u2019]"));
        e.replace(QRegularExpression(QStringLiteral("(\\\\\\s)+|\\s+")), QStringLiteral("\\s+"));
        escaped << e;
    }
    return QRegularExpression(QStringLiteral("(?<![\\p{L}\\p{N}])(?:") + escaped.join(u'|') +
                                  QStringLiteral(")(?:['\u2019]s)?(?![\\p{L}\\p{N}])"),
                              kOptions);
}

QStringList words(const QString& text) {
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}'\u2019-]+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    QStringList out;
    for (QString w : text.split(separators, Qt::SkipEmptyParts)) {
        while (!w.isEmpty() && !w.front().isLetterOrNumber())
            w.remove(0, 1);
        while (!w.isEmpty() && !w.back().isLetterOrNumber())
            w.chop(1);
        if (!w.isEmpty())
            out << w;
    }
    return out;
}

struct Found {
    qsizetype start;
    qsizetype length;
    Redactor::Category category;
};

void collect(const QRegularExpression& re, const QString& text, Redactor::Category category,
             QList<Found>& out) {
    if (re.pattern().isEmpty())
        return;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out.append({m.capturedStart(), m.capturedLength(), category});
    }
}

} // namespace

QString Redactor::replacement(Category category) {
    switch (category) {
    case Category::Name:
        return QStringLiteral("[name]");
    case Category::School:
        return QStringLiteral("[school]");
    case Category::Postcode:
        return QStringLiteral("[postcode]");
    case Category::DateOfBirth:
        return QStringLiteral("[date of birth]");
    }
    return {};
}

QStringList Redactor::nameTokens(const QString& name) {
    QStringList out;
    for (const QString& w : words(name)) {
        if (kHonorifics.contains(w.toLower()))
            continue;
        out << w;
        static const QRegularExpression joins(QStringLiteral("[-'\u2019]"));
        const QStringList parts = w.split(joins, Qt::SkipEmptyParts);
        if (parts.size() > 1)
            out << parts;
    }
    QStringList plain;
    for (const QString& t : out)
        plain << withoutMarks(t);
    out << plain;
    out.removeDuplicates();
    out.erase(std::remove_if(out.begin(), out.end(), [](const QString& t) { return t.size() < 2; }),
              out.end());
    return out;
}

QStringList Redactor::distinctiveSchoolWords(const QString& schoolName) {
    QStringList out;
    for (const QString& t : nameTokens(schoolName))
        if (!kSchoolWords.contains(t.toLower()) && !t.front().isDigit())
            out << t;
    return out;
}

Redactor::Redactor(const Referral& r) {
    QStringList names = nameTokens(r.socialWorker);
    for (const ReferralChild& c : r.children) {
        names << nameTokens(c.firstName) << nameTokens(c.lastName);
        if (c.dateOfBirth.isValid())
            m_birthdays << c.dateOfBirth;
    }
    for (const ContactArrangement& c : r.contact)
        for (const QString& w : words(c.with))
            if (w.front().isUpper() && !kRelationshipWords.contains(w.toLower()))
                names << nameTokens(w);
    m_names = wholeWords(names);
    QStringList school = distinctiveSchoolWords(r.schoolName);
    if (!r.schoolName.trimmed().isEmpty())
        school << r.schoolName.simplified();
    m_school = wholeWords(school);
}

Redactor::Redacted Redactor::redact(const QString& text) const {
    static const QRegularExpression postcode(
        QStringLiteral("(?<![\\p{L}\\p{N}])[A-Z]{1,2}\\d[A-Z\\d]?[\\s-]*\\d[A-Z]{2}(?![\\p{L}\\p{N}])"),
        kOptions);
    QList<Found> found;
    collect(postcode, text, Category::Postcode, found);
    for (const WrittenDate& d : WrittenDate::findAll(text))
        if (std::any_of(m_birthdays.begin(), m_birthdays.end(),
                        [&d](const QDate& b) { return d.couldBe(b); }))
            found.append({d.start, d.length, Category::DateOfBirth});
    collect(m_school, text, Category::School, found);
    collect(m_names, text, Category::Name, found);
    // Earliest first; of two starting together the longer; then in the order above.
    std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        return a.start != b.start ? a.start < b.start : a.length > b.length;
    });
    Redacted out;
    qsizetype at = 0;
    for (const Found& f : found) {
        if (f.start < at)
            continue; // inside one already taken
        out.text += QStringView(text).mid(at, f.start - at);
        const QString r = replacement(f.category);
        out.spans.append({out.text.size(), r.size(), f.category});
        out.text += r;
        at = f.start + f.length;
    }
    out.text += QStringView(text).mid(at);
    return out;
}

} // namespace pd::core
