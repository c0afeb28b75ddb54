// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/referrals/referralwindow.h"

#include "core/domain/referralprogress.h"
#include "core/services/desk.h"
#include "core/workflow/referralrules.h"
#include "ui/help/userguidewindow.h"
#include "ui/referrals/referralform.h"
#include "ui/referrals/referralprinting.h"
#include "ui/referrals/referraltimeline.h"
#include "ui/referrals/workflowpanel.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

/// "PlacementDeskExtension.children[0].dateOfBirth" -> "Children 1 › date of birth".
QString readableField(const QString& path) {
    static const QRegularExpression index(QStringLiteral("^(\\w+)\\[(\\d+)\\]$"));
    static const QRegularExpression camel(QStringLiteral("(?<=[a-z])(?=[A-Z])"));
    QStringList parts = path.split(u'.');
    if (parts.size() > 1)
        parts.removeFirst(); // the entity adds nothing for the reader
    QStringList out;
    for (const QString& part : parts) {
        QString name = part;
        QString number;
        if (const auto m = index.match(part); m.hasMatch()) {
            name = m.captured(1);
            number = QString::number(m.captured(2).toInt() + 1);
        }
        QString words = name.split(camel).join(u' ').toLower();
        if (!words.isEmpty())
            words[0] = words[0].toUpper();
        out << (number.isEmpty() ? words : words + u' ' + number);
    }
    return out.join(QStringLiteral(" \u203a "));
}

} // namespace

