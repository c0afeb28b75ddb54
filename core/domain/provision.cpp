// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/provision.h"

#include "core/domain/geo.h"

#include <QRegularExpression>

namespace pd::core {

QString code(PlacementType type) {
    switch (type) {
    case PlacementType::Foster:
        return QStringLiteral("foster");
    case PlacementType::Residential:
        return QStringLiteral("residential");
    case PlacementType::Supported:
        return QStringLiteral("supported");
    }
    return {};
}

QString code(SexesAccepted sexes) {
    switch (sexes) {
    case SexesAccepted::Any:
        return QStringLiteral("any");
    case SexesAccepted::Male:
        return QStringLiteral("male");
    case SexesAccepted::Female:
        return QStringLiteral("female");
    }
    return {};
}

QString label(PlacementType type) {
    switch (type) {
    case PlacementType::Foster:
        return QStringLiteral("Foster");
    case PlacementType::Residential:
        return QStringLiteral("Residential");
    case PlacementType::Supported:
        return QStringLiteral("Supported");
    }
    return {};
}

QString label(SexesAccepted sexes) {
    switch (sexes) {
    case SexesAccepted::Any:
        return QStringLiteral("Any");
    case SexesAccepted::Male:
        return QStringLiteral("Boys");
    case SexesAccepted::Female:
        return QStringLiteral("Girls");
    }
    return {};
}

std::optional<PlacementType> placementTypeFromCode(const QString& text) {
    for (PlacementType t : {PlacementType::Foster, PlacementType::Residential, PlacementType::Supported})
        if (code(t) == text.trimmed().toLower())
            return t;
    return std::nullopt;
}

std::optional<SexesAccepted> sexesFromCode(const QString& text) {
    const QString c = text.trimmed().toLower();
    if (c.isEmpty())
        return SexesAccepted::Any;
    for (SexesAccepted s : {SexesAccepted::Any, SexesAccepted::Male, SexesAccepted::Female})
        if (code(s) == c)
            return s;
    return std::nullopt;
}

const QStringList& skillCodes() {
    static const QStringList codes{QStringLiteral("asd"),
                                   QStringLiteral("pmld"),
                                   QStringLiteral("ebd"),
                                   QStringLiteral("learning_disability"),
                                   QStringLiteral("mental_health"),
                                   QStringLiteral("uasc"),
                                   QStringLiteral("parent_and_baby"),
                                   QStringLiteral("sexualised_behaviour"),
                                   QStringLiteral("sibling_groups"),
                                   QStringLiteral("staying_put"),
                                   QStringLiteral("therapeutic"),
                                   QStringLiteral("disability")};
    return codes;
}

QString skillLabel(const QString& c) {
    static const QHash<QString, QString> labels{
        {QStringLiteral("asd"), QStringLiteral("Autism (ASD)")},
        {QStringLiteral("pmld"), QStringLiteral("Profound and multiple learning disabilities")},
        {QStringLiteral("ebd"), QStringLiteral("Emotional and behavioural difficulties")},
        {QStringLiteral("learning_disability"), QStringLiteral("Learning disability")},
        {QStringLiteral("mental_health"), QStringLiteral("Mental health")},
        {QStringLiteral("uasc"), QStringLiteral("Unaccompanied asylum-seeking children")},
        {QStringLiteral("parent_and_baby"), QStringLiteral("Parent and baby")},
        {QStringLiteral("sexualised_behaviour"), QStringLiteral("Sexualised behaviour")},
        {QStringLiteral("sibling_groups"), QStringLiteral("Sibling groups")},
        {QStringLiteral("staying_put"), QStringLiteral("Staying put (18+)")},
        {QStringLiteral("therapeutic"), QStringLiteral("Therapeutic")},
        {QStringLiteral("disability"), QStringLiteral("Disability")}};
    return labels.value(c, c);
}

const QStringList& householdRiskCodes() {
    // Mirrors the referral's "risk to others" entries so matching can compare like with like.
    static const QStringList codes{QStringLiteral("physical"), QStringLiteral("sexual"),
                                   QStringLiteral("fire"),     QStringLiteral("animals"),
                                   QStringLiteral("criminal"), QStringLiteral("other")};
    return codes;
}

Result<QList<HouseholdMember>> parseHousehold(const QString& text) {
    QList<HouseholdMember> out;
    for (const QString& raw : text.split(u';', Qt::SkipEmptyParts)) {
        const QString entry = raw.trimmed();
        if (entry.isEmpty())
            continue;
        const QStringList parts = entry.split(u'/');
        bool ok = false;
        HouseholdMember m;
        m.age = parts.value(0).trimmed().toInt(&ok);
        if (!ok || m.age < 0 || m.age > 25 || parts.size() > 3)
            return Error::invalid(
                QStringLiteral("'%1' is not a household entry: write age/sex/risks, e.g. 14/M/physical.")
                    .arg(entry));
        m.sex = parts.value(1).trimmed().toUpper();
        if (!m.sex.isEmpty() && m.sex != u'M' && m.sex != u'F')
            return Error::invalid(
                QStringLiteral("'%1': the sex of a child in the household is M or F.").arg(entry));
        for (const QString& r : parts.value(2).split(u'+', Qt::SkipEmptyParts)) {
            const QString risk = r.trimmed().toLower();
            if (!householdRiskCodes().contains(risk))
                return Error::invalid(QStringLiteral("'%1' is not a household risk code (use %2).")
                                          .arg(risk, householdRiskCodes().join(QStringLiteral(", "))));
            m.risks << risk;
        }
        out << m;
    }
    return out;
}

QString formatHousehold(const QList<HouseholdMember>& members) {
    QStringList parts;
    for (const HouseholdMember& m : members) {
        QString s = QString::number(m.age) + u'/' + m.sex;
        if (!m.risks.isEmpty())
            s += u'/' + m.risks.join(u'+');
        parts << s;
    }
    return parts.join(QStringLiteral("; "));
}

Result<QStringList> parseSkills(const QString& text) {
    QStringList out;
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    for (const QString& raw : text.split(separators, Qt::SkipEmptyParts)) {
        const QString c = raw.trimmed().toLower();
        if (c.isEmpty())
            continue;
        if (!skillCodes().contains(c))
            return Error::invalid(
                QStringLiteral("'%1' is not a skill code (see docs/referral-record.md).").arg(c));
        if (!out.contains(c))
            out << c;
    }
    return out;
}

Status Provision::validate() const {
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems << QStringLiteral("The provision needs a name.");
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9_.-]{1,40}$"));
    if (!code.isEmpty() && !codePattern.match(code).hasMatch())
        problems << QStringLiteral(
                        "The provision code '%1' should be 1 to 40 letters, digits, '-', '_' or '.'.")
                        .arg(code);
    if (minAge < 0 || maxAge > 25 || minAge > maxAge)
        problems << QStringLiteral("The approval ages %1 to %2 are not a range from 0 to 25.")
                        .arg(minAge)
                        .arg(maxAge);
    if (places < 1 || places > 99)
        problems << QStringLiteral("The number of places should be from 1 to 99.");
    if (weeklyFee < 0 || typicalExtras < 0)
        problems << QStringLiteral("Fees cannot be negative.");
    for (const QString& s : skills)
        if (!skillCodes().contains(s))
            problems << QStringLiteral("'%1' is not a skill code.").arg(s);
    if (!postcode.isEmpty() && normalisePostcode(postcode).isEmpty())
        problems << QStringLiteral("'%1' is not a postcode.").arg(postcode);
    if (problems.isEmpty())
        return {};
    return Error::invalid(problems.join(u' '));
}

} // namespace pd::core
