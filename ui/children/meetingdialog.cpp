// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/children/meetingdialog.h"

#include "core/domain/disruptionmeeting.h"
#include "core/services/desk.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace pd::ui {

namespace {

template <typename E> QComboBox* termCombo(QWidget* parent, const QString& name) {
    auto* combo = new QComboBox(parent);
    for (E value : core::all<E>())
        combo->addItem(core::label(value), int(value));
    combo->setAccessibleName(name);
    return combo;
}

QPlainTextEdit* textBox(QWidget* parent, const QString& name, const QString& hint) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setAccessibleName(name);
    edit->setPlaceholderText(hint);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(80);
    return edit;
}

} // namespace

MeetingDialog::MeetingDialog(core::Desk& desk, qint64 placementId, QWidget* parent)
    : RecordDialog(desk, placementId, tr("Record a pre-disruption meeting"), tr("Record meeting"), parent),
      m_heldOn(nullptr), m_askedBy(termCombo<core::MeetingAskedBy>(this, tr("Asked for by"))),
      m_attendees(new QLineEdit(this)),
      m_concerns(
          textBox(this, tr("Concerns"), tr("What is going wrong, as the people at the meeting said it"))),
      m_actions(textBox(this, tr("Actions agreed"), tr("Each action with who will do it and by when"))),
      m_outcome(termCombo<core::MeetingOutcome>(this, tr("Outcome"))) {
    auto* intro = new QLabel(tr("A pre-disruption meeting counts in the provider's disruption history, which "
                                "matching reads (a meeting counts half a disruption)."),
                             this);
    intro->setWordWrap(true);
    form()->addRow(intro);
    m_heldOn = addDateField(tr("&Held on"));
    m_attendees->setPlaceholderText(tr("e.g. carers, supervising social worker, child's social worker, IRO"));
    m_attendees->setAccessibleName(tr("Who attended"));
    form()->addRow(tr("&Asked for by"), m_askedBy);
    form()->addRow(tr("&Who attended"), m_attendees);
    form()->addRow(tr("&Concerns"), m_concerns);
    form()->addRow(tr("A&ctions agreed"), m_actions);
    form()->addRow(tr("&Outcome"), m_outcome);
    finish();
}

core::Status MeetingDialog::save() {
    core::DisruptionMeeting m;
    m.placementId = placementId();
    m.heldOn = m_heldOn->date();
    m.askedBy = core::MeetingAskedBy(m_askedBy->currentData().toInt());
    m.attendees = m_attendees->text().trimmed();
    m.concerns = m_concerns->toPlainText().trimmed();
    m.actions = m_actions->toPlainText().trimmed();
    m.outcome = core::MeetingOutcome(m_outcome->currentData().toInt());
    auto id = desk().meetings().record(m);
    if (!id)
        return id.error();
    return {};
}

} // namespace pd::ui
