// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14, item 8: the "Referrals received per month" axis shows whole numbers, not 0, 0, 0, 1.
#include "core/reports/referralfunnel.h"
#include "tests/support/catch.h"
#include "ui/dashboard/dashboardcharts.h"

#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QValueAxis>

using namespace pd;

namespace {
/// The value axis's labels as drawn: the texts left of the plot area.
QStringList drawnLabels(QChart* chart) {
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(0, 0, 780, 300));
    chart->layout()->activate();
    QStringList labels;
    for (QGraphicsItem* item : scene.items(Qt::AscendingOrder))
        if (auto* text = dynamic_cast<QGraphicsTextItem*>(item);
            text && text->isVisible() && !text->toPlainText().isEmpty() &&
            text->sceneBoundingRect().right() <= chart->plotArea().left() + 1)
            labels << text->toPlainText();
    return labels;
}
} // namespace

TEST_CASE("a month's referral counts are labelled 0, 1, 2 on the axis", "[ui][dashboard][issue14]") {
    for (int most : {0, 1, 3, 12, 140}) {
        core::ReferralFunnel funnel;
        funnel.perMonth[4] = most;
        funnel.perMonth[5] = most / 2;
        QChart* chart = ui::DashboardCharts::funnel(funnel);
        auto axes = chart->axes(Qt::Vertical);
        REQUIRE(axes.size() == 1);
        auto* axis = qobject_cast<QValueAxis*>(axes.first());
        REQUIRE(axis);
        CHECK(axis->min() == 0);
        CHECK(axis->max() >= most);
        CHECK(axis->tickInterval() >= 1);
        CHECK(axis->tickInterval() == std::round(axis->tickInterval()));
        const QStringList labels = drawnLabels(chart);
        // Each tick's label is its own number: never the same number twice.
        QStringList numbers;
        for (const QString& l : labels) {
            bool isNumber = false;
            l.toInt(&isNumber);
            if (isNumber)
                numbers << l;
        }
        INFO(labels.join(u' ').toStdString());
        CHECK(numbers.size() >= 2);
        CHECK(numbers.removeDuplicates() == 0);
        CHECK(numbers.contains(QStringLiteral("0")));
    }
}
