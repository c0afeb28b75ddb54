// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace pd::core {
class Database;
}

namespace pd::ui {

/// One of the team's areas (a main-window tab). It reads through core services only.
class Area : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// The database every area works on; null when none is open. Not owned.
    virtual void setDatabase(core::Database* db)
    {
        m_db = db;
        refresh();
    }
    /// Re-reads what the area shows (after a change or File › Open).
    virtual void refresh() = 0;

protected:
    core::Database* database() const { return m_db; }

private:
    core::Database* m_db = nullptr;
};

} // namespace pd::ui
