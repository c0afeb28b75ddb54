// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/area.h"

namespace pd::ui {

class OverviewTable;

/// The Placements tab.
class PlacementsArea : public Area {
    Q_OBJECT
  public:
    explicit PlacementsArea(QWidget* parent = nullptr);
    void refresh() override;
    OverviewTable* table() const { return m_table; }

  private:
    OverviewTable* m_table;
};

} // namespace pd::ui
