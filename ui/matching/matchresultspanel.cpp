// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/matching/matchresultspanel.h"

#include "core/matching/matchservice.h"
#include "core/services/desk.h"
#include "ui/models/matchresultsmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

QString day(qint64 julian) {
    return julian ? QDate::fromJulianDay(julian).toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

} // namespace

MatchResultsPanel::MatchResultsPanel(core::Desk& desk, qint64 referralId, QWidget* parent)
    : QWidget(parent), m_desk(desk), m_referralId(referralId), m_service(desk.matching()),
      m_summary(new QLabel(this)), m_model(new MatchResultsModel(this)), m_tree(new QTreeView(this)),
      m_detail(new QTextBrowser(this)),
      m_recordOffer(new QPushButton(tr("Record an &offer for this home…"), this)) {
    auto* layout = new QVBoxLayout(this);
    auto* again = new QPushButton(tr("Match again"), this);
    auto* top = new QHBoxLayout;
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    top->addWidget(m_recordOffer);
    top->addWidget(again);
    layout->addLayout(top);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    m_tree->setModel(m_model);
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setAccessibleName(tr("Match results"));
    m_detail->setAccessibleName(tr("The selected candidate in full"));
    m_detail->setPlaceholderText(tr("Select a candidate to read every explanation in full."));
    m_recordOffer->setEnabled(false);
    m_recordOffer->setToolTip(tr("Opens the offer form with the selected candidate's home chosen"));
    connect(again, &QPushButton::clicked, this, &MatchResultsPanel::refresh);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MatchResultsPanel::showSelected);
    // Enter on a candidate opens the offer form for its home, as the button does.
    connect(m_tree, &QTreeView::activated, this, [this] {
        if (m_recordOffer->isEnabled())
            m_recordOffer->click();
    });
    connect(m_recordOffer, &QPushButton::clicked, this, [this] {
        const int rank = selectedCandidate();
        if (!m_result || rank < 1)
            return;
        const core::RegisterVacancy& v = m_result->vacancy(m_result->candidates[size_t(rank - 1)].index);
        emit offerRequested(v.provisionId, v.weeklyFee, v.typicalExtras);
    });
    refresh();
}

MatchResultsPanel::~MatchResultsPanel() = default;

int MatchResultsPanel::selectedCandidate() const {
    return m_model->rankOf(m_tree->currentIndex());
}

void MatchResultsPanel::refresh() {
    m_model->clear();
    m_result.reset();
    auto result = m_service.match(m_referralId);
    if (!result) {
        m_summary->setText(result.error().message);
        showSelected();
        return;
    }
    m_result = std::make_shared<const core::MatchResult>(std::move(result.value()));
    const core::MatchResult& r = *m_result;
    m_summary->setText(tr("Referral %1: %2 candidate(s) and %3 excluded, of %4 vacancies.")
                           .arg(r.referral.reference)
                           .arg(r.candidates.size())
                           .arg(r.exclusions.size())
                           .arg(r.snapshot->vacancies.size()));
    m_model->setResult(m_result.get());
    const int candidates = int(r.candidates.size());
    for (int row = 0; row < std::min(candidates, 3); ++row)
        m_tree->expand(m_model->index(row, 0));
    if (const QModelIndex excluded = m_model->excludedRow(); excluded.isValid())
        m_tree->setExpanded(excluded, r.exclusions.size() <= 20);
    for (int c = 0; c < 4; ++c)
        m_tree->resizeColumnToContents(c);
    if (candidates > 0)
        m_tree->setCurrentIndex(m_model->index(0, 0));
    showSelected();
}

void MatchResultsPanel::showSelected() {
    const int rank = selectedCandidate();
    m_recordOffer->setEnabled(m_result && rank > 0);
    if (!m_result || rank < 1) {
        m_detail->clear();
        return;
    }
    const core::MatchResult& r = *m_result;
    const auto& c = r.candidates[size_t(rank - 1)];
    const core::RegisterVacancy& v = r.vacancy(c.index);
    QString vacancy = tr("from %1").arg(day(v.availableFromDay));
    if (v.availableUntilDay)
        vacancy += tr(" to %1").arg(day(v.availableUntilDay));
    QString html =
        tr("<h3>%1. %2 — %3</h3>").arg(QString::number(rank), esc(v.providerName), esc(v.provisionName));
    html += tr("<p>Postcode %1; vacancy %2 (%3 place(s)). Score <b>%4</b> of 100; whole weekly cost "
               "<b>%5</b> (%6); %7 from home.</p>")
                .arg(esc(v.postcode.isEmpty() ? tr("not known") : v.postcode), esc(vacancy),
                     QString::number(v.places), QString::number(c.score),
                     esc(core::formatPounds(c.cost.total())), esc(c.cost.describe()),
                     c.milesHome < 0 ? tr("distance unknown") : tr("%1 miles").arg(c.milesHome, 0, 'f', 1));
    const QStringList essentials = r.essentials(c);
    if (!essentials.isEmpty()) {
        html += tr("<p><b>Essential limits met</b></p><ul>");
        for (const QString& line : essentials)
            html += QStringLiteral("<li>✔ %1</li>").arg(esc(line));
        html += QStringLiteral("</ul>");
    }
    html += tr("<p><b>Why it scores %1</b></p><ul>").arg(c.score);
    for (const core::ScoreLine& l : r.explain(c))
        html += QStringLiteral("<li><b>%1</b> (%2, weight %3): %4</li>")
                    .arg(esc(core::softCriterionLabel(l.criterion)),
                         l.score < 0 ? tr("does not apply") : tr("%1%").arg(qRound(l.score * 100)),
                         QString::number(l.weight), esc(l.explanation));
    html += QStringLiteral("</ul>");
    m_detail->setHtml(html);
}

} // namespace pd::ui
