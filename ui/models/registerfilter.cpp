// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/registerfilter.h"

#include "core/services/desk.h"
#include "ui/models/registermodel.h"

namespace pd::ui {

RegisterFilter::RegisterFilter(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(RegisterModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void RegisterFilter::setRegister(RegisterModel* model) {
    m_register = model;
    setSourceModel(model);
}

void RegisterFilter::changed() {
    invalidateFilter();
}

void RegisterFilter::setKind(std::optional<core::ProviderKind> kind) {
    m_criteria.kind = kind;
    changed();
}

void RegisterFilter::setFrameworkStatus(std::optional<core::FrameworkStatus> status) {
    m_criteria.frameworkStatus = status;
    changed();
}

void RegisterFilter::setRating(std::optional<core::OfstedRating> rating) {
    m_criteria.rating = rating;
    changed();
}

void RegisterFilter::setSkill(const QString& skillCode) {
    m_criteria.skill = skillCode;
    changed();
}

void RegisterFilter::setVacancyNow(bool only) {
    m_criteria.vacancyNow = only;
    changed();
}

void RegisterFilter::setText(const QString& text) {
    m_criteria.text = text.trimmed();
    changed();
}

core::Status RegisterFilter::setWithinMiles(const QString& postcode, double miles) {
    std::optional<core::Coordinates> origin;
    core::Status status;
    if (!postcode.trimmed().isEmpty()) {
        if (!m_desk) {
            status = core::Error::invalid(tr("Open a database to measure distances."));
        } else if (auto found = m_desk->providerRegister().findPostcode(postcode); !found) {
            status = found.error();
        } else if (!found.value()) {
            status = core::Error::notFound(
                tr("%1 is not in the postcode table, so distances from it are unknown. "
                   "Import a postcode file (Import \u203a Postcodes) or check the postcode.")
                    .arg(postcode.trimmed().toUpper()));
        } else {
            origin = found.value();
        }
    }
    m_criteria.origin = origin;
    m_criteria.maxMiles = miles;
    if (m_register)
        m_register->setOrigin(origin);
    changed();
    return status;
}

bool RegisterFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (sourceParent.isValid() || !m_register || sourceRow >= m_register->rowCount())
        return false;
    return m_criteria.matches(m_register->row(sourceRow));
}

} // namespace pd::ui
