// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/referral.h"

#include "core/domain/criterionvocabulary.h"
#include "core/domain/placementsstandard.h"
#include "core/domain/provision.h"

#include <QJsonArray>

namespace pd::core {

namespace {

const QString kExtension = QStringLiteral("PlacementDeskExtension");

QString isoDate(const QDate& d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonArray criteriaToJson(const QList<Criterion>& list) {
    QJsonArray a;
    for (const Criterion& c : list)
        a.append(QJsonObject{{QStringLiteral("kind"), c.kind}, {QStringLiteral("value"), c.value}});
    return a;
}

// Criteria come only from the closed vocabulary (criterionvocabulary.h); anything else is
// reported by field so an import refuses it, and values are kept in the vocabulary's spelling.
QList<Criterion> criteriaFromJson(const QJsonValue& v, const QString& where, QStringList* errors) {
    QList<Criterion> out;
    const QJsonArray items = v.toArray();
    if (!v.isUndefined() && !v.isNull() && !v.isArray() && errors)
        errors->append(QStringLiteral("%1: must be a list of {\"kind\", \"value\"} objects").arg(where));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(where).arg(i);
        const QJsonObject o = items.at(i).toObject();
        const QJsonValue value = o.value(QStringLiteral("value"));
        const Criterion c{o.value(QStringLiteral("kind")).toString(),
                          value.isDouble() ? QString::number(value.toDouble()) : value.toString()};
        if (errors && !items.at(i).isObject())
            errors->append(QStringLiteral("%1: must be an object with a kind and a value").arg(at));
        else if (errors && !value.isUndefined() && !value.isNull() && !value.isDouble() && !value.isString())
            errors->append(QStringLiteral("%1.value: must be text or a number").arg(at));
        else if (const QString problem = criterionProblem(c); errors && !problem.isEmpty())
            errors->append(QStringLiteral("%1.%2: %3")
                               .arg(at,
                                    criterionKind(c.kind) ? QStringLiteral("value") : QStringLiteral("kind"),
                                    problem));
        out.append(canonicalCriterion(c));
    }
    return out;
}

QDate dateField(const QJsonObject& o, const QString& key, const QString& where, QStringList* errors) {
    const QString text = o.value(key).toString();
    if (text.isEmpty())
        return {};
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() && errors)
        errors->append(QStringLiteral("%1.%2: '%3' is not a date (use yyyy-mm-dd)").arg(where, key, text));
    return d;
}

} // namespace

QString Criterion::description() const {
    return criterionWording(*this);
}

int ReferralChild::ageOn(const QDate& reference) const {
    if (!dateOfBirth.isValid() || !reference.isValid())
        return -1;
    int age = reference.year() - dateOfBirth.year();
    if (reference.month() < dateOfBirth.month() ||
        (reference.month() == dateOfBirth.month() && reference.day() < dateOfBirth.day()))
        --age;
    return age;
}

QString ReferralChild::initials() const {
    QString out;
    if (!firstName.isEmpty())
        out += firstName.at(0).toUpper();
    if (!lastName.isEmpty())
        out += lastName.at(0).toUpper();
    return out;
}