ReferralWindow::ReferralWindow(core::Desk* desk, qint64 referralId, QWidget* parent)
    : QWidget(parent, Qt::Window), m_desk(desk), m_id(referralId), m_title(new QLabel(this)),
      m_validation(new QLabel(this)), m_message(new QLabel(this)), m_conflictBox(new QFrame(this)),
      m_conflictText(new QLabel(m_conflictBox)), m_conflictTable(new QTableWidget(0, 3, m_conflictBox)),
      m_reloadTheirs(new QPushButton(
          tr("Show the colleague's version in the form (mine stays in this table)"), m_conflictBox)),
      m_restoreMine(new QPushButton(tr("Put my values back in the form"), m_conflictBox)),
      m_form(new ReferralForm(this)), m_timeline(new ReferralTimeline(this)),
      m_workflow(new WorkflowPanel(this)) {
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);

    m_conflictBox->setFrameShape(QFrame::StyledPanel);
    m_conflictBox->setStyleSheet(QStringLiteral("QFrame { background: #fff4e0; }"));
    auto* conflictLayout = new QVBoxLayout(m_conflictBox);
    m_conflictText->setWordWrap(true);
    m_conflictTable->setHorizontalHeaderLabels(
        {tr("Field"), tr("Yours (not saved)"), tr("Colleague's (saved)")});
    m_conflictTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_conflictTable->verticalHeader()->setVisible(false);
    m_conflictTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* conflictButtons = new QHBoxLayout;
    conflictButtons->addWidget(m_reloadTheirs);
    conflictButtons->addWidget(m_restoreMine);
    conflictButtons->addStretch();
    conflictLayout->addWidget(m_conflictText);
    conflictLayout->addWidget(m_conflictTable);
    conflictLayout->addLayout(conflictButtons);
    m_conflictBox->hide();
    m_restoreMine->hide();
    layout->addWidget(m_conflictBox);

    // A colleague's save while this form has unsaved edits: said, never applied over them.
    m_changedBar = new QFrame(this);
    m_changedBar->setObjectName(QStringLiteral("changedBar"));
    m_changedBar->setFrameShape(QFrame::StyledPanel);
    m_changedBar->setStyleSheet(QStringLiteral("QFrame#changedBar { background: #e6f0fb; }"));
    auto* changedLayout = new QHBoxLayout(m_changedBar);
    auto* changedText = new QLabel(tr("<b>A colleague changed this referral.</b> Your unsaved changes are "
                                      "still in the form; Reload shows their version (yours are dropped)."),
                                   m_changedBar);
    changedText->setWordWrap(true);
    auto* reloadButton = new QPushButton(tr("Reload"), m_changedBar);
    changedLayout->addWidget(changedText, 1);
    changedLayout->addWidget(reloadButton);
    connect(reloadButton, &QPushButton::clicked, this, [this] { reload(); });
    m_changedBar->hide();
    layout->addWidget(m_changedBar);

    m_validation->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b01e1e;"));
    layout->addWidget(m_validation);
    layout->addWidget(m_message);
    m_message->hide();

    auto* body = new QHBoxLayout;
    body->addWidget(m_form, 1);
    auto* side = new QFrame(this);
    side->setFrameShape(QFrame::StyledPanel);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_workflow);
    body->addWidget(side);
    layout->addLayout(body, 1);
    m_form->addTab(m_timeline, tr("&Timeline"));

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    saveButton->setToolTip(tr("Save the referral (Ctrl+S)"));
    buttons->addButton(QDialogButtonBox::Close);
    // Alt+H is the Child(ren) tab's: the button takes G.
    m_childPage = buttons->addButton(tr("Child's pa&ge"), QDialogButtonBox::ActionRole);
    connect(m_childPage, &QPushButton::clicked, this, [this] {
        if (m_childId)
            emit childActivated(m_childId);
    });
    // No Alt+letter: the form's labels take them all; Ctrl+P prints.
    m_print = buttons->addButton(tr("Print\u2026"), QDialogButtonBox::ActionRole);
    m_print->setToolTip(tr("Print the full referral for the team's file (Ctrl+P)"));
    connect(m_print, &QPushButton::clicked, this, &ReferralWindow::printReferral);
    auto* print = new QShortcut(QKeySequence::Print, this);
    connect(print, &QShortcut::activated, this, &ReferralWindow::printReferral);
    layout->addWidget(buttons);
    connect(saveButton, &QPushButton::clicked, this, &ReferralWindow::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QWidget::close);
    auto* shortcut = new QShortcut(QKeySequence::Save, this);
    connect(shortcut, &QShortcut::activated, this, &ReferralWindow::save);
    // Esc closes the window as a dialog's would (unsaved changes are asked about first).
    auto* escape = new QShortcut(QKeySequence::Cancel, this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);
    auto* help = new QShortcut(QKeySequence::HelpContents, this);
    connect(help, &QShortcut::activated, this, [this] {
        // The matching pages have their own section of the guide.
        const int page = m_form->currentIndex();
        const bool matching = page > m_form->indexOf(m_timeline);
        UserGuideWindow::open(this, matching ? tr("Matching") : tr("Referrals"));
    });

    connect(m_form, &ReferralForm::edited, this, [this] {
        m_dirty = true;
        validate();
        updateTitle();
    });
    connect(m_reloadTheirs, &QPushButton::clicked, this, &ReferralWindow::loadTheirs);
    connect(m_restoreMine, &QPushButton::clicked, this, &ReferralWindow::restoreMine);
    connect(m_workflow, &WorkflowPanel::transitionApplied, this, [this] {
        // The record itself is unchanged; only the state and row version moved on.
        auto r = m_desk->referrals().load(m_id);
        if (r) {
            m_rowVersion = r->rowVersion;
            m_state = r->state;
        }
        m_timeline->showHistory(m_desk, m_id);
        validate();
        updateTitle();
        emit saved(m_id);
    });
    resize(1180, 760);
    reload();
    if (!m_id) // a new referral starts at its first field, for the keys
        m_form->socialWorkerEdit()->setFocus(Qt::OtherFocusReason);
}

void ReferralWindow::addPage(QWidget* page, const QString& title) {
    m_form->addTab(page, title);
}

void ReferralWindow::showPage(QWidget* page) {
    m_form->setCurrentWidget(page);
}

void ReferralWindow::refreshWorkflow() {
    if (!m_id)
        return;
    auto loaded = m_desk->referrals().load(m_id);
    if (!loaded) {
        setMessage(loaded.error().message);
        return;
    }
    m_state = loaded->state;
    if (!m_dirty) // the record itself was not edited here: the new version is ours to save over
        m_rowVersion = loaded->rowVersion;
    m_workflow->setReferral(m_desk, m_id);
    m_timeline->showHistory(m_desk, m_id);
    updateTitle();
}

