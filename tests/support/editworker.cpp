// SPDX-License-Identifier: GPL-3.0-or-later
// A colleague's PC in a box: makes N edits to one provider record of a shared database, each
// read-then-save like a form, retrying when the save is refused as stale. Exit 3 on any other
// error (e.g. an unhandled "database is locked").
// `pd_edit_worker DB referral ID USER SOCIAL_WORKER` instead saves one referral once, as a
// colleague changing the social worker would.
#include "core/services/referralservice.h"
#include "core/storage/database.h"
#include "core/storage/providerrepository.h"
#include "core/storage/recordwriter.h"
#include "core/storage/referralrepository.h"

#include <QCoreApplication>
#include <cstdio>

using namespace pd::core;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        fprintf(stderr, "usage: pd_edit_worker DB PROVIDER_ID EDITS USER\n");
        return 2;
    }
    auto db = Database::open(args[1]);
    if (!db) {
        fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 3;
    }
    db.value()->setUserName(args[4]);
    if (args[2] == QLatin1String("referral") && args.size() >= 6) {
        auto referral = ReferralRepository(*db.value()).load(args[3].toLongLong());
        if (!referral) {
            fprintf(stderr, "%s\n", qPrintable(referral.error().message));
            return 3;
        }
        referral->socialWorker = args[5];
        if (auto s = ReferralService(*db.value()).save(referral.value()); !s) {
            fprintf(stderr, "%s\n", qPrintable(s.error().message));
            return 3;
        }
        return 0;
    }
    const qint64 id = args[2].toLongLong();
    const int edits = args[3].toInt();
    int conflicts = 0;
    for (int i = 0; i < edits;) {
        // Read as the provider's form does, through its repository.
        auto provider = ProviderRepository(*db.value()).find(id);
        if (!provider) {
            fprintf(stderr, "read failed: %s\n", qPrintable(provider.error().message));
            return 3;
        }
        const qint64 version = provider->rowVersion;
        const int counter = int(provider->priceBandLower.value_or(0));
        auto saved = RecordWriter(*db.value())
                         .update(QStringLiteral("providers"), id, version,
                                 {{QStringLiteral("price_band_lower"), counter + 1}});
        if (saved) {
            ++i;
        } else if (saved.error().kind == Error::Kind::Conflict) {
            ++conflicts; // a colleague saved first: re-read and redo the edit, as the user would
        } else {
            fprintf(stderr, "save failed: %s\n", qPrintable(saved.error().message));
            return 3;
        }
    }
    printf("edits %d conflicts %d\n", edits, conflicts);
    return 0;
}