QJsonObject Referral::toJson() const {
    QJsonObject entities[4];
    const QStringList names = PlacementsStandard::referralEntities();
    auto entity = [&](const char* name) -> QJsonObject& {
        return entities[names.indexOf(QLatin1String(name))];
    };

    entity("PlacementAvailability")
        .insert(QStringLiteral("childId"), children.isEmpty() ? 0 : children.first().childId);
    entity("PlacementAvailability").insert(QStringLiteral("siblingCount"), siblingCount);
    for (const StandardField& f : PlacementsStandard::fields()) {
        if (f.text && !(this->*f.text).isEmpty())
            entity(f.entity).insert(QLatin1String(f.name), this->*f.text);
        if (f.flag)
            entity(f.entity).insert(QLatin1String(f.name), this->*f.flag);
    }
    entity("PlacementRequirements")
        .insert(QStringLiteral("specificCommunicationRequirements"),
                QJsonArray::fromStringList(specificCommunicationRequirements));

    QJsonArray kids;
    for (const ReferralChild& c : children) {
        kids.append(QJsonObject{{QStringLiteral("childId"), c.childId},
                                {QStringLiteral("firstName"), c.firstName},
                                {QStringLiteral("lastName"), c.lastName},
                                {QStringLiteral("dateOfBirth"), isoDate(c.dateOfBirth)},
                                {QStringLiteral("sex"), c.sex},
                                {QStringLiteral("ethnicity"), c.ethnicity},
                                {QStringLiteral("religion"), c.religion},
                                {QStringLiteral("firstLanguage"), c.firstLanguage},
                                {QStringLiteral("needs"), QJsonArray::fromStringList(c.needs)},
                                {QStringLiteral("legalStatus"), c.legalStatus}});
    }
    QJsonArray contacts;
    for (const ContactArrangement& c : contact)
        contacts.append(QJsonObject{{QStringLiteral("with"), c.with},
                                    {QStringLiteral("sessionsPerWeek"), c.sessionsPerWeek},
                                    {QStringLiteral("postcode"), c.postcode}});
    const QJsonObject extension{
        {QStringLiteral("reference"), reference},
        {QStringLiteral("emergency"), emergency},
        {QStringLiteral("neededByDate"), isoDate(neededByDate)},
        {QStringLiteral("socialWorker"), socialWorker},
        {QStringLiteral("children"), kids},
        {QStringLiteral("homePostcode"), homePostcode},
        {QStringLiteral("schoolName"), schoolName},
        {QStringLiteral("schoolPostcode"), schoolPostcode},
        {QStringLiteral("keepSchoolPlace"), keepSchoolPlace},
        {QStringLiteral("contact"), contacts},
        {QStringLiteral("essentialCriteria"), criteriaToJson(essentialCriteria)},
        {QStringLiteral("desirableCriteria"), criteriaToJson(desirableCriteria)},
        {QStringLiteral("expectedOutcomes"), QJsonArray::fromStringList(expectedOutcomes)},
        {QStringLiteral("budgetGuideWeekly"), budgetGuideWeekly},
        {QStringLiteral("communicationOther"), communicationOther},
        {QStringLiteral("additionalSupportOther"), additionalSupportOther},
        {QStringLiteral("childsWishes"), childsWishes},
        {QStringLiteral("newHomeMatters"), newHomeMatters},
    };
    QJsonObject out;
    for (int i = 0; i < names.size(); ++i)
        out.insert(names[i], entities[i]);
    if (!actualPlacementType.isEmpty())
        out.insert(QStringLiteral("ActualPlacement"),
                   QJsonObject{{QStringLiteral("totalWeeklyCost"), actualTotalWeeklyCost},
                               {QStringLiteral("placementLocation"), actualPlacementLocation},
                               {QStringLiteral("preferabilityLocation"), actualPreferabilityLocation},
                               {QStringLiteral("educationContinuity"), actualEducationContinuity},
                               {QStringLiteral("providerURN"), actualProviderUrn},
                               {QStringLiteral("siblingsPlacedTogether"), actualSiblingsPlacedTogether},
                               {QStringLiteral("placementType"), actualPlacementType}});
    // The standard makes these four required, so the entity is written only once all are known.
    if (referralDate.isValid() && placementDate.isValid() && costDate.isValid() &&
        !placementOfficerName.isEmpty()) {
        QJsonObject qa{{QStringLiteral("referralDate"), isoDate(referralDate)},
                       {QStringLiteral("placementOfficerName"), placementOfficerName},
                       {QStringLiteral("placementDate"), isoDate(placementDate)},
                       {QStringLiteral("costDate"), isoDate(costDate)}};
        if (!referralOfficerName.isEmpty())
            qa.insert(QStringLiteral("referralOfficerName"), referralOfficerName);
        if (!costOfficerName.isEmpty())
            qa.insert(QStringLiteral("costOfficerName"), costOfficerName);
        out.insert(QStringLiteral("QualityAssurance"), qa);
    }
    out.insert(kExtension, extension);
    return out;
}

