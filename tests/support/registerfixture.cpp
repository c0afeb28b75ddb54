// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/registerfixture.h"

#include "core/exchange/postcodeimport.h"
#include "core/exchange/registerimport.h"
#include "tests/support/catch.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/testsql.h"

#include <QBuffer>
#include <QFile>

namespace pd::test {

core::Result<core::ImportSummary> importText(core::Database& db, Importer importer, const QByteArray& text,
                                             const QString& label) {
    QByteArray data = text;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    return importer(db, buffer, label, {});
}

core::Result<core::ImportSummary> importExample(core::Database& db, const QString& kind) {
    QFile file(QStringLiteral(PD_SOURCE_DIR "/docs/examples/%1.csv").arg(kind));
    if (!file.open(QIODevice::ReadOnly))
        return core::Error::io(QStringLiteral("cannot read the example %1").arg(file.fileName()));
    const QString label = kind + QStringLiteral(".csv");
    if (kind == QLatin1String("postcodes"))
        return core::importPostcodes(db, file, label);
    if (kind == QLatin1String("providers"))
        return core::importProviders(db, file, label);
    if (kind == QLatin1String("provisions"))
        return core::importProvisions(db, file, label);
    return core::importVacancies(db, file, label);
}

void importAllExamples(core::Database& db) {
    for (const char* kind : {"postcodes", "providers", "provisions", "vacancies"})
        PD_REQUIRE_OK(importExample(db, QString::fromLatin1(kind)));
}

QString registerFingerprint(core::Database& db) {
    QStringList parts;
    TestSql sql(db);
    for (const char* table :
         {"postcodes", "providers", "provisions", "household_members", "vacancies", "audit_log"}) {
        const bool versioned = QLatin1String(table) != QLatin1String("postcodes") &&
                               QLatin1String(table) != QLatin1String("audit_log");
        auto rows = sql.rows(QStringLiteral("SELECT COUNT(*), %1 FROM %2")
                                 .arg(versioned ? QStringLiteral("TOTAL(row_version)") : QStringLiteral("0"),
                                      QLatin1String(table)));
        if (!rows || rows->isEmpty())
            return QStringLiteral("error");
        const QVariantList q = rows->first();
        parts << QStringLiteral("%1=%2/%3")
                     .arg(QLatin1String(table), q.value(0).toString(), q.value(1).toString());
    }
    return parts.join(u' ');
}

} // namespace pd::test
