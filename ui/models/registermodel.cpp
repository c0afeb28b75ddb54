// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/registermodel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace pd::ui {

QString RegisterModel::pounds(double amount) {
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toCurrencyString(amount, QStringLiteral("£"));
}

QString RegisterModel::shortKind(core::ProviderKind kind) {
    // The table is wide: the provider page and the filter show the full words.
    switch (kind) {
    case core::ProviderKind::InHouseFostering:
        return tr("In-house fostering");
    case core::ProviderKind::InHouseHome:
        return tr("In-house home");
    case core::ProviderKind::Ifa:
        return tr("IFA");
    case core::ProviderKind::ChildrensHome:
        return tr("Children's home");
    case core::ProviderKind::ResidentialSchool:
        return tr("Residential school");
    case core::ProviderKind::SupportedAccommodation:
        return tr("Supported");
    case core::ProviderKind::ParentAndChild:
        return tr("Parent and child");
    }
    return {};
}

RegisterModel::RegisterModel(QObject* parent) : QAbstractTableModel(parent) {}

void RegisterModel::setRows(QList<core::RegisterRow> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void RegisterModel::setOrigin(std::optional<core::Coordinates> origin) {
    m_origin = origin;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Miles), index(rowCount() - 1, Miles));
}

int RegisterModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegisterModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> RegisterModel::miles(const core::RegisterRow& r) const {
    if (!m_origin || !r.location)
        return std::nullopt;
    return core::milesBetween(*m_origin, *r.location);
}

QVariant RegisterModel::display(const core::RegisterRow& r, int column) const {
    const bool hasProvision = r.provisionId != 0;
    switch (column) {
    case Provider:
        return r.providerName;
    case Kind:
        return shortKind(r.kind);
    case Framework:
        return core::label(r.frameworkStatus);
    case Rating:
        return r.rating == core::OfstedRating::None ? QString() : core::label(r.rating);
    case Provision:
        return hasProvision ? r.provisionName : tr("(no provisions yet)");
    case Type:
        return hasProvision ? core::label(r.type) : QString();
    case Ages:
        return hasProvision ? tr("%1\u2013%2").arg(r.minAge).arg(r.maxAge) : QString();
    case Places:
        return hasProvision ? QVariant(r.places) : QVariant();
    case Skills: {
        QStringList labels;
        for (const QString& s : r.skills)
            labels << core::labelOfCode<core::Skill>(s);
        return labels.join(QStringLiteral(", "));
    }
    case Vacancy:
        if (r.vacantPlacesNow > 0)
            return r.vacantPlacesNow == 1 ? tr("1 place now") : tr("%1 places now").arg(r.vacantPlacesNow);
        return r.nextVacancy.isValid()
                   ? tr("from %1").arg(QLocale().toString(r.nextVacancy, QLocale::ShortFormat))
                   : QString();
    case WeeklyFee:
        return hasProvision ? pounds(r.weeklyFee) : QString();
    case Postcode:
        return r.postcode;
    case Miles: {
        const auto m = miles(r);
        return m ? QString::number(*m, 'f', 1) : QString();
    }
    }
    return {};
}

QVariant RegisterModel::sortValue(const core::RegisterRow& r, int column) const {
    switch (column) {
    case Ages:
        return r.minAge * 100 + r.maxAge;
    case Places:
        return r.places;
    case Vacancy:
        return r.vacantPlacesNow > 0
                   ? QStringLiteral("0")
                   : (r.nextVacancy.isValid() ? r.nextVacancy.toString(Qt::ISODate) : QStringLiteral("9"));
    case WeeklyFee:
        return r.weeklyFee;
    case Rating:
        return int(r.rating == core::OfstedRating::None ? 99 : int(r.rating));
    case Miles:
        return miles(r).value_or(1e9);
    default:
        return display(r, column);
    }
}

QVariant RegisterModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const core::RegisterRow& r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case SortRole:
        return sortValue(r, index.column());
    case ProviderIdRole:
        return r.providerId;
    case ProvisionIdRole:
        return r.provisionId;
    case Qt::TextAlignmentRole:
        if (index.column() == WeeklyFee || index.column() == Places || index.column() == Miles)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // Barred providers are shown, greyed, so nobody mistakes them for options.
        if (core::isBarred(r.frameworkStatus))
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (index.column() == Rating && r.rating == core::OfstedRating::Inadequate)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Kind)
            return core::label(r.kind);
        if (index.column() == Skills)
            return display(r, Skills);
        if (core::isBarred(r.frameworkStatus))
            return tr("%1: no new placements").arg(core::label(r.frameworkStatus));
        return {};
    }
    return {};
}

QVariant RegisterModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Provider:
        return tr("Provider");
    case Kind:
        return tr("Kind");
    case Framework:
        return tr("Framework");
    case Rating:
        return tr("Ofsted");
    case Provision:
        return tr("Provision");
    case Type:
        return tr("Type");
    case Ages:
        return tr("Ages");
    case Places:
        return tr("Places");
    case Skills:
        return tr("Skills");
    case Vacancy:
        return tr("Vacancy");
    case WeeklyFee:
        return tr("Weekly fee");
    case Postcode:
        return tr("Postcode");
    case Miles:
        return tr("Miles");
    }
    return {};
}

} // namespace pd::ui
