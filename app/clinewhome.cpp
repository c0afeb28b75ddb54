// SPDX-License-Identifier: GPL-3.0-or-later
// new-home and home-profile: the child's "your new home" profile and the homes' profiles it reads.
#include "app/clicommand.h"
#include "core/services/desk.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace pd::app {

namespace {

core::Result<qint64> idOption(CliContext& c, const QString& name, bool required) {
    const QString value = c.parser.value(name);
    if (value.isEmpty())
        return required ? core::Result<qint64>(
                              core::Error::invalid(QStringLiteral("--%1 N is required.").arg(name)))
                        : core::Result<qint64>(qint64(0));
    bool ok = false;
    const qint64 id = value.toLongLong(&ok);
    if (!ok || id <= 0)
        return core::Error::invalid(
            QStringLiteral("--%1 takes a number (an id), not '%2'.").arg(name, value));
    return id;
}

core::Result<QByteArray> readFile(const QString& path, const QString& what) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return core::Error::io(
            QStringLiteral("Could not read the %1 %2: %3").arg(what, path, f.errorString()));
    return f.readAll();
}

int runNewHome(CliContext& c) {
    auto doc = referralDocument(c);
    if (!doc)
        return fail(c, doc.error());
    const QString& out = doc->out;
    auto offer = idOption(c, QStringLiteral("offer"), false);
    if (!offer)
        return fail(c, offer.error());
    if (auto s = doc->desk->newHomes().writePdf(doc->referralId, offer.value(), QDate::currentDate(), out);
        !s)
        return fail(c, s.error());
    c.out << "profile written: " << QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()) << "\n";
    return ExitOk;
}

int runHomeProfile(CliContext& c) {
    auto desk = openDeskOption(c, false);
    if (!desk)
        return fail(c, desk.error());
    auto provision = idOption(c, QStringLiteral("provision"), true);
    if (!provision)
        return fail(c, provision.error());
    core::NewHomeProfiles& homes = desk.value()->newHomes();
    auto profile = homes.profile(provision.value());
    if (!profile)
        return fail(c, profile.error());
    if (c.parser.isSet(QStringLiteral("about-file"))) {
        auto text = readFile(c.parser.value(QStringLiteral("about-file")), QStringLiteral("about text"));
        if (!text)
            return fail(c, text.error());
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString about = utf8.decode(text.value());
        if (utf8.hasError())
            return fail(c, core::Error::invalid(
                               QStringLiteral("The about text is not UTF-8: save it as UTF-8 text.")));
        profile->about = about.trimmed();
        if (auto s = homes.saveAbout(profile.value()); !s)
            return fail(c, s.error());
        c.out << "about text saved (" << profile->about.size() << " characters)\n";
    }
    if (c.parser.isSet(QStringLiteral("photo"))) {
        auto image = readFile(c.parser.value(QStringLiteral("photo")), QStringLiteral("photo"));
        if (!image)
            return fail(c, image.error());
        auto photo =
            homes.addPhoto(provision.value(), c.parser.value(QStringLiteral("caption")), image.value());
        if (!photo)
            return fail(c, photo.error());
        c.out << "photo " << photo.value() << " added (" << image->size() << " bytes)\n";
    }
    if (auto now = homes.profile(provision.value()); now) {
        c.out << "provision " << provision.value() << ": about text " << now->about.size() << " characters, "
              << now->photos.size() << " photo(s)\n";
        for (const core::HomePhoto& p : now->photos)
            c.out << "  photo " << p.id << ": " << p.caption << " (" << p.image.size() << " bytes)\n";
    }
    return ExitOk;
}

} // namespace

CliCommand newHomeCommand() {
    return {
        QStringLiteral("new-home"),
        QStringLiteral("new-home --db FILE --referral N [--offer M] --out FILE.pdf"),
        [](QCommandLineParser& p) {
            addReferralOption(p);
            p.addOption({QStringLiteral("offer"),
                         QStringLiteral("The offer the profile is about (default: the accepted, else the "
                                        "chosen offer)."),
                         QStringLiteral("M")});
            p.addOption({QStringLiteral("out"), QStringLiteral("The PDF to write."), QStringLiteral("FILE")});
        },
        &runNewHome};
}

CliCommand homeProfileCommand() {
    return {QStringLiteral("home-profile"),
            QStringLiteral("home-profile --db FILE --provision N [--about-file TEXT.txt] [--photo FILE "
                           "[--caption TEXT]]"),
            [](QCommandLineParser& p) {
                addDbOption(p);
                p.addOption({QStringLiteral("provision"), QStringLiteral("The provision's id."),
                             QStringLiteral("N")});
                p.addOption(
                    {QStringLiteral("about-file"),
                     QStringLiteral("UTF-8 text: the home described for a child, in the provider's words."),
                     QStringLiteral("FILE")});
                p.addOption({QStringLiteral("photo"), QStringLiteral("A PNG or JPEG photo to add."),
                             QStringLiteral("FILE")});
                p.addOption({QStringLiteral("caption"), QStringLiteral("The photo's caption."),
                             QStringLiteral("TEXT")});
            },
            &runHomeProfile};
}

} // namespace pd::app
