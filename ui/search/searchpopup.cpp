// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/search/searchpopup.h"

#include "core/services/desk.h"
#include "ui/models/searchresultsmodel.h"

#include <QGuiApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace pd::ui {

namespace {
constexpr int kPauseMs = 180; // typing pauses: one search for a name, not one per letter
}

SearchPopup::SearchPopup(QWidget* parent)
    : QFrame(parent, Qt::Popup), m_box(new QLineEdit(this)), m_status(new QLabel(this)),
      m_view(new QTreeView(this)), m_model(new SearchResultsModel(this)) {
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("searchEverything"));
    setAccessibleName(tr("Search everything"));
    m_box->setPlaceholderText(tr("Reference, child's name or id, provider, URN, household or postcode"));
    m_box->setAccessibleName(tr("Search everything"));
    m_box->setClearButtonEnabled(true);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("What the search found"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Records found"));
    m_view->setRootIsDecorated(false);
    m_view->setItemsExpandable(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setFocusPolicy(Qt::NoFocus); // the focus stays in the box; Up and Down move in the list
    m_view->header()->hide();
    m_view->header()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_box);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    resize(660, 460);

    m_pause.setSingleShot(true);
    m_pause.setInterval(kPauseMs);
    connect(&m_pause, &QTimer::timeout, this, &SearchPopup::searchNow);
    connect(m_box, &QLineEdit::textChanged, this, [this] { m_pause.start(); });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& i) { choose(i.row()); });
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex& i) { choose(i.row()); });
    m_box->installEventFilter(this);
    core::Result<core::SearchResults> nothing = core::SearchResults{};
    showResults(nothing);
}

void SearchPopup::setDesk(core::Desk* desk) {
    m_desk = desk;
    m_read.forget();
    m_model->setResults({});
    if (isVisible())
        close();
}

void SearchPopup::open(const QString& text, QWidget* anchor) {
    placeUnder(anchor);
    QFrame::show();
    raise();
    activateWindow();
    m_box->setFocus(Qt::PopupFocusReason);
    if (!text.isNull()) {
        m_box->setText(text);
        m_box->end(false);
    } else {
        m_box->selectAll();
    }
    searchNow();
}

void SearchPopup::placeUnder(QWidget* anchor) {
    QWidget* window = parentWidget() ? parentWidget()->window() : nullptr;
    const QRect area = window ? QRect(window->mapToGlobal(QPoint(0, 0)), window->size())
                              : QGuiApplication::primaryScreen()->availableGeometry();
    const int width = std::min(660, area.width() - 16);
    QPoint at = anchor ? anchor->mapToGlobal(QPoint(anchor->width() - width, anchor->height() + 2))
                       : QPoint(area.center().x() - width / 2, area.top() + 60);
    at.setX(std::clamp(at.x(), area.left() + 8, std::max(area.left() + 8, area.right() - width - 8)));
    m_tallest = std::max(160, std::min(460, area.height() - 80));
    resize(width, height());
    QFrame::move(at);
}

void SearchPopup::searchNow() {
    m_pause.stop();
    const QString text = m_box->text().trimmed();
    if (!m_desk) {
        core::Result<core::SearchResults> none =
            core::Error::invalid(tr("No database is open: open one with File \u203a Open database."));
        showResults(none);
        return;
    }
    auto work = [text](core::Desk& desk) { return desk.search().find(text); };
    QString letters = text;
    letters.remove(QChar(u' '));
    // Not on screen (a test), or too short to read anything: at once.
    if (!isVisible() || letters.size() < core::RecordSearch::kShortest) {
        m_read.forget();
        auto found = work(*m_desk);
        showResults(found);
        return;
    }
    m_status->setText(tr("Searching\u2026"));
    m_read.start(m_desk->path(), work,
                 [this](core::Result<core::SearchResults>& found) { showResults(found); });
}

