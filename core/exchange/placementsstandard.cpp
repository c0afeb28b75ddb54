// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/placementsstandard.h"

#include <QDate>
#include <QJsonArray>

namespace pd::core {

namespace {

const QString kExtension = QStringLiteral("PlacementDeskExtension");

// Keys of the extension object (docs/referral-record.md).
const QStringList kExtensionKeys{
    QStringLiteral("reference"),          QStringLiteral("emergency"),
    QStringLiteral("neededByDate"),       QStringLiteral("socialWorker"),
    QStringLiteral("children"),           QStringLiteral("homePostcode"),
    QStringLiteral("schoolName"),         QStringLiteral("schoolPostcode"),
    QStringLiteral("keepSchoolPlace"),    QStringLiteral("contact"),
    QStringLiteral("essentialCriteria"),  QStringLiteral("desirableCriteria"),
    QStringLiteral("expectedOutcomes"),   QStringLiteral("budgetGuideWeekly"),
    QStringLiteral("communicationOther"), QStringLiteral("additionalSupportOther")};

QString shown(const QJsonValue& v) {
    return v.isString() ? v.toString() : v.toVariant().toString();
}

QString checkValue(const StandardField& f, const QJsonValue& v) {
    const QLatin1String type(f.type);
    const QString options = f.options.join(QStringLiteral(", "));
    if (type == QLatin1String("Integer")) {
        if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())))
            return QStringLiteral("'%1' is not a whole number").arg(shown(v));
    } else if (type == QLatin1String("String")) {
        if (!v.isString())
            return QStringLiteral("must be text");
    } else if (type == QLatin1String("Boolean")) {
        if (!v.isBool())
            return QStringLiteral("must be true or false");
    } else if (type == QLatin1String("Date")) {
        if (!v.isString() || !QDate::fromString(v.toString(), Qt::ISODate).isValid())
            return QStringLiteral("'%1' is not a date (use yyyy-mm-dd)").arg(shown(v));
    } else if (QLatin1String(f.cardinality).endsWith(QLatin1String("*"))) {
        if (!v.isArray() || v.toArray().isEmpty())
            return QStringLiteral("must be a list of one or more of: %1").arg(options);
        for (const QJsonValue& item : v.toArray())
            if (!f.options.contains(item.toString()))
                return QStringLiteral("'%1' is not one of: %2").arg(shown(item), options);
    } else if (!v.isString() || !f.options.contains(v.toString())) {
        return QStringLiteral("'%1' is not one of: %2").arg(shown(v), options);
    }
    return {};
}

} // namespace

