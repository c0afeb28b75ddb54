// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/children/childpage.h"

#include "core/domain/placementcategory.h"
#include "core/matching/wholecost.h"
#include "core/reports/childtimeline.h"
#include "core/services/desk.h"
#include "ui/children/contractdialog.h"
#include "ui/children/endplacementdialog.h"
#include "ui/children/meetingdialog.h"
#include "ui/children/reviewdialog.h"
#include "ui/models/childtimelinemodel.h"
#include "ui/models/placementlistmodel.h"
#include "ui/models/referrallistmodel.h"
#include "ui/widgets/permissiongate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

QTableView* listView(QWidget* parent, const QString& name) {
    auto* view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(true);
    view->setAccessibleName(name);
    return view;
}

QString dayText(const QDate& d) {
    return d.toString(QStringLiteral("d MMM yyyy"));
}

QString sexWords(const QString& sex) {
    return sex == u"F" ? QObject::tr("girl") : sex == u"M" ? QObject::tr("boy") : QString();
}

} // namespace

ChildPage::ChildPage(core::Desk& desk, qint64 childId, QWidget* parent)
    : QWidget(parent, Qt::Window), m_desk(desk), m_childId(childId), m_heading(new QLabel(this)),
      m_now(new QLabel(this)), m_status(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_timeline(new ChildTimelineModel(this)), m_placements(new PlacementListModel(this)),
      m_placementsView(listView(this, tr("The child's placements"))),
      m_referralsView(listView(this, tr("Referrals for the child"))), m_contacts(new QLabel(this)) {
    setAttribute(Qt::WA_DeleteOnClose);
    m_heading->setTextFormat(Qt::RichText);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_now->setWordWrap(true);
    m_now->setTextFormat(Qt::RichText);
    m_now->setFrameShape(QFrame::StyledPanel);
    m_now->setMargin(8);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("What was last done"));

    auto* timelineView = listView(this, tr("The child's timeline"));
    timelineView->setModel(m_timeline);
    m_tabs->addTab(timelineView, tr("&Timeline"));
    m_placementsView->setModel(m_placements);
    m_placementsView->setColumnHidden(PlacementListModel::Child, true);
    m_placementsView->setColumnHidden(PlacementListModel::ChildRef, true);
    m_tabs->addTab(m_placementsView, tr("Pla&cements"));
    auto* referrals = new ReferralListModel(this);
    m_referralsView->setModel(referrals);
    m_referralsView->setColumnHidden(ReferralListModel::Children, true);
    m_tabs->addTab(m_referralsView, tr("&Referrals"));
    m_contacts->setTextFormat(Qt::RichText);
    m_contacts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_contacts->setMargin(8);
    m_contacts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tabs->addTab(m_contacts, tr("C&ontacts"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_now);
    buildActions();
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    connect(timelineView, &QTableView::activated, this, [this](const QModelIndex& index) {
        const qint64 referral = index.data(int(ChildTimelineModel::Role::ReferralId)).toLongLong();
        if (referral)
            emit referralActivated(referral);
    });
    connect(m_referralsView, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit referralActivated(index.data(int(ReferralListModel::Role::Id)).toLongLong());
    });
    new QShortcut(QKeySequence::Cancel, this, this, &QWidget::close);
    refresh();
    resize(1100, 760);
}

