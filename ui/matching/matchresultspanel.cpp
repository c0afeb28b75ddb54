// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/matching/matchresultspanel.h"

#include "core/services/desk.h"

#include "core/matching/matchservice.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
constexpr int kShownExclusions = 500; // enough to see why; the CLI lists them all
}

MatchResultsPanel::MatchResultsPanel(core::Desk& desk, qint64 referralId, QWidget* parent)
    : QWidget(parent), m_desk(desk), m_referralId(referralId), m_service(desk.matching()),
      m_summary(new QLabel(this)), m_tree(new QTreeWidget(this)) {
    auto* layout = new QVBoxLayout(this);
    auto* again = new QPushButton(tr("Match again"), this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(again);
    layout->addLayout(top);
    layout->addWidget(m_tree);
    m_tree->setHeaderLabels(
        {tr("Vacancy / criterion"), tr("Score"), tr("Whole weekly cost"), tr("Miles from home"), tr("Why")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(true);
    m_tree->header()->setStretchLastSection(true);
    connect(again, &QPushButton::clicked, this, &MatchResultsPanel::refresh);
    refresh();
}

MatchResultsPanel::~MatchResultsPanel() = default;

void MatchResultsPanel::refresh() {
    m_tree->clear();
    auto result = m_service.match(m_referralId);
    if (!result) {
        m_summary->setText(result.error().message);
        return;
    }
    const core::MatchResult& r = result.value();
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
        for (const core::ScoreLine& l : r.explain(c))
            new QTreeWidgetItem(item, {core::softCriterionLabel(l.criterion),
                                       l.score < 0 ? tr("n/a") : tr("%1%").arg(qRound(l.score * 100)),
                                       tr("weight %1").arg(l.weight), QString(), l.explanation});
        if (rank <= 3)
            item->setExpanded(true);
    }
    if (r.exclusions.empty())
        return;
    auto* excluded = new QTreeWidgetItem(m_tree, {tr("Excluded (%1)").arg(r.exclusions.size())});
    int shown = 0;
    for (const auto& e : r.exclusions) {
        if (++shown > kShownExclusions) {
            new QTreeWidgetItem(
                excluded,
                {tr("… and %1 more (see placement-desk match)").arg(r.exclusions.size() - kShownExclusions)});
            break;
        }
        const core::RegisterVacancy& v = r.vacancy(e.index);
        auto* item = new QTreeWidgetItem(excluded, {tr("%1 — %2").arg(v.providerName, v.provisionName),
                                                    QString(), core::formatPounds(e.cost.total()), QString(),
                                                    r.reasons(e).join(QLatin1Char(' '))});
        item->setForeground(0, QColor(0x8a, 0x1c, 0x1c));
    }
    excluded->setExpanded(r.exclusions.size() <= 20);
    for (int c = 0; c < 4; ++c)
        m_tree->resizeColumnToContents(c);
}

} // namespace pd::ui
