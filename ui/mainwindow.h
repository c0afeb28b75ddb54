// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMainWindow>
#include <memory>

class QLabel;
class QTabWidget;

namespace pd::core {
class Database;
}

namespace pd::ui {

class Area;

/// The team's areas in tabs, the File menu and the database in the status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Takes the database every area works on (replacing any open one).
    void setDatabase(std::unique_ptr<core::Database> db);
    core::Database* database() const { return m_db.get(); }
    QTabWidget* tabs() const { return m_tabs; }
    template <typename T> T* area() const
    {
        for (Area* a : m_areas)
            if (auto* t = qobject_cast<T*>(a))
                return t;
        return nullptr;
    }

signals:
    /// The path of a database the user opened or created, for "open the last one next time".
    void databaseOpened(const QString& path);

private:
    void buildMenus();
    void addArea(Area* area, const QString& title);
    void openDatabase();
    void newDatabase();
    void backupDatabase();
    void showAbout();
    void updateStatus();

    std::unique_ptr<core::Database> m_db;
    QTabWidget* m_tabs;
    QLabel* m_status;
    QList<Area*> m_areas;
};

} // namespace pd::ui
