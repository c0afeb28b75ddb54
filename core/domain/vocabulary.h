// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>
#include <type_traits>

namespace pd::core {

/// One word of the team's vocabulary: an enum value, the code stored in the database and in files,
/// and the words people read.
template <typename E> struct Term {
    E value;
    const char* code;
    const char* label;
};

/// The table of an enum, written once next to the enum:
///
///     template <> struct Vocabulary<Role> {
///         static constexpr Term<Role> terms[] = {{Role::Officer, "officer", "Placement officer"}, ...};
///     };
///
/// code(), label(), fromCode<E>(), all<E>() and codes<E>() then work for that enum. The first term
/// is what an out-of-range value reads as.
template <typename E> struct Vocabulary {};

template <typename E, typename = void> struct HasVocabulary : std::false_type {};
template <typename E>
struct HasVocabulary<E, std::void_t<decltype(Vocabulary<E>::terms)>> : std::true_type {};

/// Restricts the functions below to enums that have a table (so `code(42)` does not compile).
template <typename E> using IfVocabulary = std::enable_if_t<HasVocabulary<E>::value, int>;

template <typename E, IfVocabulary<E> = 0> constexpr const Term<E>& termOf(E value) {
    for (const Term<E>& t : Vocabulary<E>::terms)
        if (t.value == value)
            return t;
    return Vocabulary<E>::terms[0];
}

/// The stored code: "budget_holder", "AwaitingPanel", "ifa".
template <typename E, IfVocabulary<E> = 0> QString code(E value) {
    return QString::fromUtf8(termOf(value).code);
}

/// The words for people: "Budget holder", "Awaiting panel", "Independent fostering agency".
template <typename E, IfVocabulary<E> = 0> QString label(E value) {
    return QString::fromUtf8(termOf(value).label);
}

/// fromCode() for either kind of text view (both have trimmed() and a case-blind compare).
template <typename E, typename View> std::optional<E> findCode(View text) {
    const View c = text.trimmed();
    // Stored codes are spelled exactly: that cheap comparison first (matching reads 100,000s).
    for (const Term<E>& t : Vocabulary<E>::terms)
        if (c == QLatin1String(t.code))
            return t.value;
    for (const Term<E>& t : Vocabulary<E>::terms)
        if (c.compare(QLatin1String(t.code), Qt::CaseInsensitive) == 0)
            return t.value;
    return std::nullopt;
}

/// The value whose code is `text`, ignoring case and surrounding spaces; nullopt for any other text.
template <typename E, IfVocabulary<E> = 0> std::optional<E> fromCode(QStringView text) {
    return findCode<E>(text);
}
template <typename E, IfVocabulary<E> = 0> std::optional<E> fromCode(const QString& text) {
    return findCode<E>(QStringView(text));
}
/// The same for text not yet turned into a QString (bytes read from the database; codes are ASCII).
template <typename E, IfVocabulary<E> = 0> std::optional<E> fromCode(QLatin1String text) {
    return findCode<E>(text);
}

/// The label of the value whose code is `text`; `text` itself when it is not a code.
template <typename E, IfVocabulary<E> = 0> QString labelOfCode(const QString& text) {
    const std::optional<E> value = fromCode<E>(text);
    return value ? label(*value) : text;
}

/// Every value, in the table's order.
template <typename E, IfVocabulary<E> = 0> QList<E> all() {
    QList<E> out;
    for (const Term<E>& t : Vocabulary<E>::terms)
        out << t.value;
    return out;
}

/// Every code, in the table's order (for messages that list what is allowed).
template <typename E, IfVocabulary<E> = 0> QStringList codes() {
    QStringList out;
    for (const Term<E>& t : Vocabulary<E>::terms)
        out << QString::fromUtf8(t.code);
    return out;
}

} // namespace pd::core