void ReferralWindow::printReferral() {
    if (!m_desk)
        return;
    if (m_dirty || m_id == 0) {
        const auto answer = QMessageBox::question(
            this, tr("Print the referral"),
            tr("Printing prints the referral as saved. Save your changes first and print them?"),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
        if (answer != QMessageBox::Save || !save())
            return;
    }
    ReferralPrinting::printWithDialog(*m_desk, m_id, this);
}

void ReferralWindow::noticeChange() {
    if (!m_id)
        return;
    auto loaded = m_desk->referrals().load(m_id);
    if (!loaded || loaded->rowVersion == m_rowVersion)
        return; // not this referral (or the version this window saved)
    if (m_dirty) {
        m_changedBar->show();
        return;
    }
    reload();
}

void ReferralWindow::reload() {
    m_changedBar->hide();
    core::Referral r;
    if (m_id) {
        auto loaded = m_desk->referrals().load(m_id);
        if (!loaded) {
            setMessage(loaded.error().message);
            return;
        }
        r = loaded.value();
    } else {
        r.officer = m_desk->userName();
        r.children.append(core::ReferralChild{});
    }
    m_rowVersion = r.rowVersion;
    m_state = r.state;
    m_reference = r.reference;
    m_childId = 0;
    for (const core::ReferralChild& c : r.children)
        if (c.childId && !m_childId)
            m_childId = c.childId;
    m_childPage->setEnabled(m_childId != 0);
    m_childPage->setToolTip(m_childId
                                ? tr("The child's placements, reviews and referrals")
                                : tr("This referral names no child of the file yet (the link is made when "
                                     "the child is placed or imported)."));
    m_form->setReferral(r);
    auto user = m_desk->team().current();
    const bool decided = core::isDecided(r.state);
    const bool mayEdit = user && user->mayEdit() && !decided;
    m_form->setReadOnly(!mayEdit);
    if (decided)
        setMessage(tr("This referral is %1: its record stays as it was when the decision was made.")
                       .arg(core::label(r.state).toLower()));
    else if (!mayEdit)
        setMessage(tr("You can read this referral but not change it (%1). Ask an administrator for a role.")
                       .arg(user ? core::label(user->role).toLower() : QString()));
    m_workflow->setReferral(m_desk, m_id);
    m_timeline->showHistory(m_desk, m_id);
    m_dirty = false;
    validate();
    updateTitle();
}

void ReferralWindow::setMessage(const QString& text) {
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ReferralWindow::updateTitle() {
    const core::Referral r = m_form->referral();
    QStringList names;
    for (const core::ReferralChild& c : r.children) {
        const int age = c.ageOn(QDate::currentDate());
        names << (age >= 0 ? tr("%1 (%2)").arg(c.firstName).arg(age) : c.firstName);
    }
    const QString reference = m_reference.isEmpty() ? tr("New referral") : m_reference;
    m_title->setText(tr("%1 \u2014 %2 \u2014 %3")
                         .arg(reference,
                              names.isEmpty() ? tr("no child yet") : names.join(QStringLiteral(", ")),
                              core::label(m_state)));
    setWindowTitle(
        tr("%1%2 \u2014 Placement Desk").arg(reference, m_dirty ? QStringLiteral(" *") : QString()));
}

void ReferralWindow::validate() {
    const core::Referral r = m_form->referral();
    QStringList lines = m_form->invalidEntries();
    const bool beforeSubmit = m_state == core::ReferralState::Draft;
    const auto missing = beforeSubmit ? core::ReferralRules::missingForSubmit(r)
                                      : core::ReferralRules::missingForQualityCheck(r);
    if (!missing.isEmpty())
        lines << (beforeSubmit ? tr("To submit, the referral still needs %1.")
                               : tr("To pass the quality check, it still needs %1."))
                     .arg(core::ReferralRules::listInWords(missing));
    if (lines.isEmpty())
        m_validation->setText(beforeSubmit ? tr("\u2714 Everything needed to submit is filled in.")
                                           : tr("\u2714 Complete for the quality check."));
    else
        m_validation->setText(lines.join(u'\n'));
    m_validation->setStyleSheet(lines.isEmpty() ? QStringLiteral("color: #1d6b2f;")
                                                : QStringLiteral("color: #8a5300;"));
}

bool ReferralWindow::save() {
    setMessage(QString());
    if (const QStringList invalid = m_form->invalidEntries(); !invalid.isEmpty()) {
        setMessage(
            tr("Not saved: %1. Your changes are still in the form.").arg(invalid.join(QStringLiteral("; "))));
        return false;
    }
    core::Referral mine = m_form->referral();
    core::ReferralService& service = m_desk->referrals();
    if (!m_id) {
        auto id = service.create(mine);
        if (!id) {
            setMessage(tr("Not saved: %1 Your changes are still in the form.").arg(id.error().message));
            return false;
        }
        m_id = id.value();
        reload();
        emit saved(m_id);
        return true;
    }
    mine.id = m_id;
    mine.rowVersion = m_rowVersion;
    auto status = service.save(mine);
    if (!status) {
        if (status.error().kind == core::Error::Kind::Conflict) {
            auto theirs = m_desk->referrals().load(m_id);
            if (theirs) {
                showConflict(mine, theirs.value(), status.error().message);
                return false;
            }
        }
        setMessage(tr("Not saved: %1 Your changes are still in the form.").arg(status.error().message));
        return false;
    }
    m_conflict.clear();
    m_conflictBox->hide();
    reload();
    emit saved(m_id);
    return true;
}

void ReferralWindow::showConflict(const core::Referral& mine, const core::Referral& theirs,
                                  const QString& message) {
    m_mine = mine;
    m_theirs = theirs;
    m_conflict = core::ReferralService::differences(mine, theirs);
    m_conflictText->setText(tr("<b>Not saved: a colleague saved this referral after you opened it.</b> %1<br>"
                               "Below is every field where your form and their saved version differ.")
                                .arg(message.toHtmlEscaped()));
    m_conflictTable->setRowCount(int(m_conflict.size()));
    for (int i = 0; i < m_conflict.size(); ++i) {
        auto* field = new QTableWidgetItem(readableField(m_conflict[i].field));
        field->setToolTip(m_conflict[i].field);
        m_conflictTable->setItem(i, 0, field);
        m_conflictTable->setItem(i, 1, new QTableWidgetItem(m_conflict[i].mine));
        m_conflictTable->setItem(i, 2, new QTableWidgetItem(m_conflict[i].theirs));
    }
    m_conflictTable->resizeRowsToContents();
    int height = m_conflictTable->horizontalHeader()->height() + 2 * m_conflictTable->frameWidth();
    for (int i = 0; i < m_conflictTable->rowCount(); ++i)
        height += m_conflictTable->rowHeight(i);
    m_conflictTable->setFixedHeight(std::min(height, 200));
    m_reloadTheirs->show();
    m_restoreMine->hide();
    m_conflictBox->show();
}

void ReferralWindow::loadTheirs() {
    m_mine = m_form->referral();
    m_form->setReferral(m_theirs);
    m_rowVersion = m_theirs.rowVersion;
    m_state = m_theirs.state;
    m_dirty = false;
    m_conflictText->setText(
        tr("<b>The form now shows your colleague's saved version.</b> Your unsaved values are in "
           "the \"Yours\" column: copy what you still need into the form and save, or put all of "
           "yours back."));
    m_reloadTheirs->hide();
    m_restoreMine->show();
    m_workflow->refresh();
    m_timeline->showHistory(m_desk, m_id);
    validate();
    updateTitle();
}

void ReferralWindow::restoreMine() {
    core::Referral mine = m_mine;
    mine.rowVersion = m_theirs.rowVersion; // knowingly saving over the version now shown side by side
    m_form->setReferral(mine);
    m_dirty = true;
    m_conflictText->setText(
        tr("<b>Your values are back in the form</b>; saving now replaces the colleague's version "
           "with yours (their values stay in the table until you save)."));
    m_restoreMine->hide();
    validate();
    updateTitle();
}

void ReferralWindow::closeEvent(QCloseEvent* event) {
    if (m_dirty) {
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"), tr("This referral has changes that are not saved. Save them now?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save())) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

} // namespace pd::ui
