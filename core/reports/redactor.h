// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/referral.h"

#include <QRegularExpression>

namespace pd::core {

/// Takes a referral's personal details out of free text before it goes into an anonymised pack:
/// each name token of the children, their family (contact names) and the social worker, whole words
/// and in any case; the school's name and its distinctive words ("Orchard" of "Orchard Academy");
/// every UK postcode, with or without its space; the children's dates of birth however written
/// (19/6/2013, 19 Jun 2013, June 19, 2013, 19th June ...). Each becomes "[name]", "[school]",
/// "[postcode]" or "[date of birth]".
class Redactor {
  public:
    enum class Category { Name, School, Postcode, DateOfBirth };
    /// What the text shows instead: "[name]", "[school]", "[postcode]", "[date of birth]".
    static QString replacement(Category category);

    /// Where a replacement stands in the redacted text.
    struct Span {
        qsizetype start = 0;
        qsizetype length = 0;
        Category category = Category::Name;
    };
    struct Redacted {
        QString text;
        QList<Span> spans; ///< in text, in order
    };

    explicit Redactor(const Referral& referral);
    Redacted redact(const QString& text) const;
    QString operator()(const QString& text) const { return redact(text).text; }

    /// Words of a school's name that identify it (not "Academy", "Primary", "St", ...).
    static QStringList distinctiveSchoolWords(const QString& schoolName);
    /// The name tokens of a person's name as written ("Okonkwo-Reid" gives Okonkwo-Reid, Okonkwo, Reid).
    static QStringList nameTokens(const QString& name);

  private:
    QRegularExpression m_names;
    QRegularExpression m_school;
    QList<QDate> m_birthdays;
};

} // namespace pd::core
