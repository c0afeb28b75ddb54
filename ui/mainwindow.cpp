// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "core/domain/serveraddress.h"
#include "core/services/desk.h"
#include "ui/children/childpage.h"
#include "ui/dashboard/dashboardarea.h"
#include "ui/help/userguidewindow.h"
#include "ui/matching/matchsettingsdialog.h"
#include "ui/money/moneydialog.h"
#include "ui/mywork/myworkarea.h"
#include "ui/placements/placementsarea.h"
#include "ui/referrals/referralsarea.h"
#include "ui/register/providersarea.h"
#include "ui/search/searchpopup.h"
#include "ui/team/auditdialog.h"
#include "ui/team/mydetailsdialog.h"
#include "ui/widgets/changewatch.h"
#include "ui/widgets/permissiongate.h"
#include "ui/widgets/recentdatabases.h"
#include "ui/widgets/recentdatabasesmenu.h"
#include "ui/widgets/searchkeys.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QTabWidget>

namespace pd::ui {

namespace {
const QString kFileFilter = QStringLiteral("Placement Desk databases (*.sqlite *.db);;All files (*)");
}

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_tabs(new QTabWidget(this)), m_status(new QLabel(this)) {
    setWindowTitle(tr("Placement Desk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/placement-desk.svg")));
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    statusBar()->addPermanentWidget(m_status, 1);
    // While an area reads off the GUI thread: what it reads and a busy bar (the window stays usable).
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);

    // The home view first: what the signed-in user has to do (Ctrl+1).
    auto* myWork = new MyWorkArea(this);
    addArea(myWork, tr("My &work"));
    auto* referrals = new ReferralsArea(this);
    addArea(referrals, tr("&Referrals"));
    connect(myWork, &MyWorkArea::referralActivated, referrals, &ReferralsArea::openReferral);
    connect(myWork, &MyWorkArea::childActivated, this, &MainWindow::openChild);
    connect(myWork, &MyWorkArea::invoicesActivated, this, [this] {
        if (m_desk)
            MoneyDialog(*m_desk, this).exec();
    });
    addArea(new ProvidersArea(this), tr("Pr&oviders"));
    auto* placements = new PlacementsArea(this);
    addArea(placements, tr("&Placements"));
    auto* dashboard = new DashboardArea(this);
    addArea(dashboard, tr("&Dashboard"));
    connect(dashboard, &DashboardArea::referralActivated, referrals, &ReferralsArea::openReferral);
    // The child's page opens from the Placements area, the dashboard's drill-down and a referral.
    connect(placements, &PlacementsArea::childActivated, this, &MainWindow::openChild);
    connect(dashboard, &DashboardArea::childActivated, this, &MainWindow::openChild);
    connect(referrals, &ReferralsArea::childActivated, this, &MainWindow::openChild);
    // No stale screens: what changed in the file is re-read where it shows (areas behind a tab
    // when they come to the front); a referral window with unsaved edits only says so.
    m_changes = new ChangeWatch(this);
    connect(m_changes, &ChangeWatch::changed, this, [this, referrals] {
        for (Area* a : m_areas)
            a->reload();
        referrals->noticeChange();
        for (const QPointer<ChildPage>& page : std::as_const(m_childPages))
            if (page)
                page->refresh();
    });
    connect(referrals, &ReferralsArea::savedHere, m_changes, &ChangeWatch::checkNow);
    buildMenus();
    buildSearch();
    // Every database opened, however, goes first in File › Open recent (a server without password).
    connect(this, &MainWindow::databaseOpened, this, [this](const QString& location) {
        RecentDatabases::add(location);
        m_recent->rebuildLater();
    });
    resize(1280, 800);
}

MainWindow::~MainWindow() {
    m_changes->setDesk(nullptr);
    // Areas hold a pointer to the desk: detach them before it closes.
    for (Area* a : m_areas)
        a->setDesk(nullptr);
}

