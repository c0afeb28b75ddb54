// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/matching/matchresultspanel.h"

#include "core/services/desk.h"

#include "core/matching/matchservice.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
constexpr int kShownExclusions = 500; // enough to see why; the CLI lists them all
constexpr int kRankRole = Qt::UserRole + 1;

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

QString day(qint64 julian) {
    return julian ? QDate::fromJulianDay(julian).toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

/// Every cell's whole text as its tooltip: the column cuts long explanations.
void tipAll(QTreeWidgetItem* item) {
    for (int c = 0; c < item->columnCount(); ++c)
        if (!item->text(c).isEmpty())
            item->setToolTip(c, item->text(c));
}
} // namespace

MatchResultsPanel::MatchResultsPanel(core::Desk& desk, qint64 referralId, QWidget* parent)
    : QWidget(parent), m_desk(desk), m_referralId(referralId), m_service(desk.matching()),
      m_summary(new QLabel(this)), m_tree(new QTreeWidget(this)), m_detail(new QTextBrowser(this)),
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
    m_tree->setHeaderLabels(
        {tr("Vacancy / criterion"), tr("Score"), tr("Whole weekly cost"), tr("Miles from home"), tr("Why")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setAccessibleName(tr("Match results"));
    m_detail->setAccessibleName(tr("The selected candidate in full"));
    m_detail->setPlaceholderText(tr("Select a candidate to read every explanation in full."));
    m_recordOffer->setEnabled(false);
    m_recordOffer->setToolTip(tr("Opens the offer form with the selected candidate's home chosen"));
    connect(again, &QPushButton::clicked, this, &MatchResultsPanel::refresh);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &MatchResultsPanel::showSelected);
    // Enter on a candidate opens the offer form for its home, as the button does.
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] {
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
    const QTreeWidgetItem* item = m_tree->currentItem();
    while (item && item->parent())
        item = item->parent();
    return item ? item->data(0, kRankRole).toInt() : 0;
}

void MatchResultsPanel::refresh() {
    m_tree->clear();
    m_result.reset();
    auto result = m_service.match(m_referralId);
    if (!result) {
        m_summary->setText(result.error().message);
        return;
    }
    m_result = std::make_shared<const core::MatchResult>(std::move(result.value()));
    const core::MatchResult& r = *m_result;
    m_summary->setText(tr("Referral %1: %2 candidate(s) and %3 excluded, of %4 vacancies.")
                           .arg(r.referral.reference)
                           .arg(r.candidates.size())
                           .arg(r.exclusions.size())
                           .arg(r.snapshot->vacancies.size()));
    int rank = 0;
    for (const auto& c : r.candidates) {
        const core::RegisterVacancy& v = r.vacancy(c.index);
        auto* item = new QTreeWidgetItem(
            m_tree,
            {tr("%1. %2 — %3").arg(++rank).arg(v.providerName, v.provisionName), QString::number(c.score),
             core::formatPounds(c.cost.total()),
             c.milesHome < 0 ? tr("unknown") : QString::number(c.milesHome, 'f', 1), c.cost.describe()});
        item->setData(0, kRankRole, rank);
        tipAll(item);
        for (const QString& line : r.essentials(c))
            tipAll(
                new QTreeWidgetItem(item, {tr("Essential limit met"), tr("✔"), QString(), QString(), line}));
        for (const core::ScoreLine& l : r.explain(c))
            tipAll(new QTreeWidgetItem(item, {core::softCriterionLabel(l.criterion),
                                              l.score < 0 ? tr("n/a") : tr("%1%").arg(qRound(l.score * 100)),
                                              tr("weight %1").arg(l.weight), QString(), l.explanation}));
        if (rank <= 3)
            item->setExpanded(true);
    }
    if (!r.exclusions.empty()) {
        auto* excluded = new QTreeWidgetItem(m_tree, {tr("Excluded (%1)").arg(r.exclusions.size())});
        int shown = 0;
        for (const auto& e : r.exclusions) {
            if (++shown > kShownExclusions) {
                new QTreeWidgetItem(excluded, {tr("… and %1 more (see placement-desk match)")
                                                   .arg(r.exclusions.size() - kShownExclusions)});
                break;
            }
            const core::RegisterVacancy& v = r.vacancy(e.index);
            auto* item = new QTreeWidgetItem(excluded, {tr("%1 — %2").arg(v.providerName, v.provisionName),
                                                        QString(), core::formatPounds(e.cost.total()),
                                                        QString(), r.reasons(e).join(QLatin1Char(' '))});
            item->setForeground(0, QColor(0x8a, 0x1c, 0x1c));
            tipAll(item);
        }
        excluded->setExpanded(r.exclusions.size() <= 20);
    }
    for (int c = 0; c < 4; ++c)
        m_tree->resizeColumnToContents(c);
    if (m_tree->topLevelItemCount() > 0 && rank > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
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
