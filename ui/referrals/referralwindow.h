// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/referralservice.h"

#include <QWidget>

class QCloseEvent;
class QFrame;
class QLabel;
class QPushButton;
class QTableWidget;

namespace pd::core {
class Desk;
}

namespace pd::ui {

class ReferralForm;
class ReferralTimeline;
class WorkflowPanel;

/// One referral: the editor's tabs, the timeline, the workflow panel and pages other features
/// attach (match results, offers, options paper). Unsaved work is never thrown away: a failed
/// save keeps the form, and a colleague's change is shown field by field next to the user's own.
class ReferralWindow : public QWidget {
    Q_OBJECT
  public:
    /// referralId 0 opens a new, unsaved referral.
    ReferralWindow(core::Desk* desk, qint64 referralId, QWidget* parent = nullptr);

    /// Adds a tab after the record's tabs and the timeline.
    void addPage(QWidget* page, const QString& title);
    /// Brings a page added by addPage() to the front.
    void showPage(QWidget* page);
    qint64 referralId() const { return m_id; }
    ReferralForm* form() const { return m_form; }
    WorkflowPanel* workflowPanel() const { return m_workflow; }
    ReferralTimeline* timeline() const { return m_timeline; }
    /// Fields that differ between the user's unsaved form and the colleague's saved version
    /// after a refused save (empty when there was no conflict).
    const QList<core::FieldChange>& conflictChanges() const { return m_conflict; }
    QLabel* validationLabel() const { return m_validation; }
    /// The heading: reference, children and state ("R-2026-0001 — Nia (9) — Awaiting decision").
    QLabel* heading() const { return m_title; }
    QPushButton* reloadTheirsButton() const { return m_reloadTheirs; }
    /// "A colleague changed this referral — Reload", shown while the form has unsaved edits.
    QFrame* changedBar() const { return m_changedBar; }
    bool hasUnsavedChanges() const { return m_dirty; }

  public slots:
    /// Saves the form (Ctrl+S); false when refused (the form keeps its content).
    bool save();
    /// After a conflict: shows the colleague's version in the form; the user's values stay in the table.
    void loadTheirs();
    /// After loadTheirs(): puts the user's values back into the form, over the colleague's version.
    void restoreMine();
    /// After a move made elsewhere (sending, offers, options, permission to place): re-reads the
    /// state, the actions and the timeline without touching the form's unsaved content.
    void refreshWorkflow();
    /// Print… (Ctrl+P): the full referral as saved, through the print dialog. Unsaved changes are
    /// saved first when the officer agrees.
    void printReferral();
    /// The database changed (ChangeWatch): if someone else saved this referral, shows their version
    /// — unless the form has unsaved edits, which are never overwritten: then a bar says so and
    /// offers Reload.
    void noticeChange();

    /// "Child's page": opens the page of the referral's first linked child (disabled while none is).
    QPushButton* childPageButton() const { return m_childPage; }
    QPushButton* printButton() const { return m_print; }

  signals:
    void saved(qint64 referralId);
    /// The officer asked for the page of a child the referral names (children.id).
    void childActivated(qint64 childId);

  protected:
    void closeEvent(QCloseEvent* event) override;

  private:
    void reload();
    void validate();
    void showConflict(const core::Referral& mine, const core::Referral& theirs, const QString& message);
    void updateTitle();
    void setMessage(const QString& text);

    core::Desk* m_desk;
    qint64 m_id;
    qint64 m_rowVersion = 0;
    core::ReferralState m_state = core::ReferralState::Draft;
    QString m_reference;
    bool m_dirty = false;
    QLabel* m_title;
    QLabel* m_validation;
    QLabel* m_message;
    QFrame* m_conflictBox;
    QLabel* m_conflictText;
    QTableWidget* m_conflictTable;
    QPushButton* m_reloadTheirs;
    QPushButton* m_restoreMine;
    QPushButton* m_childPage = nullptr;
    QPushButton* m_print = nullptr;
    QFrame* m_changedBar = nullptr;
    qint64 m_childId = 0;
    ReferralForm* m_form;
    ReferralTimeline* m_timeline;
    WorkflowPanel* m_workflow;
    QList<core::FieldChange> m_conflict;
    core::Referral m_mine;
    core::Referral m_theirs;
};

} // namespace pd::ui
