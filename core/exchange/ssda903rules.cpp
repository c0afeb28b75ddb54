// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/ssda903rules.h"

#include "core/domain/ssda903codes.h"

#include <QHash>
#include <algorithm>

namespace pd::core {

namespace {

QString written(const QDate& d) {
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

class Findings {
  public:
    void add(const char* rule, const QString& child, const QDate& start, const QString& reason) {
        m_list.append({QString::fromLatin1(rule), child, start, reason});
    }
    void add(const char* rule, const Ssda903Episode& e, const QString& reason) {
        add(rule, e.childRef, e.start, reason);
    }
    QList<Ssda903Finding> take() { return std::move(m_list); }

  private:
    QList<Ssda903Finding> m_list;
};

void checkChild(const Ssda903Child& c, Findings& out) {
    if (c.sex != u"M" && c.sex != u"F")
        out.add("101", c.childRef, {},
                QStringLiteral("SEX must be 1 or 2; the child's record has '%1'.").arg(c.sex));
    if (!c.dob.isValid())
        out.add("102", c.childRef, {}, QStringLiteral("DOB is not a valid date."));
    if (!ssda903::ethnicityCodes().contains(c.ethnicity))
        out.add("103", c.childRef, {},
                QStringLiteral("ETHNIC '%1' is not a valid ethnicity code.").arg(c.ethnicity));
}

void checkCode(const char* rule, const char* column, const QString& value, const QSet<QString>& codes,
               const Ssda903Episode& e, Findings& out) {
    if (!value.isEmpty() && !codes.contains(value))
        out.add(rule, e, QStringLiteral("%1 '%2' is not a valid code.").arg(QLatin1String(column), value));
}

void checkEpisode(const Ssda903Episode& e, const FinancialYear& year, Findings& out) {
    if (!e.start.isValid()) {
        out.add("141", e, QStringLiteral("DECOM is not a valid date."));
        return;
    }
    checkCode("143", "RNE", e.rne, ssda903::rneCodes(), e, out);
    checkCode("144", "LS", e.legalStatus, ssda903::legalStatusCodes(), e, out);
    checkCode("145", "CIN", e.cin, ssda903::categoryOfNeedCodes(), e, out);
    checkCode("146", "PLACE", e.place, ssda903::placeCodes(), e, out);
    checkCode("149", "REC", e.reasonEnd, ssda903::reasonEndCodes(), e, out);
    checkCode("1009", "REASON_PLACE_CHANGE", e.reasonPlaceChange, ssda903::reasonPlaceChangeCodes(), e, out);
    if (e.rne.isEmpty())
        out.add("143", e, QStringLiteral("RNE is blank."));
    if (e.legalStatus.isEmpty())
        out.add("ls", e,
                QStringLiteral("LS is blank: the legal status was never recorded for this placement."));
    const bool noProvider = ssda903::placeTakesNoProvider(e.place);
    if (!e.placeProvider.isEmpty() && !ssda903::placeProviderCodes().contains(e.placeProvider))
        out.add("178", e, QStringLiteral("PLACE_PROVIDER '%1' is not a valid code.").arg(e.placeProvider));
    if (noProvider && !e.placeProvider.isEmpty())
        out.add("213", e,
                QStringLiteral("PLACE_PROVIDER is given for PLACE %1, which takes none.").arg(e.place));
    if (!noProvider && e.placeProvider.isEmpty())
        out.add("526", e, QStringLiteral("PLACE_PROVIDER is missing for PLACE %1.").arg(e.place));
    if (ssda903::placeTakesNoUrn(e.place) && !e.urn.isEmpty() && e.urn != u"XXXXXX")
        out.add("222", e, QStringLiteral("URN is given for PLACE %1, which takes none.").arg(e.place));
    if (e.end.isValid() != !e.reasonEnd.isEmpty())
        out.add("148", e, QStringLiteral("DEC and REC must both be given or both be blank."));
    if (e.end.isValid() && e.end < e.start)
        out.add("356", e, QStringLiteral("DEC %1 is before DECOM.").arg(written(e.end)));
    if (e.end.isValid() && e.end == e.start)
        out.add("355", e, QStringLiteral("the episode lasted less than a day (DEC = DECOM)."));
    if (e.legalStatus == u"V3" && e.rne != u"S")
        out.add("366", e, QStringLiteral("a V3 short break must start with RNE S, not %1.").arg(e.rne));
    if (ssda903::isTemporaryPlace(e.place) && e.rne != u"P" && e.rne != u"B")
        out.add(
            "380", e,
            QStringLiteral("a period of care cannot start with a temporary placement (%1).").arg(e.place));
    if (ssda903::isTemporaryPlace(e.place) && !e.reasonEnd.isEmpty() && e.reasonEnd != u"X1")
        out.add("381", e,
                QStringLiteral("a period of care cannot end with a temporary placement (%1).").arg(e.place));
    if (e.start > year.end)
        out.add("year", e, QStringLiteral("DECOM is after the end of the year (%1).").arg(written(year.end)));
    if (e.end.isValid() && e.end > year.end)
        out.add("year", e,
                QStringLiteral("DEC %1 is after the end of the year (%2).")
                    .arg(written(e.end), written(year.end)));
    if (e.end.isValid() && e.end < year.start)
        out.add("year", e,
                QStringLiteral("the episode ended (%1) before the year began (%2).")
                    .arg(written(e.end), written(year.start)));
}

bool samePlacement(const Ssda903Episode& a, const Ssda903Episode& b) {
    return a.place == b.place && a.placementPostcode == b.placementPostcode && a.urn == b.urn &&
           a.placeProvider == b.placeProvider;
}

void checkSequence(const QList<const Ssda903Episode*>& episodes, Findings& out) {
    for (qsizetype i = 0; i < episodes.size(); ++i) {
        const Ssda903Episode& e = *episodes.at(i);
        const bool last = i + 1 == episodes.size();
        if (!last && (!e.end.isValid() || e.reasonEnd.isEmpty()))
            out.add("142", e,
                    QStringLiteral("the episode starting %1 follows, but this one has no DEC and REC.")
                        .arg(written(episodes.at(i + 1)->start)));
        if (last && e.end.isValid() && e.reasonEnd == u"X1")
            out.add("388", e, QStringLiteral("REC X1 (a new episode begins) but no episode follows."));
        if (!last && e.end.isValid()) {
            const Ssda903Episode& next = *episodes.at(i + 1);
            if (e.reasonEnd == u"X1" && next.start != e.end)
                out.add("388", e,
                        QStringLiteral("REC X1, but the next episode starts on %1, not on DEC %2.")
                            .arg(written(next.start), written(e.end)));
            if (!e.reasonEnd.isEmpty() && e.reasonEnd != u"X1" && next.start == e.end)
                out.add("388", e,
                        QStringLiteral("the next episode starts on DEC, so REC must be X1, not %1.")
                            .arg(e.reasonEnd));
        }
        if (i == 0)
            continue;
        const Ssda903Episode& prev = *episodes.at(i - 1);
        if (prev.end.isValid() && e.start < prev.end)
            out.add("501", e,
                    QStringLiteral("it starts before the previous episode ends (DEC %1).")
                        .arg(written(prev.end)));
        if (e.rne == u"S" && prev.end.isValid() && e.start <= prev.end)
            out.add("431", e,
                    QStringLiteral("RNE S (started to be looked after), but the previous episode "
                                   "ended on %1.")
                        .arg(written(prev.end)));
        if (e.rne != u"S" && prev.end.isValid() && e.start != prev.end)
            out.add("rne", e,
                    QStringLiteral("RNE %1 continues a period of care, but the previous episode "
                                   "ended on %2: a new period of care starts with RNE S.")
                        .arg(e.rne, written(prev.end)));
        const bool continues = prev.reasonEnd == u"X1" && prev.end == e.start;
        if (continues && e.cin != prev.cin)
            out.add("504", e,
                    QStringLiteral("CIN '%1' differs from '%2' of the episode before it in the same "
                                   "period of care.")
                        .arg(e.cin, prev.cin));
        if (continues && (e.rne == u"B" || e.rne == u"U") &&
            (e.legalStatus == prev.legalStatus || samePlacement(e, prev)))
            out.add("436", e,
                    QStringLiteral("RNE %1 says both the placement and the legal status changed, "
                                   "but the episode data does not show both changes.")
                        .arg(e.rne));
    }
}

} // namespace

QString Ssda903Finding::text() const {
    const QString where = start.isValid()
                              ? QStringLiteral("child %1, episode starting %2").arg(child, written(start))
                              : QStringLiteral("child %1").arg(child);
    const bool dfe = !rule.isEmpty() && rule.at(0).isDigit(); // DfE numbers its rules
    const QString what = dfe ? QStringLiteral("rule %1: ").arg(rule) : QString();
    return QStringLiteral("%1: %2%3").arg(where, what, reason);
}

QList<Ssda903Finding> checkSsda903(const Ssda903Return& data, const FinancialYear& year) {
    Findings out;
    for (const Ssda903Child& c : data.children)
        checkChild(c, out);
    QHash<QString, QList<const Ssda903Episode*>> byChild;
    QStringList order;
    for (const Ssda903Episode& e : data.episodes) {
        checkEpisode(e, year, out);
        auto it = byChild.find(e.childRef);
        if (it == byChild.end()) {
            order << e.childRef;
            it = byChild.insert(e.childRef, {});
        }
        it->append(&e);
    }
    for (const QString& child : order) {
        QList<const Ssda903Episode*>& episodes = byChild[child];
        std::stable_sort(
            episodes.begin(), episodes.end(),
            [](const Ssda903Episode* a, const Ssda903Episode* b) { return a->start < b->start; });
        checkSequence(episodes, out);
    }
    return out.take();
}

QStringList ssda903RulesChecked() {
    return {QStringLiteral("101"), QStringLiteral("102"),  QStringLiteral("103"),  QStringLiteral("141"),
            QStringLiteral("142"), QStringLiteral("143"),  QStringLiteral("144"),  QStringLiteral("145"),
            QStringLiteral("146"), QStringLiteral("148"),  QStringLiteral("149"),  QStringLiteral("178"),
            QStringLiteral("213"), QStringLiteral("222"),  QStringLiteral("355"),  QStringLiteral("356"),
            QStringLiteral("366"), QStringLiteral("380"),  QStringLiteral("381"),  QStringLiteral("388"),
            QStringLiteral("431"), QStringLiteral("436"),  QStringLiteral("501"),  QStringLiteral("504"),
            QStringLiteral("526"), QStringLiteral("1009"), QStringLiteral("year"), QStringLiteral("ls"),
            QStringLiteral("rne")};
}

} // namespace pd::core