void MainWindow::addArea(Area* area, const QString& title) {
    m_areas << area;
    m_tabs->addTab(area, title);
    connect(area, &Area::reading, this, [this, area](const QString& what) {
        if (what.isEmpty())
            m_reading.remove(area);
        else
            m_reading.insert(area, what);
        m_busy->setVisible(!m_reading.isEmpty());
        m_busy->setAccessibleName(m_reading.isEmpty() ? QString() : m_reading.cbegin().value());
        m_busy->setToolTip(m_busy->accessibleName());
        if (m_reading.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(m_reading.cbegin().value());
    });
    wireAreaSearch(area); // Down from its search box reaches its list, Enter opens
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    // Ctrl+N is what an officer does most: a new referral. A new database is Ctrl+Shift+N.
    m_newReferral = file->addAction(tr("New &referral…"), QKeySequence::New, this, [this] {
        if (auto* referrals = area<ReferralsArea>()) {
            m_tabs->setCurrentWidget(referrals);
            referrals->openReferral(0);
        }
    });
    file->addAction(tr("&New database…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this,
                    &MainWindow::newDatabase);
    file->addAction(tr("&Open database…"), QKeySequence::Open, this, &MainWindow::openDatabase);
    m_recent = new RecentDatabasesMenu(this);
    file->addMenu(m_recent);
    connect(m_recent, &RecentDatabasesMenu::openRequested, this, [this](const QString& location) {
        if (!RecentDatabases::available(location)) { // gone since the menu was built
            QMessageBox::warning(this, tr("Open recent"),
                                 tr("%1 is not there any more: it was moved, renamed or deleted. It is taken "
                                    "off the list; use File \u203a Open database to find it.")
                                     .arg(QDir::toNativeSeparators(location)));
            RecentDatabases::remove(location);
            m_recent->rebuildLater();
            return;
        }
        openLocation(location);
    });
    file->addAction(tr("&Connect to server…"), this, &MainWindow::connectToServer);
    file->addAction(tr("&Back up database…"), this, &MainWindow::backupDatabase);
    file->setToolTipsVisible(true); // a disabled action says why
    m_databaseSettings = file->addAction(tr("Database &settings…"), this, &MainWindow::databaseSettings);
    file->addSeparator();
    file->addAction(tr("&Refresh"), QKeySequence::Refresh, this, [this] {
        for (Area* a : m_areas)
            a->reload();
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    // Ctrl+1 ... Ctrl+5: the areas, in the order of their tabs (My work first).
    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_tabs->count(); ++i) {
        QAction* go =
            view->addAction(m_tabs->tabText(i).remove(u'&'), this, [this, i] { m_tabs->setCurrentIndex(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_areaActions << go;
    }
    view->addSeparator();
    m_searchAction = view->addAction(tr("&Search everything\u2026"), QKeySequence(Qt::CTRL | Qt::Key_K), this,
                                     [this] { m_searchPopup->open(QString(), m_searchBox); });
    view->addAction(tr("&Find in this area"), QKeySequence::Find, this, [this] {
        if (QLineEdit* search = searchBoxOf(m_tabs->currentWidget())) {
            search->setFocus(Qt::ShortcutFocusReason);
            search->selectAll();
        } else {
            statusBar()->showMessage(
                tr("%1 has no search box.").arg(m_tabs->tabText(m_tabs->currentIndex()).remove(u'&')), 5000);
        }
    });

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->setToolTipsVisible(true); // a disabled action says why
    m_matchingSettings = tools->addAction(tr("&Matching settings…"), this, [this] {
        if (m_desk)
            MatchSettingsDialog(*m_desk, this).exec();
    });
    m_auditLog = tools->addAction(tr("&Audit log…"), this, [this] {
        if (m_desk)
            AuditDialog(*m_desk, this).exec();
    });
    tools->addAction(tr("Mo&ney: invoices, contracts, retender…"), this, [this] {
        if (m_desk)
            MoneyDialog(*m_desk, this).exec();
    });
    tools->addSeparator();
    // The job title, telephone and e-mail packs and drafts carry (the users table has the name only).
    tools->addAction(tr("My &details\u2026"), this, [this] {
        MyDetailsDialog(m_desk ? m_desk->sending().sendingOfficer().name : QString(), this).exec();
    });
    updateActions();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    // F1 opens the guide at the section of the area in front.
    help->addAction(tr("&User guide"), QKeySequence::HelpContents, this,
                    [this] { UserGuideWindow::open(this, m_tabs->tabText(m_tabs->currentIndex())); });
    help->addAction(tr("&About Placement Desk"), this, &MainWindow::showAbout);
}

void MainWindow::buildSearch() {
    m_searchPopup = new SearchPopup(this);
    m_searchBox = new QLineEdit(this);
    m_searchBox->setObjectName(QStringLiteral("searchEverythingBox"));
    m_searchBox->setPlaceholderText(tr("Search everything (Ctrl+K)"));
    m_searchBox->setAccessibleName(tr("Search everything"));
    m_searchBox->setToolTip(tr("Referrals, children, providers and homes: by reference, name, id, URN or "
                               "postcode (Ctrl+K)"));
    // In a box of its own: the menu bar places a corner widget by its size hint, which is narrower.
    m_searchBox->setMinimumWidth(280);
    auto* corner = new QWidget(this);
    auto* cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 1, 4, 1);
    cornerLayout->addWidget(m_searchBox);
    menuBar()->setCornerWidget(corner, Qt::TopRightCorner);
    // What is typed here carries on in the popup, where Up, Down and Enter work on what it finds.
    connect(m_searchBox, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_searchBox->clear();
        m_searchPopup->open(text, m_searchBox);
    });
    connect(m_searchBox, &QLineEdit::returnPressed, this,
            [this] { m_searchPopup->open(QString(), m_searchBox); });
    connect(m_searchPopup, &SearchPopup::referralChosen, this, [this](qint64 id) {
        if (auto* referrals = area<ReferralsArea>())
            referrals->openReferral(id);
    });
    connect(m_searchPopup, &SearchPopup::childChosen, this, &MainWindow::openChild);
    connect(m_searchPopup, &SearchPopup::providerChosen, this, [this](qint64 providerId, qint64 homeId) {
        if (auto* providers = area<ProvidersArea>())
            providers->openProviderPage(providerId, homeId);
    });
}

ChildPage* MainWindow::openChild(qint64 childId) {
    if (!m_desk || childId <= 0)
        return nullptr;
    if (ChildPage* open = m_childPages.value(childId)) {
        open->refresh();
        open->raise();
        open->activateWindow();
        return open;
    }
    auto* page = new ChildPage(*m_desk, childId, this);
    connect(page, &ChildPage::referralActivated, this, [this](qint64 id) {
        if (auto* referrals = area<ReferralsArea>())
            referrals->openReferral(id);
    });
    connect(page, &ChildPage::changed, this, [this] { // a review, meeting or ending shows everywhere
        for (Area* a : m_areas)
            a->reload();
    });
    m_childPages.insert(childId, page);
    page->show();
    return page;
}

void MainWindow::setDesk(std::unique_ptr<core::Desk> desk) {
    for (const QPointer<ChildPage>& page : std::as_const(m_childPages))
        if (page)
            page->close(); // they hold the desk that is about to close
    m_childPages.clear();
    for (Area* a : m_areas)
        a->setDesk(nullptr);
    m_desk = std::move(desk);
    m_changes->setDesk(nullptr);
    for (Area* a : m_areas)
        a->setDesk(m_desk.get());
    m_searchPopup->setDesk(m_desk.get());
    m_changes->setDesk(m_desk.get()); // what the areas just read is the baseline
    updateStatus();
    updateActions();
    if (m_desk)
        emit databaseOpened(core::ServerAddress::isServer(m_desk->path())
                                ? core::ServerAddress::shown(m_desk->path()) // never a password
                                : m_desk->path());
}

void MainWindow::updateActions() {
    gateAction(m_newReferral, m_desk.get(), core::Operation::EditReferral);
    gateAction(m_matchingSettings, m_desk.get(), core::Operation::EditMatchingSettings);
    gateAction(m_auditLog, m_desk.get(), core::Operation::ViewAudit);
    gateAction(m_databaseSettings, m_desk.get(), core::Operation::DatabaseSettings);
}

void MainWindow::updateStatus() {
    if (!m_desk) {
        m_status->setText(tr("No database open"));
        return;
    }
    const bool server = core::ServerAddress::isServer(m_desk->path());
    const QString mode = server                                       ? tr("on the server")
                         : m_desk->mode() == core::JournalMode::Local ? tr("local mode (WAL)")
                                                                      : tr("shared mode (rollback journal)");
    const QString shown = core::ServerAddress::shown(m_desk->path());
    m_status->setText(
        tr("Database: %1 \u2014 %2 \u2014 signed in as %3").arg(shown, mode, m_desk->userName()));
    setWindowTitle(tr("%1 \u2014 Placement Desk").arg(server ? shown : QFileInfo(m_desk->path()).fileName()));
}

void MainWindow::openDatabase() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), {}, kFileFilter);
    if (!path.isEmpty())
        openLocation(path);
}

bool MainWindow::openLocation(const QString& location) {
    auto desk = core::Desk::open(location);
    if (!desk) {
        QMessageBox::warning(this, tr("Cannot open the database"), desk.error().message);
        return false;
    }
    setDesk(std::move(desk.value()));
    return true;
}

void MainWindow::connectToServer() {
    // The password is best kept in the user's PostgreSQL password file (pgpass), not typed here.
    bool ok = false;
    const QString url = QInputDialog::getText(
        this, tr("Connect to server"),
        tr("The team's database on its PostgreSQL server, as your administrator gave it:\n"
           "postgresql://your-login@server-name/database-name"),
        QLineEdit::Normal, QStringLiteral("postgresql://"), &ok);
    if (!ok || url.trimmed().isEmpty())
        return;
    if (!core::ServerAddress::isServer(url.trimmed())) {
        QMessageBox::warning(this, tr("Connect to server"),
                             tr("%1 is not a server address: it starts postgresql:// and names the server "
                                "and the database. Use File \u203a Open database for a file.")
                                 .arg(url.trimmed()));
        return;
    }
    auto desk = core::Desk::open(url.trimmed());
    if (!desk) {
        QMessageBox::warning(this, tr("Cannot connect to the server"), desk.error().message);
        return;
    }
    setDesk(std::move(desk.value()));
}

void MainWindow::newDatabase() {
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), {}, kFileFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New database"),
                             tr("%1 already exists. Choose a new name: a new database never replaces a file.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    const QStringList modes{tr("Local \u2014 only this PC uses the file (faster)"),
                            tr("Shared \u2014 the file is on a team network drive")};
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("New database"), tr("Where will the file be used?"),
                                                 modes, 0, false, &ok);
    if (!ok)
        return;
    core::Desk::OpenOptions options;
    options.create = true;
    options.newFileMode = choice == modes.at(1) ? core::JournalMode::Shared : core::JournalMode::Local;
    auto desk = core::Desk::open(path, options);
    if (!desk) {
        QMessageBox::warning(this, tr("Cannot create the database"), desk.error().message);
        return;
    }
    setDesk(std::move(desk.value()));
}

