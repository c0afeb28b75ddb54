// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/newhomeprofile.h"

#include "core/reports/printeddocument.h"

#include <QImage>
#include <QLocale>
#include <cmath>

namespace pd::core {

namespace {

using PD = PrintedDocument;

QString para(const QString& text) {
    return QStringLiteral("<p>") + PD::escaped(text) + QStringLiteral("</p>");
}

/// "Callum", "Callum and Ava", "Callum, Ava and Sam".
QString joinNames(const QStringList& names) {
    if (names.size() < 2)
        return names.value(0);
    return QStringList(names.mid(0, names.size() - 1)).join(QStringLiteral(", ")) + QStringLiteral(" and ") +
           names.last();
}

QString miles(double m) {
    if (m < 1)
        return QStringLiteral("less than a mile");
    const int whole = int(std::lround(m));
    return whole == 1 ? QStringLiteral("about 1 mile") : QStringLiteral("about %1 miles").arg(whole);
}

/// "Varley household" -> "the Varley family"; other names as they are.
QString familyName(const QString& homeName) {
    static const QString suffix = QStringLiteral(" household");
    if (homeName.endsWith(suffix, Qt::CaseInsensitive))
        return QStringLiteral("the %1 family").arg(homeName.chopped(suffix.size()));
    return homeName;
}

QString intro(const NewHomeFacts& f, bool young, const QDate& today) {
    QString where;
    switch (f.type) {
    case PlacementType::Foster:
        where = young ? QStringLiteral("You are going to live with a foster family: %1.")
                            .arg(familyName(f.homeName))
                      : QStringLiteral("You are going to live with foster carers, %1, who work with %2.")
                            .arg(familyName(f.homeName), f.providerName);
        break;
    case PlacementType::Residential:
        where = young
                    ? QStringLiteral("You are going to live at %1. It is a children's home.").arg(f.homeName)
                    : QStringLiteral("You are going to live at %1, a children's home run by %2.")
                          .arg(f.homeName, f.providerName);
        break;
    case PlacementType::Supported:
        where = QStringLiteral("You are going to live at %1, where %2 will support you to live more "
                               "independently.")
                    .arg(f.homeName, f.providerName);
        break;
    }
    QString out = para(where);
    if (f.moveDate.isValid() && f.moveDate >= today)
        out += para(
            QStringLiteral("The plan is for you to move on %1.")
                .arg(QLocale(QLocale::English).toString(f.moveDate, QStringLiteral("dddd d MMMM yyyy"))));
    if (!f.brothersAndSisters.isEmpty())
        out += para(QStringLiteral("%1 will live there with you.").arg(joinNames(f.brothersAndSisters)));
    return out;
}

QString about(const NewHomeFacts& f) {
    const QString text = f.profile.about.trimmed();
    if (text.isEmpty())
        return para(
            f.socialWorker.isEmpty()
                ? QStringLiteral(
                      "They have not written about themselves yet. Your social worker can tell you "
                      "more about them.")
                : QStringLiteral("They have not written about themselves yet. %1, your social worker, can "
                                 "tell you more about them.")
                      .arg(f.socialWorker));
    QString out;
    for (const QString& p : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out += para(p.trimmed());
    return out;
}

QString photos(const NewHomeFacts& f) {
    if (f.profile.photos.isEmpty())
        return para(QStringLiteral("They have not sent photos yet."));
    QString out;
    for (const HomePhoto& p : f.profile.photos) {
        QImage image;
        if (!image.loadFromData(p.image))
            continue; // stored photos were checked when added; a damaged one is left out
        const QString mime =
            p.image.startsWith("\x89PNG") ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
        // About 95 mm wide at most (the layout's units are about 0.225 mm); height in proportion.
        const int width = std::min(image.width(), 420);
        out += QStringLiteral("<p><img width=\"%1\" src=\"data:%2;base64,%3\"></p>")
                   .arg(width)
                   .arg(mime, QString::fromLatin1(p.image.toBase64()));
        if (!p.caption.isEmpty())
            out += QStringLiteral("<p class=\"caption\">") + PD::escaped(p.caption) + QStringLiteral("</p>");
    }
    return out;
}

QString household(const NewHomeFacts& f, bool young) {
    QString out;
    if (f.otherChildren.isEmpty())
        out += para(f.type == PlacementType::Foster
                        ? QStringLiteral("No other children live there just now.")
                        : QStringLiteral("No other young people live there just now."));
    else
        out +=
            para(QStringLiteral("%1 other %2 already %3 there: %4.")
                     .arg(f.otherChildren.size() == 1 ? QStringLiteral("One")
                                                      : QString::number(f.otherChildren.size()))
                     .arg(f.otherChildren.size() == 1 ? QStringLiteral("child") : QStringLiteral("children"))
                     .arg(f.otherChildren.size() == 1 ? QStringLiteral("lives") : QStringLiteral("live"))
                     .arg(NewHomeProfile::describeChildren(f.otherChildren)));
    out += para(f.pets ? QStringLiteral("There are pets.") : QStringLiteral("There are no pets."));
    if (!young || f.smoking)
        out += para(f.smoking ? QStringLiteral("Someone who lives there smokes.")
                              : QStringLiteral("Nobody who lives there smokes."));
    if (!f.languages.isEmpty())
        out += para(QStringLiteral("At home they speak %1.").arg(joinNames(f.languages)));
    return out;
}

QString area(const NewHomeFacts& f, bool young) {
    QString out;
    if (f.milesFromHome >= 0)
        out += para(QStringLiteral("It is %1 from where you live now.").arg(miles(f.milesFromHome)));
    // A postcode district ("RV9") means little to a young child: older ones can look it up.
    if (!f.area.isEmpty() && !young)
        out += para(QStringLiteral("Its postcode starts with %1: you can find that area on a map, and your "
                                   "social worker can show you where the home is.")
                        .arg(f.area));
    else
        out += para(QStringLiteral("Your social worker can show you where it is on a map."));
    return out;
}

QString school(const NewHomeFacts& f) {
    if (!f.keepSchool || f.schoolName.isEmpty())
        return para(QStringLiteral("Your social worker will talk to you about which school you will go to."));
    QString out = para(QStringLiteral("You will keep going to %1.").arg(f.schoolName));
    if (f.milesToSchool >= 0)
        out += para(QStringLiteral("It is %1 from your new home: about %2 minutes by car.")
                        .arg(miles(f.milesToSchool))
                        .arg(NewHomeProfile::minutesByCar(f.milesToSchool)));
    return out;
}

QString quote(const QString& words) {
    QString out;
    for (const QString& p : words.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out += QStringLiteral("<p class=\"quote\">\u201c") + PD::escaped(p.trimmed()) +
               QStringLiteral("\u201d</p>");
    return out;
}

QString words(const NewHomeFacts& f) {
    // The child may not know the name: say who the person is.
    const QString who = f.socialWorker.isEmpty()
                            ? QStringLiteral("your social worker")
                            : QStringLiteral("%1, your social worker").arg(f.socialWorker);
    if (f.childsWishes.trimmed().isEmpty() && f.newHomeMatters.trimmed().isEmpty())
        return para(QStringLiteral("If there is something that matters to you about your new home, tell %1.")
                        .arg(who));
    QString out;
    if (!f.newHomeMatters.trimmed().isEmpty())
        out += para(QStringLiteral("You told us what matters to you about a new home:")) +
               quote(f.newHomeMatters);
    if (!f.childsWishes.trimmed().isEmpty())
        out += para(QStringLiteral("And how you feel about moving:")) + quote(f.childsWishes);
    out += para(
        QStringLiteral("We have read what you told us. If something here is not what you hoped for, if you "
                       "have questions, or if something worries you, you can ask %1.")
            .arg(who));
    return out;
}

} // namespace

QString NewHomeProfile::describeChildren(const QList<HouseholdMember>& members) {
    QStringList parts;
    for (const HouseholdMember& m : members) {
        const QString who = m.sex == QLatin1String("F")   ? QStringLiteral("a girl")
                            : m.sex == QLatin1String("M") ? QStringLiteral("a boy")
                                                          : QStringLiteral("a child");
        parts << QStringLiteral("%1 aged %2").arg(who).arg(m.age);
    }
    return joinNames(parts);
}

int NewHomeProfile::minutesByCar(double miles) {
    const double minutes = miles / 20.0 * 60.0;
    return std::max(5, int(std::lround(minutes / 5.0)) * 5);
}

Result<QString> NewHomeProfile::html(const NewHomeFacts& f, const QDate& today) {
    const bool young = f.age < 11;
    const QString title = f.firstName.isEmpty() ? QStringLiteral("Your new home")
                                                : QStringLiteral("Your new home, %1").arg(f.firstName);
    return PD::fill(
        QStringLiteral("new-home.html"),
        {{QStringLiteral("size"), young ? QStringLiteral("14") : QStringLiteral("12")},
         {QStringLiteral("title_size"), young ? QStringLiteral("22") : QStringLiteral("19")},
         {QStringLiteral("heading_size"), young ? QStringLiteral("17") : QStringLiteral("14")},
         {QStringLiteral("title"), PD::escaped(title)},
         {QStringLiteral("intro"), intro(f, young, today)},
         {QStringLiteral("about_heading"),
          PD::escaped(f.type == PlacementType::Foster ? QStringLiteral("About your carers, in their words")
                                                      : QStringLiteral("About the home, in their words"))},
         {QStringLiteral("about"), about(f)},
         {QStringLiteral("photos"), photos(f)},
         {QStringLiteral("household"), household(f, young)},
         {QStringLiteral("area"), area(f, young)},
         {QStringLiteral("school"), school(f)},
         {QStringLiteral("words"), words(f)},
         {QStringLiteral("footer"),
          PD::escaped(QStringLiteral("Made for you by the placements team. Some things may change "
                                     "before you move: your social worker will tell you."))}});
}

} // namespace pd::core
