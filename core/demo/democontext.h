// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/demo/demogenerator.h"
#include "core/demo/demorandom.h"
#include "core/storage/demowriter.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <functional>

namespace pd::core {

/// Where a demo postcode lies: the city (RV) or one of two fictional areas 20–80 miles away.
enum class DemoArea { City, North, South };

/// A provision the histories, vacancies and offers can use.
struct DemoProvision {
    qint64 id = 0;
    QString category;      ///< mix category of a child placed here
    QString placementType; ///< foster, residential, supported
    QString name;          ///< "Varley household", "Thistle View"
    QString urn;           ///< the provider's Ofsted URN
    QString placeProvider; ///< PR1 in-house, PR4 private, PR5 voluntary
    QString postcode;
    double weeklyFee = 0;
    int minAge = 0;
    int maxAge = 17;
};

/// A child looked after on the demo's "today" (referrals for moves pick from these).
struct DemoChild {
    qint64 id = 0;
    QString firstName;
    QString lastName;
    QString sex;
    QDate dob;
    QString ethnicity;
    QString religion;
    QString language;
    QString homePostcode;
    QString legalStatus;
    QString category;
};

/// What the parts of the generator share while they write one demo database.
class DemoContext {
  public:
    DemoContext(Database& db, const DemoOptions& options, const std::function<bool(int)>& progress);

    Database& db;
    DemoWriter writer;
    DemoRandom rng;
    DemoOptions options;
    int scale = 1;

    /// A new postcode in the area, remembered with coordinates for the postcodes table.
    QString postcode(DemoArea area);
    /// Writes every remembered postcode not written yet (sorted, so the file is the same for a
    /// seed): before the referrals (the services measure distances) and again at the end.
    Status writePostcodes();

    /// Reports progress; an error when the user cancelled (the caller's transaction rolls back).
    Status progress(int percent);

    QHash<QString, QList<DemoProvision>> provisionsByCategory;
    QList<DemoProvision> allProvisions;
    QHash<QString, qint64> budgetLineByCategory;
    QString inHouseFosteringUrn;
    QSet<QString> providerNames;
    QList<DemoChild> childrenNow;
    int childrenWritten = 0; ///< the last RV number given to a child
    QStringList officers;
    QStringList socialWorkers;      ///< display names, as referrals record them
    QStringList socialWorkerLogins; ///< the same people's logins, for transitions
    QString manager;
    QString budgetHolder;
    /// Pounds spent per category per financial year ending (yyyy-03-31), for believable budgets.
    QMap<QString, QMap<QString, double>> spend;

  private:
    QMap<QString, QPair<double, double>> m_postcodes;
    QSet<QString> m_written;
    std::function<bool(int)> m_progress;
};

/// The parts, in the order demogenerator.cpp runs them.
Status writeDemoProviders(DemoContext& c);
/// Two in three provisions get an "about us" written for children (provision_profiles).
Status writeDemoHomeProfiles(DemoContext& c);
Status writeDemoVacancies(DemoContext& c);
Status writeDemoChildren(DemoContext& c);
Status writeDemoReferrals(DemoContext& c);
/// Reviews, contract changes, pre-disruption meetings and endings of the current placements.
Status writeDemoPlacementLife(DemoContext& c);
/// Invoices for the placements made through the program, a block contract and fee uplifts (demomoney.cpp).
Status writeDemoMoney(DemoContext& c);

/// The financial year (ending 31 March, "yyyy-03-31") a date falls in.
QString demoYearEnding(const QDate& date);

} // namespace pd::core
