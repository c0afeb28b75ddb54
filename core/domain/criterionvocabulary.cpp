// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/criterionvocabulary.h"

#include "core/domain/carerculture.h"
#include "core/domain/provision.h"

#include <cmath>
#include <utility>

namespace pd::core {

namespace {

using V = CriterionValueType;

struct NumberRange {
    double most;
    const char* unit;
};

NumberRange rangeOf(V type) {
    return type == V::Miles ? NumberRange{500, "miles"} : NumberRange{100000, "pounds a week"};
}

// A number written as a number: "20", "950.50"; not "20 miles", "1,050" or "NaN".
bool readNumber(const QString& text, double* out) {
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return false;
    *out = v;
    return true;
}

QString typedLabel(V type, const QString& value) {
    switch (type) {
    case V::None:
        return {};
    case V::PlacementType:
        return label(*fromCode<PlacementType>(value)).toLower();
    case V::Skill:
        return labelOfCode<Skill>(value);
    case V::Miles:
    case V::Pounds: {
        double v = 0;
        readNumber(value, &v);
        return QString::number(v, 'f', v == std::floor(v) ? 0 : 2);
    }
    case V::Ethnicity:
        return carerculture::ethnicityLabel(value);
    case V::Religion:
    case V::Language:
        return value;
    }
    return {};
}

} // namespace

const QList<CriterionKind>& criterionKinds() {
    static const QList<CriterionKind> kinds = {
        {"placementType", V::PlacementType, "Placement type: %1"},
        {"skill", V::Skill, "Carer skilled in: %1"},
        {"maxDistanceMiles", V::Miles, "Within %1 miles of home"},
        {"maxWeeklyCost", V::Pounds, "Whole weekly cost at most \u00a3%1"},
        {"carerEthnicity", V::Ethnicity, "Carer ethnicity: %1"},
        {"carerReligion", V::Religion, "Carer religion: %1"},
        {"carerLanguage", V::Language, "Carer speaks %1"},
        {"noOtherChildren", V::None, "No other children in the household"},
        {"noYoungerChildren", V::None, "No younger children in the household"},
        {"noPets", V::None, "No pets in the household"},
        {"petsWanted", V::None, "Pets in the household"},
        {"nonSmoking", V::None, "Non-smoking household"},
        {"keepSchool", V::None, "Keeps the current school place"},
        {"inHouse", V::None, "The council's own carers or homes"},
    };
    return kinds;
}

const CriterionKind* criterionKind(const QString& name) {
    for (const CriterionKind& k : criterionKinds())
        if (name == QLatin1String(k.name))
            return &k;
    return nullptr;
}

QStringList criterionValueChoices(CriterionValueType type) {
    switch (type) {
    case V::PlacementType:
        return codes<PlacementType>();
    case V::Skill:
        return codes<Skill>();
    case V::Ethnicity:
        return carerculture::ethnicityCodes();
    case V::Religion:
        return carerculture::religions();
    case V::Language:
        return carerculture::languages();
    case V::None:
    case V::Miles:
    case V::Pounds:
        return {};
    }
    return {};
}

Criterion canonicalCriterion(const Criterion& c) {
    const CriterionKind* kind = criterionKind(c.kind);
    if (!kind || !criterionProblem(c).isEmpty())
        return c;
    Criterion out{c.kind, c.value.trimmed()};
    double v = 0;
    switch (kind->valueType) {
    case V::Miles:
    case V::Pounds:
        readNumber(c.value, &v);
        out.value = QString::number(v);
        break;
    case V::None:
        out.value.clear();
        break;
    case V::PlacementType:
    case V::Skill:
    case V::Ethnicity:
        break;
    case V::Religion:
    case V::Language:
        out.value = carerculture::spelledAsListed(criterionValueChoices(kind->valueType), c.value);
        break;
    }
    return out;
}

QString criterionProblem(const Criterion& c) {
    const CriterionKind* kind = criterionKind(c.kind);
    if (!kind) {
        QStringList names;
        for (const CriterionKind& k : criterionKinds())
            names << QString::fromLatin1(k.name);
        return QStringLiteral("'%1' is not a criterion kind; use one of %2")
            .arg(c.kind, names.join(QStringLiteral(", ")));
    }
    const QString value = c.value.trimmed();
    const QString kindName = QString::fromLatin1(kind->name);
    switch (kind->valueType) {
    case V::None:
        return value.isEmpty() ? QString()
                               : QStringLiteral("%1 takes no value (it is yes or no), but '%2' was given")
                                     .arg(kindName, c.value);
    case V::Miles:
    case V::Pounds: {
        const NumberRange range = rangeOf(kind->valueType);
        double v = 0;
        if (!readNumber(value, &v) || v <= 0 || v > range.most)
            return QStringLiteral("%1 must be a number of %2 above 0 and at most %3, not '%4'")
                .arg(kindName, QString::fromLatin1(range.unit), QString::number(range.most), c.value);
        return {};
    }
    case V::PlacementType:
    case V::Skill:
    case V::Ethnicity:
    case V::Religion:
    case V::Language: {
        const QStringList choices = criterionValueChoices(kind->valueType);
        const bool exact = kind->valueType == V::Religion || kind->valueType == V::Language
                               ? !carerculture::spelledAsListed(choices, value).isEmpty()
                               : choices.contains(value);
        if (exact)
            return {};
        const QString listed =
            choices.size() <= 20
                ? choices.join(QStringLiteral(", "))
                : QStringLiteral("the %1 listed in docs/referral-record.md").arg(choices.size());
        return QStringLiteral("%1 must be one of the listed values (%2), not '%3'; free text is not a "
                              "criterion")
            .arg(kindName, listed, c.value);
    }
    }
    return {};
}

QStringList criteriaProblems(const Referral& referral) {
    QStringList out;
    for (const auto& [list, label] : {std::pair{&referral.essentialCriteria, "Essential"},
                                      std::pair{&referral.desirableCriteria, "Desirable"}})
        for (qsizetype i = 0; i < list->size(); ++i)
            if (const QString problem = criterionProblem(list->at(i)); !problem.isEmpty())
                out << QStringLiteral("%1 criterion %2: %3.")
                           .arg(QLatin1String(label))
                           .arg(i + 1)
                           .arg(problem);
    return out;
}

QString criterionValueWords(CriterionValueType type, const QString& value) {
    switch (type) {
    case V::None:
        return QStringLiteral("Yes");
    case V::Miles:
    case V::Pounds: {
        double v = 0;
        if (!readNumber(value, &v))
            return value;
        const QString number = typedLabel(type, value);
        return type == V::Miles ? QStringLiteral("%1 miles").arg(number)
                                : QStringLiteral("\u00a3%1 a week").arg(number);
    }
    case V::PlacementType:
        return fromCode<PlacementType>(value) ? label(*fromCode<PlacementType>(value)) : value;
    case V::Skill:
    case V::Ethnicity: {
        const QString words =
            criterionValueChoices(type).contains(value) ? typedLabel(type, value) : QString();
        return words.isEmpty() ? value : words;
    }
    case V::Religion:
    case V::Language:
        return value;
    }
    return value;
}

QString criterionKindWords(const CriterionKind& kind) {
    return QString::fromUtf8(kind.wording).replace(QStringLiteral("%1"), QStringLiteral("\u2026"));
}

QString criterionWording(const Criterion& c) {
    const CriterionKind* kind = criterionKind(c.kind);
    if (!kind || !criterionProblem(c).isEmpty())
        return QStringLiteral("A criterion that is not in the list (left out: correct it in the referral)");
    const QString wording = QString::fromUtf8(kind->wording);
    // The value fills the wording, never the other way round: a "%1" in a value stays as written.
    return kind->valueType == V::None ? wording : wording.arg(typedLabel(kind->valueType, c.value));
}

} // namespace pd::core
