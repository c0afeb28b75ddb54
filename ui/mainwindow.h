// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QMainWindow>
#include <QPointer>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTabWidget;

namespace pd::core {
class Desk;
}

namespace pd::ui {

class Area;
class ChangeWatch;
class ChildPage;
class RecentDatabasesMenu;
class SearchPopup;

/// The team's areas in tabs, the File menu and the database in the status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT
  public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Takes the open database's services every area works through (replacing any open one).
    void setDesk(std::unique_ptr<core::Desk> desk);
    core::Desk* desk() const { return m_desk.get(); }
    QTabWidget* tabs() const { return m_tabs; }
    /// Re-reads the screens when the database changes (a save here or a colleague's).
    ChangeWatch* changeWatch() const { return m_changes; }
    QAction* auditLogAction() const { return m_auditLog; }
    QAction* newReferralAction() const { return m_newReferral; }
    /// View > the areas (Ctrl+1 ... Ctrl+4), in tab order.
    const QList<QAction*>& areaActions() const { return m_areaActions; }
    QAction* databaseSettingsAction() const { return m_databaseSettings; }
    QAction* matchingSettingsAction() const { return m_matchingSettings; }
    /// View › Search everything (Ctrl+K) and the search box at the right of the menu bar.
    QAction* searchAction() const { return m_searchAction; }
    QLineEdit* searchBox() const { return m_searchBox; }
    SearchPopup* searchPopup() const { return m_searchPopup; }
    RecentDatabasesMenu* recentMenu() const { return m_recent; }
    /// Opens a database by path or server address; says why in a message box when it cannot.
    bool openLocation(const QString& location);
    /// Opens (or raises) the child's page (children.id); null with no database open.
    ChildPage* openChild(qint64 childId);
    template <typename T> T* area() const {
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
    void buildSearch();
    void addArea(Area* area, const QString& title);
    void openDatabase();
    /// File › Connect to server: a postgresql:// address instead of a file.
    void connectToServer();
    void newDatabase();
    void backupDatabase();
    void databaseSettings();
    void showAbout();
    void updateStatus();
    /// Enables the menu actions the signed-in user may take (the others say why in their tooltip).
    void updateActions();

    std::unique_ptr<core::Desk> m_desk;
    QTabWidget* m_tabs;
    QLabel* m_status;
    QProgressBar* m_busy = nullptr;
    QHash<Area*, QString> m_reading; ///< areas reading off the GUI thread, and what
    QList<Area*> m_areas;
    ChangeWatch* m_changes = nullptr;
    QAction* m_matchingSettings = nullptr;
    QAction* m_auditLog = nullptr;
    QAction* m_newReferral = nullptr;
    QList<QAction*> m_areaActions;
    QAction* m_databaseSettings = nullptr;
    QHash<qint64, QPointer<ChildPage>> m_childPages;
    QAction* m_searchAction = nullptr;
    QLineEdit* m_searchBox = nullptr;
    SearchPopup* m_searchPopup = nullptr;
    RecentDatabasesMenu* m_recent = nullptr;
};

} // namespace pd::ui