void SearchPopup::showResults(core::Result<core::SearchResults>& found) {
    if (!found) {
        m_model->setResults({});
        m_status->setText(found.error().message);
        emit searched();
        return;
    }
    const QString text = found->text;
    m_model->setResults(std::move(found.value()));
    // Headings across the row; names as wide as the longest, at most half the popup (details the rest).
    int widest = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->hit(row)) {
            m_view->setFirstColumnSpanned(row, QModelIndex(), true);
            continue;
        }
        const QModelIndex name = m_model->index(row, SearchResultsModel::Name);
        widest = std::max(widest, m_view->fontMetrics().horizontalAdvance(name.data().toString()));
    }
    m_view->setColumnWidth(SearchResultsModel::Name, std::min(widest + 24, (width() - 40) / 2));
    QString compact = text;
    compact.remove(QChar(u' '));
    if (compact.size() < core::RecordSearch::kShortest)
        m_status->setText(tr("Type two letters or more: a reference, a name, a postcode or a URN."));
    else if (m_model->hitCount() == 0)
        m_status->setText(tr("Nothing found for \u201c%1\u201d. Check the spelling, or try a reference "
                             "(R-2026-0042), a postcode or a URN.")
                              .arg(text));
    else
        m_status->setText(tr("%n record(s) found. Up and Down to choose, Enter to open, Esc to close.",
                             nullptr, m_model->hitCount()));
    fitHeight();
    const int first = m_model->nextHitRow(-1, 1);
    if (first >= 0)
        m_view->setCurrentIndex(m_model->index(first, SearchResultsModel::Name));
    emit searched();
}

void SearchPopup::fitHeight() {
    // As tall as what was found (no empty half-popup for two records), at most m_tallest.
    const int rows = m_model->rowCount();
    const int list = rows == 0 ? 0 : rows * m_view->sizeHintForRow(0) + 2 * m_view->frameWidth() + 2;
    m_view->setVisible(rows > 0);
    QLayout* box = layout();
    const int others =
        box->hasHeightForWidth() ? box->totalHeightForWidth(width()) : box->totalSizeHint().height();
    const int wanted = others - (m_view->isVisible() ? m_view->sizeHint().height() : 0) + list;
    resize(width(), std::clamp(wanted, 0, m_tallest));
}

void SearchPopup::step(int by) {
    const int current = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    const int next = m_model->nextHitRow(current, by);
    if (next >= 0) {
        m_view->setCurrentIndex(m_model->index(next, SearchResultsModel::Name));
        m_view->scrollTo(m_view->currentIndex());
    }
}

void SearchPopup::choose(int row) {
    const core::SearchHit* hit = m_model->hit(row);
    if (!hit)
        return;
    const core::SearchHit chosen = *hit; // the model may change while the record opens
    close();
    switch (chosen.kind) {
    case core::SearchKind::Referral:
        emit referralChosen(chosen.id);
        break;
    case core::SearchKind::Child:
        emit childChosen(chosen.id);
        break;
    case core::SearchKind::Provider:
        emit providerChosen(chosen.id, 0);
        break;
    case core::SearchKind::Home:
        emit providerChosen(chosen.providerId, chosen.id);
        break;
    }
}

bool SearchPopup::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_box || event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    switch (key->key()) {
    case Qt::Key_Down:
        step(1);
        return true;
    case Qt::Key_Up:
        step(-1);
        return true;
    case Qt::Key_PageDown:
        for (int i = 0; i < 5; ++i)
            step(1);
        return true;
    case Qt::Key_PageUp:
        for (int i = 0; i < 5; ++i)
            step(-1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_pause.isActive() || m_model->results().text != m_box->text().trimmed() || m_read.busy()) {
            m_read.forget(); // Enter before the results came: search at once and open the first
            auto found = m_desk ? m_desk->search().find(m_box->text().trimmed())
                                : core::Result<core::SearchResults>(core::SearchResults{});
            m_pause.stop();
            showResults(found);
        }
        choose(m_view->currentIndex().row());
        return true;
    case Qt::Key_Escape:
        close();
        return true;
    default:
        return QFrame::eventFilter(watched, event);
    }
}

} // namespace pd::ui
