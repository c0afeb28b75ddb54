// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/children/reviewdialog.h"

#include "core/domain/placementreview.h"
#include "core/services/desk.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace pd::ui {

ReviewDialog::ReviewDialog(core::Desk& desk, qint64 placementId, QWidget* parent)
    : RecordDialog(desk, placementId, tr("Record a placement review"), tr("Record review"), parent),
      m_heldOn(nullptr), m_iro(new QPlainTextEdit(this)),
      m_bringForward(new QCheckBox(tr("&Bring forward to"), this)), m_nextDue(new QDateEdit(this)) {
    auto contract = desk.contracts().current(placementId);
    if (contract && contract->has_value())
        m_outcomes = (*contract)->outcomes;
    m_heldOn = addDateField(tr("&Held on"));
    if (m_outcomes.isEmpty())
        form()->addRow(
            new QLabel(tr("This placement has no contract outcomes to rate: record the IRO's view."), this));
    for (int i = 0; i < m_outcomes.size(); ++i) {
        const core::ContractOutcome& o = m_outcomes[i];
        auto* box = new QGroupBox(tr("Outcome %1: %2").arg(i + 1).arg(o.wording), this);
        auto* rows = new QFormLayout(box);
        if (!o.measure.isEmpty())
            rows->addRow(new QLabel(tr("How we will know: %1").arg(o.measure), box));
        auto* rating = new QComboBox(box);
        for (core::OutcomeRating r : core::all<core::OutcomeRating>())
            rating->addItem(core::label(r), int(r));
        rating->setCurrentIndex(-1); // the reviewer decides; nothing is pre-rated
        rating->setAccessibleName(tr("Rating of outcome %1").arg(i + 1));
        auto* note = new QLineEdit(box);
        note->setPlaceholderText(tr("how it is going, in a sentence"));
        note->setAccessibleName(tr("Note on outcome %1").arg(i + 1));
        rows->addRow(tr("&Rating"), rating);
        rows->addRow(tr("&Note"), note);
        form()->addRow(box);
        m_ratings << rating;
        m_notes << note;
    }
    m_iro->setPlaceholderText(tr("The independent reviewing officer's view"));
    m_iro->setAccessibleName(tr("The IRO's view"));
    m_iro->setMaximumHeight(90);
    form()->addRow(tr("&IRO's view"), m_iro);
    m_nextDue->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_nextDue->setCalendarPopup(true);
    m_nextDue->setDate(QDate::currentDate().addMonths(3));
    m_nextDue->setEnabled(false);
    m_nextDue->setAccessibleName(tr("Next review brought forward to"));
    connect(m_bringForward, &QCheckBox::toggled, m_nextDue, &QWidget::setEnabled);
    form()->addRow(
        new QLabel(tr("The next review is due on the statutory timetable (3 months after the first, "
                      "then every 6 months) unless you bring it forward."),
                   this));
    form()->addRow(m_bringForward, m_nextDue);
    finish();
}

core::Status ReviewDialog::save() {
    core::PlacementReview review;
    review.placementId = placementId();
    review.heldOn = m_heldOn->date();
    review.iroView = m_iro->toPlainText().trimmed();
    if (m_bringForward->isChecked())
        review.nextDue = m_nextDue->date();
    for (int i = 0; i < m_outcomes.size(); ++i) {
        if (m_ratings[i]->currentIndex() < 0)
            return core::Error::invalid(tr("Outcome %1 ('%2'): choose met, progressing or not met.")
                                            .arg(i + 1)
                                            .arg(m_outcomes[i].wording));
        core::RatedOutcome rated;
        rated.outcomeId = m_outcomes[i].id;
        rated.rating = core::OutcomeRating(m_ratings[i]->currentData().toInt());
        rated.note = m_notes[i]->text().trimmed();
        review.ratings << rated;
    }
    auto id = desk().reviews().record(review);
    if (!id)
        return id.error();
    return {};
}

} // namespace pd::ui