Referral Referral::fromJson(const QJsonObject& json, QStringList* errors) {
    Referral r;
    auto report = [errors](const QString& message) {
        if (errors)
            errors->append(message);
    };
    for (const QString& name : PlacementsStandard::referralEntities()) {
        const QJsonValue v = json.value(name);
        if (!v.isUndefined() && !v.isObject())
            report(QStringLiteral("%1: must be an object").arg(name));
    }
    for (const StandardField& f : PlacementsStandard::fields()) {
        if (!f.text || QLatin1String(f.type) != QLatin1String("Categorical"))
            continue;
        const QJsonValue v = json.value(QLatin1String(f.entity)).toObject().value(QLatin1String(f.name));
        if (v.isUndefined() || v.isNull())
            continue;
        const QString text = v.toString();
        if (!v.isString() || !f.options.contains(text))
            report(QStringLiteral("%1.%2: '%3' is not one of: %4")
                       .arg(QLatin1String(f.entity), QLatin1String(f.name),
                            v.isString() ? text : QStringLiteral("(not text)"),
                            f.options.join(QStringLiteral(", "))));
        else
            r.*f.text = text;
    }
    for (const StandardField& f : PlacementsStandard::fields())
        if (f.text && QLatin1String(f.type) == QLatin1String("String"))
            r.*f.text =
                json.value(QLatin1String(f.entity)).toObject().value(QLatin1String(f.name)).toString();
    for (const StandardField& f : PlacementsStandard::fields()) {
        if (!f.flag)
            continue;
        const QJsonValue v = json.value(QLatin1String(f.entity)).toObject().value(QLatin1String(f.name));
        if (v.isUndefined() || v.isNull())
            continue;
        if (!v.isBool())
            report(QStringLiteral("%1.%2: must be true or false")
                       .arg(QLatin1String(f.entity), QLatin1String(f.name)));
        else
            r.*f.flag = v.toBool();
    }
    const QJsonObject availability = json.value(QStringLiteral("PlacementAvailability")).toObject();
    const QJsonValue siblings = availability.value(QStringLiteral("siblingCount"));
    if (!siblings.isUndefined() &&
        (!siblings.isDouble() || siblings.toDouble() < 0 || siblings.toDouble() > 12))
        report(QStringLiteral("PlacementAvailability.siblingCount: must be a whole number from 0 to 12"));
    else
        r.siblingCount = siblings.toInt();

    const QJsonValue comms = json.value(QStringLiteral("PlacementRequirements"))
                                 .toObject()
                                 .value(QStringLiteral("specificCommunicationRequirements"));
    if (!comms.isUndefined()) {
        const QStringList communicationOptions =
            PlacementsStandard::options(u"specificCommunicationRequirements");
        r.specificCommunicationRequirements.clear();
        for (const QJsonValue& c : comms.toArray()) {
            if (!communicationOptions.contains(c.toString()))
                report(QStringLiteral(
                           "PlacementRequirements.specificCommunicationRequirements: '%1' is not one of: %2")
                           .arg(c.toString(), communicationOptions.join(QStringLiteral(", "))));
            else
                r.specificCommunicationRequirements << c.toString();
        }
    }

    const QJsonObject actual = json.value(QStringLiteral("ActualPlacement")).toObject();
    if (!actual.isEmpty()) {
        const QStringList types = PlacementsStandard::options(u"placementType");
        r.actualPlacementType = actual.value(QStringLiteral("placementType")).toString();
        if (!types.contains(r.actualPlacementType)) {
            report(QStringLiteral("ActualPlacement.placementType: '%1' is not one of: %2")
                       .arg(r.actualPlacementType, types.join(QStringLiteral(", "))));
            r.actualPlacementType.clear();
        }
        r.actualTotalWeeklyCost = actual.value(QStringLiteral("totalWeeklyCost")).toInt();
        r.actualPlacementLocation = actual.value(QStringLiteral("placementLocation")).toString();
        r.actualPreferabilityLocation = actual.value(QStringLiteral("preferabilityLocation")).toBool();
        r.actualEducationContinuity = actual.value(QStringLiteral("educationContinuity")).toBool();
        r.actualProviderUrn = actual.value(QStringLiteral("providerURN")).toString();
        r.actualSiblingsPlacedTogether = actual.value(QStringLiteral("siblingsPlacedTogether")).toInt();
    }
    const QJsonObject qa = json.value(QStringLiteral("QualityAssurance")).toObject();
    if (!qa.isEmpty()) {
        const QString where = QStringLiteral("QualityAssurance");
        r.referralOfficerName = qa.value(QStringLiteral("referralOfficerName")).toString();
        r.referralDate = dateField(qa, QStringLiteral("referralDate"), where, errors);
        r.placementOfficerName = qa.value(QStringLiteral("placementOfficerName")).toString();
        r.placementDate = dateField(qa, QStringLiteral("placementDate"), where, errors);
        r.costOfficerName = qa.value(QStringLiteral("costOfficerName")).toString();
        r.costDate = dateField(qa, QStringLiteral("costDate"), where, errors);
    }

    const QJsonObject ext = json.value(kExtension).toObject();
    r.reference = ext.value(QStringLiteral("reference")).toString();
    r.emergency = ext.value(QStringLiteral("emergency")).toBool();
    r.neededByDate = dateField(ext, QStringLiteral("neededByDate"), kExtension, errors);
    r.socialWorker = ext.value(QStringLiteral("socialWorker")).toString();
    int index = 0;
    for (const QJsonValue& v : ext.value(QStringLiteral("children")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString where = QStringLiteral("%1.children[%2]").arg(kExtension).arg(index++);
        ReferralChild c;
        c.childId = o.value(QStringLiteral("childId")).toInteger();
        c.firstName = o.value(QStringLiteral("firstName")).toString();
        c.lastName = o.value(QStringLiteral("lastName")).toString();
        c.dateOfBirth = dateField(o, QStringLiteral("dateOfBirth"), where, errors);
        c.sex = o.value(QStringLiteral("sex")).toString();
        if (!c.sex.isEmpty() && c.sex != QLatin1String("M") && c.sex != QLatin1String("F"))
            report(QStringLiteral("%1.sex: '%2' is not one of: M, F").arg(where, c.sex));
        c.ethnicity = o.value(QStringLiteral("ethnicity")).toString();
        c.religion = o.value(QStringLiteral("religion")).toString();
        c.firstLanguage = o.value(QStringLiteral("firstLanguage")).toString();
        for (const QJsonValue& n : o.value(QStringLiteral("needs")).toArray())
            c.needs << n.toString();
        c.legalStatus = o.value(QStringLiteral("legalStatus")).toString();
        r.children << c;
    }
    r.homePostcode = ext.value(QStringLiteral("homePostcode")).toString();
    r.schoolName = ext.value(QStringLiteral("schoolName")).toString();
    r.schoolPostcode = ext.value(QStringLiteral("schoolPostcode")).toString();
    r.keepSchoolPlace = ext.value(QStringLiteral("keepSchoolPlace")).toBool();
    for (const QJsonValue& v : ext.value(QStringLiteral("contact")).toArray()) {
        const QJsonObject o = v.toObject();
        r.contact.append({o.value(QStringLiteral("with")).toString(),
                          o.value(QStringLiteral("sessionsPerWeek")).toDouble(),
                          o.value(QStringLiteral("postcode")).toString()});
    }
    r.essentialCriteria = criteriaFromJson(ext.value(QStringLiteral("essentialCriteria")),
                                           kExtension + QStringLiteral(".essentialCriteria"), errors);
    r.desirableCriteria = criteriaFromJson(ext.value(QStringLiteral("desirableCriteria")),
                                           kExtension + QStringLiteral(".desirableCriteria"), errors);
    for (const QJsonValue& v : ext.value(QStringLiteral("expectedOutcomes")).toArray())
        r.expectedOutcomes << v.toString();
    r.budgetGuideWeekly = ext.value(QStringLiteral("budgetGuideWeekly")).toDouble();
    r.communicationOther = ext.value(QStringLiteral("communicationOther")).toString();
    r.additionalSupportOther = ext.value(QStringLiteral("additionalSupportOther")).toString();
    r.childsWishes = ext.value(QStringLiteral("childsWishes")).toString();
    r.newHomeMatters = ext.value(QStringLiteral("newHomeMatters")).toString();
    return r;
}

} // namespace pd::core
