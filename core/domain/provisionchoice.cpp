// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/provisionchoice.h"

#include <QHash>
#include <functional>

namespace pd::core {

namespace {
QString day(const QDate& d) {
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

QStringList withSuffix(const QStringList& labels, const std::function<QString(int)>& suffix) {
    QHash<QString, int> seen;
    for (const QString& l : labels)
        ++seen[l];
    QStringList out = labels;
    for (int i = 0; i < out.size(); ++i)
        if (seen.value(labels[i]) > 1)
            out[i] += suffix(i);
    return out;
}
} // namespace

QString ProvisionChoice::label() const {
    QString text = QStringLiteral("%1 — %2").arg(providerName, provisionName);
    text += postcode.isEmpty() ? QStringLiteral(", no postcode") : QStringLiteral(", ") + postcode;
    if (!vacancyFrom.isValid())
        return text + QStringLiteral(" — no open vacancy");
    text += QStringLiteral(" — vacancy from %1").arg(day(vacancyFrom));
    if (vacancyUntil.isValid())
        text += QStringLiteral(" to %1").arg(day(vacancyUntil));
    return text + (vacancyPlaces == 1 ? QStringLiteral(" (1 place)")
                                      : QStringLiteral(" (%1 places)").arg(vacancyPlaces));
}

QStringList ProvisionChoice::distinctLabels(const QList<ProvisionChoice>& choices) {
    QStringList labels;
    for (const ProvisionChoice& c : choices)
        labels << c.label();
    labels = withSuffix(labels, [&choices](int i) {
        return choices[i].code.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(choices[i].code);
    });
    return withSuffix(labels,
                      [&choices](int i) { return QStringLiteral(" [home %1]").arg(choices[i].provisionId); });
}

} // namespace pd::core