void MainWindow::databaseSettings() {
    if (!m_desk)
        return;
    const QStringList modes{tr("Local \u2014 only this PC uses the file (faster)"),
                            tr("Shared \u2014 the file is on a team network drive")};
    bool ok = false;
    const int current = m_desk->mode() == core::JournalMode::Shared ? 1 : 0;
    const QString choice = QInputDialog::getItem(
        this, tr("Database settings"),
        tr("Where is the file used? (Everyone else must close it before the mode changes.)"), modes, current,
        false, &ok);
    if (!ok)
        return;
    const auto mode = choice == modes.at(1) ? core::JournalMode::Shared : core::JournalMode::Local;
    if (auto s = m_desk->setMode(mode); !s) {
        QMessageBox::warning(this, tr("Database settings not changed"), s.error().message);
        return;
    }
    updateStatus();
}

void MainWindow::backupDatabase() {
    if (!m_desk)
        return;
    const QString suggested = QFileInfo(m_desk->path()).completeBaseName() +
                              QDate::currentDate().toString(QStringLiteral("-yyyy-MM-dd")) +
                              QStringLiteral(".sqlite");
    const QString path = QFileDialog::getSaveFileName(this, tr("Back up database"), suggested, kFileFilter,
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (auto s = m_desk->backup(path); !s) {
        QMessageBox::warning(this, tr("Backup not written"), s.error().message);
        return;
    }
    statusBar()->showMessage(tr("Backup written to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About Placement Desk"),
                       tr("<h3>Placement Desk %1</h3><p>Finding foster, residential and supported placements "
                          "for children in care: referrals, the provider register, matching, whole costs and "
                          "the team's measures.</p><p>Schema version %2.</p>")
                           .arg(QStringLiteral(PD_VERSION))
                           .arg(m_desk ? m_desk->schemaVersion() : core::Desk::latestSchemaVersion()));
}

} // namespace pd::ui
