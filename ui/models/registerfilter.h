// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/registerrow.h"

#include <QSortFilterProxyModel>

namespace pd::core {
class Desk;
}

namespace pd::ui {

class RegisterModel;

/// Filters and sorts the register (core::RegisterCriteria does the matching).
class RegisterFilter : public QSortFilterProxyModel {
    Q_OBJECT
  public:
    explicit RegisterFilter(QObject* parent = nullptr);

    void setRegister(RegisterModel* model);
    /// Where postcodes for setWithinMiles are looked up. Not owned.
    void setDesk(core::Desk* desk) { m_desk = desk; }

    void setKind(std::optional<core::ProviderKind> kind);
    void setFrameworkStatus(std::optional<core::FrameworkStatus> status);
    void setRating(std::optional<core::OfstedRating> rating);
    void setSkill(const QString& skillCode);
    void setVacancyNow(bool only);
    void setText(const QString& text);
    /// Only provisions within miles of the postcode; an unknown postcode is an error and
    /// leaves the distance filter off. An empty postcode clears it.
    core::Status setWithinMiles(const QString& postcode, double miles);
    const core::RegisterCriteria& criteria() const { return m_criteria; }

  protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

  private:
    void changed();
    RegisterModel* m_register = nullptr;
    core::Desk* m_desk = nullptr;
    core::RegisterCriteria m_criteria;
};

} // namespace pd::ui
