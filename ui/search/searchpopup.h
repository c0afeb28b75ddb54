// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/searchhit.h"
#include "ui/widgets/backgroundread.h"

#include <QFrame>
#include <QTimer>

class QLabel;
class QLineEdit;
class QTreeView;

namespace pd::core {
class Desk;
}

namespace pd::ui {

class SearchResultsModel;

/// The search across everything (Ctrl+K): a box and what it finds, grouped by kind. The focus
/// stays in the box: Up and Down choose a record, Enter opens it, Esc closes. The search runs
/// when typing pauses, off the GUI thread while the window is on screen.
class SearchPopup : public QFrame {
    Q_OBJECT
  public:
    explicit SearchPopup(QWidget* parent);
    /// The open database (null: none); not owned.
    void setDesk(core::Desk* desk);
    /// Shows the popup under `anchor` (right-aligned, inside the window) with `text` typed.
    void open(const QString& text, QWidget* anchor);
    /// Searches for what is typed now, without waiting for typing to pause.
    void searchNow();

    QLineEdit* searchBox() const { return m_box; }
    QTreeView* resultsView() const { return m_view; }
    SearchResultsModel* model() const { return m_model; }
    QLabel* statusLabel() const { return m_status; }

  signals:
    void referralChosen(qint64 referralId);
    void childChosen(qint64 childId);
    /// A provider (homeId 0) or one of its households or homes.
    void providerChosen(qint64 providerId, qint64 homeId);
    /// A search finished and its results are shown.
    void searched();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void showResults(core::Result<core::SearchResults>& found);
    /// Makes the next record below (1) or above (-1) the current one current.
    void step(int by);
    void choose(int row);
    void placeUnder(QWidget* anchor);
    void fitHeight();

    core::Desk* m_desk = nullptr;
    QLineEdit* m_box;
    QLabel* m_status;
    QTreeView* m_view;
    SearchResultsModel* m_model;
    QTimer m_pause;
    BackgroundRead<core::SearchResults> m_read{this};
    int m_tallest = 460; ///< the popup's height at most (inside the window)
};

} // namespace pd::ui
