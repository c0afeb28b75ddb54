// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/placementsstandard.h"

#include <QCoreApplication>
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
    QStringLiteral("communicationOther"), QStringLiteral("additionalSupportOther"),
    QStringLiteral("childsWishes"),       QStringLiteral("newHomeMatters")};

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

const QStringList kRiskOptions{QStringLiteral("No known risk"), QStringLiteral("Risk Present")};
const QStringList kSuitability{QStringLiteral("Preferred"), QStringLiteral("Suitable but not preferred"),
                               QStringLiteral("Unsuitable"), QStringLiteral("Not specified")};

#define PD_LABEL(text) QT_TRANSLATE_NOOP("PlacementsStandard", text)

} // namespace

const QList<StandardField>& PlacementsStandard::fields() {
    // Generated from the standard's JSON; tests/core/referralexchange_test.cpp keeps them equal.
    using R = Referral;
    static const QList<StandardField> table = {
        {"PlacementAvailability", "childId", "Integer", "1..1", {}},
        {"PlacementAvailability",
         "neededBy",
         "Categorical",
         "0..1",
         {QStringLiteral("Today"), QStringLiteral("in less than 5 days"),
          QStringLiteral("in more than 5 days")},
         PD_LABEL("Needed"),
         &R::neededBy},
        {"PlacementAvailability", "siblingCount", "Integer", "0..1", {}},
        {"PlacementAvailability",
         "preferredLocation",
         "String",
         "0..1",
         {},
         PD_LABEL("Preferred location"),
         &R::preferredLocation},
        {"PlacementRequirements",
         "communicationNeeds",
         "Categorical",
         "1..1",
         {QStringLiteral("Y"), QStringLiteral("N"), QStringLiteral("Not Specified")},
         PD_LABEL("Communication needs"),
         &R::communicationNeeds},
        {"PlacementRequirements",
         "specificCommunicationRequirements",
         "Categorical",
         "1..*",
         {QStringLiteral("ESOL"), QStringLiteral("BSL"), QStringLiteral("Makaton"), QStringLiteral("Other"),
          QStringLiteral("None")},
         PD_LABEL("Specific requirements")},
        {"PlacementRequirements",
         "homeAdaptation",
         "Boolean",
         "1..1",
         {},
         PD_LABEL("The home needs adapting"),
         nullptr,
         &R::homeAdaptation},
        {"PlacementRequirements",
         "culturalNeeds",
         "Categorical",
         "1..1",
         {QStringLiteral("Required"), QStringLiteral("Not required"), QStringLiteral("Not Known"),
          QStringLiteral("Other")},
         PD_LABEL("Cultural and religious needs"),
         &R::culturalNeeds},
        {"PlacementRequirements",
         "livingCompanions",
         "Categorical",
         "1..1",
         {QStringLiteral("Solo placement recommended"), QStringLiteral("With other children recommended"),
          QStringLiteral("Only with other older children"),
          QStringLiteral("Only with other younger children"), QStringLiteral("No preference")},
         PD_LABEL("Can live alongside"),
         &R::livingCompanions},
        {"PlacementRequirements",
         "pets",
         "Categorical",
         "1..1",
         {QStringLiteral("Yes - must"), QStringLiteral("Yes - can"), QStringLiteral("No"),
          QStringLiteral("Not Known")},
         PD_LABEL("Pets"),
         &R::pets},
        {"PlacementRequirements",
         "additionalSupport",
         "Categorical",
         "0..1",
         {QStringLiteral("additional supervision"), QStringLiteral("therapeutic support"),
          QStringLiteral("a worker for respite"), QStringLiteral("taxis to school"), QStringLiteral("NA"),
          QStringLiteral("other (please specify)")},
         PD_LABEL("Additional support"),
         &R::additionalSupport},
        {"PlacementRequirements",
         "deprivationOfLiberty",
         "Boolean",
         "0..1",
         {},
         PD_LABEL("A deprivation of liberty order applies"),
         nullptr,
         &R::deprivationOfLiberty},
        {"PlacementRecommendation", "fosterCareSuitability", "Categorical", "1..1", kSuitability,
         PD_LABEL("Foster care"), &R::fosterCareSuitability},
        {"PlacementRecommendation", "residentialCareSuitability", "Categorical", "1..1", kSuitability,
         PD_LABEL("Residential care"), &R::residentialCareSuitability},
        {"PlacementRecommendation", "supportedAccommodationSuitability", "Categorical", "1..1", kSuitability,
         PD_LABEL("Supported accommodation"), &R::supportedAccommodationSuitability},
        {"Risks", "riskSelfHarm", "Categorical", "1..1", kRiskOptions, PD_LABEL("Self-harm"),
         &R::riskSelfHarm},
        {"Risks", "riskSexualExploitation", "Categorical", "1..1", kRiskOptions,
         PD_LABEL("Sexual exploitation"), &R::riskSexualExploitation},
        {"Risks", "riskCriminalExploitation", "Categorical", "1..1", kRiskOptions,
         PD_LABEL("Criminal exploitation"), &R::riskCriminalExploitation},
        {"Risks", "riskDrugAlcohol", "Categorical", "1..1", kRiskOptions, PD_LABEL("Drugs and alcohol"),
         &R::riskDrugAlcohol},
        {"Risks", "riskEatingDisorder", "Categorical", "1..1", kRiskOptions, PD_LABEL("Eating disorder"),
         &R::riskEatingDisorder},
        {"Risks", "riskMissing", "Categorical", "1..1", kRiskOptions, PD_LABEL("Going missing"),
         &R::riskMissing},
        {"Risks", "riskOther", "String", "0..1", {}, PD_LABEL("Other risk to the child"), &R::riskOther},
        {"Risks", "riskToOthersPhysical", "Categorical", "1..1", kRiskOptions, PD_LABEL("Physical harm"),
         &R::riskToOthersPhysical},
        {"Risks", "riskToOthersSexual", "Categorical", "1..1", kRiskOptions, PD_LABEL("Sexual harm"),
         &R::riskToOthersSexual},
        {"Risks", "riskToOthersFire", "Categorical", "1..1", kRiskOptions, PD_LABEL("Fire-setting"),
         &R::riskToOthersFire},
        {"Risks", "riskToOthersAnimals", "Categorical", "1..1", kRiskOptions, PD_LABEL("Harm to animals"),
         &R::riskToOthersAnimals},
        {"Risks", "riskToOthersCriminal", "Categorical", "1..1", kRiskOptions,
         PD_LABEL("Criminal exploitation of others"), &R::riskToOthersCriminal},
        {"Risks",
         "riskToOthersOther",
         "String",
         "0..1",
         {},
         PD_LABEL("Other risk to others"),
         &R::riskToOthersOther},
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

const StandardField* PlacementsStandard::field(QStringView name) {
    for (const StandardField& f : fields())
        if (name == QLatin1String(f.name))
            return &f;
    return nullptr;
}

QStringList PlacementsStandard::options(QStringView name) {
    const StandardField* f = field(name);
    return f ? f->options : QStringList();
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
