// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/offersmodel.h"

#include <QColor>
#include <QLocale>

namespace pd::ui {

void OffersModel::setOffers(QList<core::CheckedOffer> offers) {
    beginResetModel();
    m_offers = std::move(offers);
    endResetModel();
}

int OffersModel::compliant() const {
    return int(std::count_if(m_offers.begin(), m_offers.end(),
                             [](const core::CheckedOffer& o) { return o.meetsEssential(); }));
}

int OffersModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_offers.size());
}

int OffersModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString OffersModel::text(const core::CheckedOffer& o, int column) const {
    switch (column) {
    case Provider:
        return o.offer.providerName;
    case Home:
        return o.offer.provisionName;
    case Fee:
        return core::formatPounds(o.cost.fee);
    case Extras:
        return core::formatPounds(o.cost.extras);
    case Travel:
        return core::formatPounds(o.cost.schoolTravel + o.cost.contactTravel);
    case WholeCost:
        return core::formatPounds(o.cost.total());
    case Start:
        return o.offer.startDate.isValid() ? QLocale().toString(o.offer.startDate, QLocale::ShortFormat)
                                           : tr("not given");
    case Essential:
        return o.meetsEssential() ? tr("✔ all met") : tr("✘ ") + o.reasons.join(QLatin1Char(' '));
    case Status:
        return o.offer.status;
    }
    return {};
}

QVariant OffersModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_offers.size())
        return {};
    const core::CheckedOffer& o = m_offers[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return text(o, index.column());
    case Qt::ToolTipRole:
        return o.meetsEssential() ? QVariant() : QVariant(o.reasons.join(QLatin1Char('\n')));
    case Qt::BackgroundRole:
        return o.meetsEssential() ? QVariant() : QVariant(QColor(0xfb, 0xe3, 0xe3));
    case int(Role::OfferId):
        return o.offer.id;
    }
    return {};
}

QVariant OffersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Provider:
        return tr("Provider");
    case Home:
        return tr("Home");
    case Fee:
        return tr("Fee");
    case Extras:
        return tr("Extras");
    case Travel:
        return tr("Travel");
    case WholeCost:
        return tr("Whole weekly cost");
    case Start:
        return tr("Start");
    case Essential:
        return tr("Essential criteria");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace pd::ui