const QList<StandardField>& PlacementsStandard::fields() {
    // Generated from the standard's JSON; tests/core/referralexchange_test.cpp keeps them equal.
    static const QList<StandardField> table = {
        {"PlacementAvailability", "childId", "Integer", "1..1", {}},
        {"PlacementAvailability",
         "neededBy",
         "Categorical",
         "0..1",
         {QStringLiteral("Today"), QStringLiteral("in less than 5 days"),
          QStringLiteral("in more than 5 days")}},
        {"PlacementAvailability", "siblingCount", "Integer", "0..1", {}},
        {"PlacementAvailability", "preferredLocation", "String", "0..1", {}},
        {"PlacementRequirements",
         "communicationNeeds",
         "Categorical",
         "1..1",
         {QStringLiteral("Y"), QStringLiteral("N"), QStringLiteral("Not Specified")}},
        {"PlacementRequirements",
         "specificCommunicationRequirements",
         "Categorical",
         "1..*",
         {QStringLiteral("ESOL"), QStringLiteral("BSL"), QStringLiteral("Makaton"), QStringLiteral("Other"),
          QStringLiteral("None")}},
        {"PlacementRequirements", "homeAdaptation", "Boolean", "1..1", {}},
        {"PlacementRequirements",
         "culturalNeeds",
         "Categorical",
         "1..1",
         {QStringLiteral("Required"), QStringLiteral("Not required"), QStringLiteral("Not Known"),
          QStringLiteral("Other")}},
        {"PlacementRequirements",
         "livingCompanions",
         "Categorical",
         "1..1",
         {QStringLiteral("Solo placement recommended"), QStringLiteral("With other children recommended"),
          QStringLiteral("Only with other older children"),
          QStringLiteral("Only with other younger children"), QStringLiteral("No preference")}},
        {"PlacementRequirements",
         "pets",
         "Categorical",
         "1..1",
         {QStringLiteral("Yes - must"), QStringLiteral("Yes - can"), QStringLiteral("No"),
          QStringLiteral("Not Known")}},
        {"PlacementRequirements",
         "additionalSupport",
         "Categorical",
         "0..1",
         {QStringLiteral("additional supervision"), QStringLiteral("therapeutic support"),
          QStringLiteral("a worker for respite"), QStringLiteral("taxis to school"), QStringLiteral("NA"),
          QStringLiteral("other (please specify)")}},
        {"PlacementRequirements", "deprivationOfLiberty", "Boolean", "0..1", {}},
        {"PlacementRecommendation",
         "fosterCareSuitability",
         "Categorical",
         "1..1",
         {QStringLiteral("Preferred"), QStringLiteral("Suitable but not preferred"),
          QStringLiteral("Unsuitable"), QStringLiteral("Not specified")}},
        {"PlacementRecommendation",
         "residentialCareSuitability",
         "Categorical",
         "1..1",
         {QStringLiteral("Preferred"), QStringLiteral("Suitable but not preferred"),
          QStringLiteral("Unsuitable"), QStringLiteral("Not specified")}},
        {"PlacementRecommendation",
         "supportedAccommodationSuitability",
         "Categorical",
         "1..1",
         {QStringLiteral("Preferred"), QStringLiteral("Suitable but not preferred"),
          QStringLiteral("Unsuitable"), QStringLiteral("Not specified")}},
        {"Risks",
         "riskSelfHarm",
         "Categorical",
         "1..1",
         {QStringLiteral("No known risk"), QStringLiteral("Risk Present")}},
        {"Risks",
         "riskSexualExploitation",
         "Categorical",
         "1..1",
         {QStringLiteral("No known risk"), QStringLiteral("Risk Present")}},
        {"Risks",
         "riskCriminalExploitation",
         "Categorical",
         "1..1",
         {QStringLiteral("No known risk"), QStringLiteral("Risk Present")}},
        {"Risks",
         "riskDrugAlcohol",
         "Categorical",
         "1..1",
         {QStringLiteral("No known risk"), QStringLiteral("Risk Present")}},
        {"Risks",
         "riskEatingDisorder",
         "Categorical",
         "1..1",
         {QStringLiteral("No known risk"), QStringLiteral("Risk Present")}},
        {"Risks",
         "riskMissing",
         "Categorical",
         "1..1",
         {QStringLiteral("No known risk"), QStringLiteral("Risk Present")}},
        {"Risks", "riskOther", "String", "0..1", {}},
        {"Risks",
         "riskToOthersPhysical",
         "Categorical",
         "1..1",
         {QStringLiteral("No known risk"), QStringLiteral("Risk Present")}},
        {"Risks",
         "riskToOthersSexual",
         "Categorical",
         "1..1",
         {QStringLiteral("No known risk"), QStringLiteral("Risk Present")}},
        {"Risks",
         "riskToOthersFire",
         "Categorical",
         "1..1",
         {QStringLiteral("No known risk"), QStringLiteral("Risk Present")}},
        {"Risks",
         "riskToOthersAnimals",
         "Categorical",
         "1..1",
         {QStringLiteral("No known risk"), QStringLiteral("Risk Present")}},
        {"Risks",
         "riskToOthersCriminal",
         "Categorical",
         "1..1",
         {QStringLiteral("No known risk"), QStringLiteral("Risk Present")}},
        {"Risks", "riskToOthersOther", "String", "0..1", {}},
        {"ActualPlacement", "totalWeeklyCost", "Integer", "1..1", {}},
        {"ActualPlacement", "placementLocation", "String", "1..1", {}},
        {"ActualPlacement", "preferabilityLocation", "Boolean", "1..1", {}},
        {"ActualPlacement", "educationContinuity", "Boolean", "1..1", {}},
        {"ActualPlacement", "providerURN", "String", "1..1", {}},
        {"ActualPlacement", "siblingsPlacedTogether", "Integer", "1..1", {}},
        {"ActualPlacement",
         "placementType",
         "Categorical",
         "1..1",
         {QStringLiteral("Residential"), QStringLiteral("Foster"),
          QStringLiteral("Supported Accommodation")}},
        {"QualityAssurance", "referralOfficerName", "String", "0..1", {}},
        {"QualityAssurance", "referralDate", "Date", "1..1", {}},
        {"QualityAssurance", "placementOfficerName", "String", "1..1", {}},
        {"QualityAssurance", "placementDate", "Date", "1..1", {}},
        {"QualityAssurance", "costOfficerName", "String", "0..1", {}},
        {"QualityAssurance", "costDate", "Date", "1..1", {}},
    };
    return table;
}

