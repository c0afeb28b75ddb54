// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/referraljsonchecks.h"

#include "core/domain/entrychecks.h"

#include <QJsonArray>
#include <cmath>

namespace pd::core {

namespace {

const QString kExtension = QStringLiteral("PlacementDeskExtension");

QString shown(const QJsonValue& v) {
    if (v.isString())
        return QStringLiteral("\"%1\"").arg(v.toString());
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return v.isBool()     ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
           : v.isArray()  ? QStringLiteral("a list")
           : v.isObject() ? QStringLiteral("an object")
                          : QStringLiteral("null");
}

/// Checks one member of an object against what it must be; absent and null members pass.
class Members {
  public:
    Members(const QJsonObject& o, const QString& where, QStringList& problems)
        : m_o(o), m_where(where), m_problems(problems) {}

    void text(const char* key) {
        if (const QJsonValue v = get(key); !v.isUndefined() && !v.isString())
            fail(key, QStringLiteral("%1 must be text").arg(shown(v)));
    }
    void boolean(const char* key) {
        if (const QJsonValue v = get(key); !v.isUndefined() && !v.isBool())
            fail(key, QStringLiteral("%1 must be true or false").arg(shown(v)));
    }
    void list(const char* key) {
        if (const QJsonValue v = get(key); !v.isUndefined() && !v.isArray())
            fail(key, QStringLiteral("%1 must be a list").arg(shown(v)));
    }
    void number(const char* key, double min, double max, bool whole, const char* unit) {
        const QJsonValue v = get(key);
        if (v.isUndefined())
            return;
        const double n = v.toDouble();
        if (!v.isDouble() || !std::isfinite(n) || n < min || n > max || (whole && n != std::floor(n)))
            fail(key, QStringLiteral("%1 is not a %2 from %3 to %4%5")
                          .arg(shown(v), whole ? QStringLiteral("whole number") : QStringLiteral("number"))
                          .arg(min)
                          .arg(max, 0, 'f', 0)
                          .arg(QLatin1String(unit)));
    }
    void dateOfBirth(const char* key, const QDate& today) {
        const QJsonValue v = get(key);
        if (!v.isString())
            return; // the type is the text() check's
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (const QString p = dateOfBirthProblem(d, today); !p.isEmpty())
            fail(key, p);
    }

  private:
    QJsonValue get(const char* key) const {
        const QJsonValue v = m_o.value(QLatin1String(key));
        return v.isNull() ? QJsonValue(QJsonValue::Undefined) : v;
    }
    void fail(const char* key, const QString& why) {
        m_problems << QStringLiteral("%1.%2: %3").arg(m_where, QLatin1String(key), why);
    }

    const QJsonObject& m_o;
    QString m_where;
    QStringList& m_problems;
};

} // namespace

QStringList referralExtensionProblems(const QJsonObject& referral, const QDate& today) {
    QStringList problems;
    const QJsonObject ext = referral.value(kExtension).toObject();
    Members m(ext, kExtension, problems);
    for (const char* key :
         {"reference", "neededByDate", "socialWorker", "homePostcode", "schoolName", "schoolPostcode",
          "communicationOther", "additionalSupportOther", "childsWishes", "newHomeMatters"})
        m.text(key);
    for (const char* key : {"emergency", "keepSchoolPlace"})
        m.boolean(key);
    for (const char* key :
         {"children", "contact", "essentialCriteria", "desirableCriteria", "expectedOutcomes"})
        m.list(key);
    m.number("budgetGuideWeekly", 0, 100000, false, " pounds a week");

    const QJsonArray children = ext.value(QStringLiteral("children")).toArray();
    for (int i = 0; i < children.size(); ++i) {
        const QString where = QStringLiteral("%1.children[%2]").arg(kExtension).arg(i);
        if (!children.at(i).isObject()) {
            problems << QStringLiteral("%1: must be an object").arg(where);
            continue;
        }
        const QJsonObject child = children.at(i).toObject();
        Members c(child, where, problems);
        for (const char* key : {"firstName", "lastName", "dateOfBirth", "sex", "ethnicity", "religion",
                                "firstLanguage", "legalStatus"})
            c.text(key);
        c.list("needs");
        c.number("childId", 0, 9007199254740991.0, true, "");
        c.dateOfBirth("dateOfBirth", today);
    }
    const QJsonArray contact = ext.value(QStringLiteral("contact")).toArray();
    for (int i = 0; i < contact.size(); ++i) {
        const QString where = QStringLiteral("%1.contact[%2]").arg(kExtension).arg(i);
        if (!contact.at(i).isObject()) {
            problems << QStringLiteral("%1: must be an object").arg(where);
            continue;
        }
        Members c(contact.at(i).toObject(), where, problems);
        c.text("with");
        c.text("postcode");
        c.number("sessionsPerWeek", 0, 21, false, " a week");
    }
    return problems;
}

QStringList standardNumberProblems(const QJsonObject& referral) {
    struct Range {
        const char* entity;
        const char* name;
        double min, max;
        const char* unit;
    };
    static constexpr Range kRanges[] = {
        {"PlacementAvailability", "childId", 0, 9007199254740991.0, ""},
        {"PlacementAvailability", "siblingCount", 0, 12, ""},
        {"ActualPlacement", "totalWeeklyCost", 0, 100000, " pounds a week"},
        {"ActualPlacement", "siblingsPlacedTogether", 0, 12, ""},
    };
    QStringList problems;
    for (const Range& r : kRanges) {
        const QJsonObject entity = referral.value(QLatin1String(r.entity)).toObject();
        Members(entity, QLatin1String(r.entity), problems).number(r.name, r.min, r.max, true, r.unit);
    }
    return problems;
}

} // namespace pd::core