void ChildPage::buildActions() {
    m_contract = new QPushButton(tr("Co&ntract…"), this);
    m_review = new QPushButton(tr("Record re&view…"), this);
    m_meeting = new QPushButton(tr("Pre-disruption &meeting…"), this);
    m_end = new QPushButton(tr("&End placement…"), this);
    auto* row = new QHBoxLayout;
    for (QPushButton* b : {m_contract, m_review, m_meeting, m_end})
        row->addWidget(b);
    row->addStretch(1);
    static_cast<QVBoxLayout*>(layout())->addLayout(row);

    connect(m_contract, &QPushButton::clicked, this, [this] {
        ContractDialog dialog(m_desk, placementId(), this);
        connect(&dialog, &ContractDialog::changed, this,
                [this] { afterChange(tr("The contract was changed.")); });
        dialog.exec();
    });
    connect(m_review, &QPushButton::clicked, this, [this] {
        ReviewDialog dialog(m_desk, placementId(), this);
        if (dialog.exec() == QDialog::Accepted)
            afterChange(tr("Review recorded."));
    });
    connect(m_meeting, &QPushButton::clicked, this, [this] {
        MeetingDialog dialog(m_desk, placementId(), this);
        if (dialog.exec() == QDialog::Accepted)
            afterChange(tr("Pre-disruption meeting recorded."));
    });
    connect(m_end, &QPushButton::clicked, this, [this] {
        EndPlacementDialog dialog(m_desk, placementId(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        QString what = tr("Placement ended (SSDA903 %1).").arg(dialog.ended().rec);
        if (dialog.ended().followUpReferralId) {
            auto referral = m_desk.referrals().load(dialog.ended().followUpReferralId);
            what += referral ? tr(" Referral %1 was opened in Draft for the move.").arg(referral->reference)
                             : tr(" A referral was opened in Draft for the move.");
        }
        afterChange(what);
    });
    connect(m_placementsView, &QTableView::clicked, this, [this] { updateActions(); });
}

qint64 ChildPage::placementId() const {
    const QModelIndex chosen = m_placementsView->currentIndex();
    if (chosen.isValid())
        return chosen.data(int(PlacementListModel::Role::PlacementId)).toLongLong();
    // The current placement, else the latest one (its contract can still be read).
    const core::ChildPlacementLife* current = m_record.current();
    if (current)
        return current->placement.id;
    return m_record.placements.isEmpty() ? 0 : m_record.placements.last().placement.id;
}

void ChildPage::refresh() {
    auto record = m_desk.children().record(m_childId);
    if (!record) {
        m_heading->setText(tr("<h2>Child %1</h2>").arg(m_childId));
        m_now->setText(
            tr("Could not read the child's record: %1").arg(record.error().message.toHtmlEscaped()));
        return;
    }
    m_record = std::move(record.value());
    showRecord();
}

void ChildPage::showRecord() {
    const core::ChildRecord& r = m_record;
    setWindowTitle(tr("%1 \u2014 child's page").arg(r.name()));
    QStringList facts{r.child.childRef};
    if (r.child.dob.isValid()) {
        const QDate today = QDate::currentDate();
        int age = today.year() - r.child.dob.year();
        if (QDate(today.year(), r.child.dob.month(), qMin(r.child.dob.day(), 28)) > today)
            --age;
        facts << tr("born %1 (%2)").arg(dayText(r.child.dob)).arg(age);
    }
    if (!sexWords(r.child.sex).isEmpty())
        facts << sexWords(r.child.sex);
    if (!r.socialWorker.isEmpty())
        facts << tr("social worker: %1").arg(r.socialWorker);
    m_heading->setText(
        QStringLiteral("<h2 style=\"margin:0\">%1</h2><span>%2</span>")
            .arg(r.name().toHtmlEscaped(), facts.join(QStringLiteral(" \u00b7 ")).toHtmlEscaped()));

    const QDate today = QDate::currentDate();
    if (const core::ChildPlacementLife* now = r.current()) {
        const core::PlacementRecord& p = now->placement;
        QString text = tr("<b>Now:</b> %1 since %2 \u2014 %3")
                           .arg(core::placementWhere(p).toHtmlEscaped(), dayText(p.start),
                                core::categoryLabel(core::categoryFromKey(p.category)).toHtmlEscaped());
        if (!now->contracts.isEmpty())
            text += tr(", contract version %1 (%2 a week)")
                        .arg(now->contracts.last().version)
                        .arg(core::formatPounds(now->contracts.last().weeklyTotal()));
        if (now->nextReviewDue.isValid())
            text += now->nextReviewDue < today
                        ? tr("<br><b style=\"color:#a01010\">Review OVERDUE</b>: due %1, %2 days ago.")
                              .arg(dayText(now->nextReviewDue))
                              .arg(now->nextReviewDue.daysTo(today))
                        : tr("<br>Next review due %1 (in %2 days).")
                              .arg(dayText(now->nextReviewDue))
                              .arg(today.daysTo(now->nextReviewDue));
        m_now->setText(text);
    } else {
        m_now->setText(
            tr("<b>No current placement.</b> %1 placement(s) on record.").arg(r.placements.size()));
    }

    m_timeline->setEvents(core::childTimeline(r));
    QList<core::PlacementRecord> rows;
    QHash<qint64, QDate> next;
    for (auto it = r.placements.crbegin(); it != r.placements.crend(); ++it) { // newest first
        rows << it->placement;
        if (it->nextReviewDue.isValid())
            next.insert(it->placement.id, it->nextReviewDue);
    }
    m_placements->setRows(rows, next, today);
    static_cast<ReferralListModel*>(m_referralsView->model())->setRows(r.referrals);
    m_contacts->setText(contactsHtml());
    m_tabs->setTabText(1, tr("Pla&cements (%1)").arg(rows.size()));
    m_tabs->setTabText(2, tr("&Referrals (%1)").arg(r.referrals.size()));
    for (QTableView* v : {qobject_cast<QTableView*>(m_tabs->widget(0)), m_placementsView, m_referralsView})
        v->resizeColumnsToContents();
    updateActions();
}

QString ChildPage::contactsHtml() const {
    const core::ChildRecord& r = m_record;
    QString html = QStringLiteral("<table cellpadding=\"3\">");
    auto row = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.isEmpty() ? tr("not recorded") : value.toHtmlEscaped());
    };
    row(tr("Social worker"), r.socialWorker);
    row(tr("Placement officer"), r.officer);
    row(tr("Home postcode"), r.homePostcode);
    html +=
        QStringLiteral("</table><h4>%1</h4>").arg(tr("Family time (contact) arrangements").toHtmlEscaped());
    if (r.contacts.isEmpty())
        return html + tr("None recorded on the latest referral.");
    html += QStringLiteral("<ul>");
    for (const core::ContactArrangement& c : r.contacts)
        html += QStringLiteral("<li>%1</li>")
                    .arg(tr("%1: %2 session(s) a week").arg(c.with).arg(c.sessionsPerWeek).toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

void ChildPage::updateActions() {
    const qint64 id = placementId();
    const core::PlacementRecord* chosen = nullptr;
    bool hasContract = false;
    for (const core::ChildPlacementLife& life : m_record.placements)
        if (life.placement.id == id) {
            chosen = &life.placement;
            hasContract = !life.contracts.isEmpty();
        }
    const bool current = chosen && chosen->isCurrent();
    m_contract->setEnabled(hasContract);
    m_contract->setToolTip(hasContract
                               ? tr("The contract of the placement chosen (print it, change it)")
                               : tr("This placement has no contract: it was not made through permission "
                                    "to place."));
    const QString ended =
        chosen ? tr("This placement has ended.") : tr("The child has no current placement.");
    for (auto [button, operation] : {std::pair{m_review, core::Operation::RecordReview},
                                     std::pair{m_meeting, core::Operation::RecordMeeting},
                                     std::pair{m_end, core::Operation::EndPlacement}}) {
        // The role's refusal first, then why the placement cannot take it.
        const QString refused = whyNot(&m_desk, operation);
        button->setEnabled(refused.isEmpty() && current);
        button->setToolTip(!refused.isEmpty() ? refused : current ? QString() : ended);
    }
}

void ChildPage::afterChange(const QString& what) {
    const qint64 chosen = placementId();
    refresh();
    for (int row = 0; row < m_placements->rowCount(); ++row)
        if (m_placements->index(row, 0).data(int(PlacementListModel::Role::PlacementId)).toLongLong() ==
            chosen)
            m_placementsView->setCurrentIndex(m_placements->index(row, PlacementListModel::Where));
    updateActions();
    m_status->setText(what);
    emit changed();
}

} // namespace pd::ui