QStringList PlacementsStandard::entities() {
    QStringList out;
    for (const StandardField& f : fields())
        if (!out.contains(QLatin1String(f.entity)))
            out << QString::fromLatin1(f.entity);
    return out;
}

QStringList PlacementsStandard::referralEntities() {
    return {QStringLiteral("PlacementAvailability"), QStringLiteral("PlacementRequirements"),
            QStringLiteral("PlacementRecommendation"), QStringLiteral("Risks")};
}

QStringList PlacementsStandard::validate(const QJsonObject& referral) {
    QStringList errors;
    const QStringList known = entities();
    for (auto it = referral.begin(); it != referral.end(); ++it) {
        if (it.key() == kExtension) {
            if (!it.value().isObject()) {
                errors << QStringLiteral("%1: must be an object").arg(kExtension);
                continue;
            }
            for (const QString& key : it.value().toObject().keys())
                if (!kExtensionKeys.contains(key))
                    errors << QStringLiteral("%1.%2: not a field Placement Desk knows").arg(kExtension, key);
        } else if (!known.contains(it.key())) {
            errors << QStringLiteral("%1: not an entity of the Placements Data Standard v2 (nor %2)")
                          .arg(it.key(), kExtension);
        } else if (!it.value().isObject()) {
            errors << QStringLiteral("%1: must be an object").arg(it.key());
        }
    }
    for (const QString& entity : known) {
        const QJsonValue value = referral.value(entity);
        if (value.isUndefined()) {
            if (referralEntities().contains(entity))
                errors << QStringLiteral("%1: missing (every referral has it)").arg(entity);
            continue;
        }
        const QJsonObject object = value.toObject();
        QStringList names;
        for (const StandardField& f : fields()) {
            if (entity != QLatin1String(f.entity))
                continue;
            names << QString::fromLatin1(f.name);
            const QJsonValue v = object.value(QLatin1String(f.name));
            if (v.isUndefined() || v.isNull()) {
                if (QLatin1String(f.cardinality).startsWith(QLatin1String("1")))
                    errors << QStringLiteral("%1.%2: missing (required by the standard)")
                                  .arg(entity, QLatin1String(f.name));
                continue;
            }
            if (const QString problem = checkValue(f, v); !problem.isEmpty())
                errors << QStringLiteral("%1.%2: %3").arg(entity, QLatin1String(f.name), problem);
        }
        for (const QString& key : object.keys())
            if (!names.contains(key))
                errors << QStringLiteral("%1.%2: not a field of the standard").arg(entity, key);
    }
    return errors;
}

} // namespace pd::core
