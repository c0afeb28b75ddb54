// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/matching/choicedialog.h"

#include "core/reports/optionspaper.h"
#include "core/services/desk.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace pd::ui {

ChoiceDialog::ChoiceDialog(core::Desk& desk, qint64 referralId, QWidget* parent)
    : QDialog(parent), m_desk(desk), m_referralId(referralId), m_offer(new QComboBox(this)),
      m_childView(new QPlainTextEdit(this)), m_familyView(new QPlainTextEdit(this)) {
    setWindowTitle(tr("The social worker's choice"));
    auto* form = new QFormLayout(this);
    if (auto offers = desk.offers().offers(referralId))
        for (const core::CheckedOffer& o : core::OptionsPaper::compliant(offers.value()))
            if (o.offer.status == QLatin1String("open"))
                m_offer->addItem(
                    tr("%1 — %2 (%3 a week whole cost)")
                        .arg(o.offer.providerName, o.offer.provisionName, core::formatPounds(o.cost.total())),
                    o.offer.id);
    if (auto current = desk.choice().current(referralId); current && current->has_value()) {
        m_offer->setCurrentIndex(qMax(0, m_offer->findData((*current)->offerId)));
        m_childView->setPlainText((*current)->childView);
        m_familyView->setPlainText((*current)->familyView);
    }
    m_childView->setPlaceholderText(tr("What the child said about this home, in their own words"));
    m_familyView->setPlaceholderText(tr("What the parents or family said"));
    auto* intro =
        new QLabel(tr("The social worker chooses one of the options presented. The manager then gives "
                      "permission to place the chosen option."),
                   this);
    intro->setWordWrap(true);
    form->addRow(intro);
    form->addRow(tr("C&hosen option"), m_offer);
    form->addRow(tr("The child's &view"), m_childView);
    form->addRow(tr("The &family's view"), m_familyView);
    for (QPlainTextEdit* e : {m_childView, m_familyView})
        e->setTabChangesFocus(true); // Tab goes on to the next field, as in every other form
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Ok)->setText(tr("&Record the choice"));
    form->addRow(box);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, this, [this] {
        auto chosen = choose(m_offer->currentData().toLongLong(), m_childView->toPlainText(),
                             m_familyView->toPlainText());
        if (!chosen) {
            QMessageBox::warning(this, windowTitle(), chosen.error().message);
            return;
        }
        accept();
    });
}

core::Result<qint64> ChoiceDialog::choose(qint64 offerId, const QString& childView,
                                          const QString& familyView) {
    core::PlacementChoice c;
    c.referralId = m_referralId;
    c.offerId = offerId;
    c.childView = childView;
    c.familyView = familyView;
    return m_desk.choice().record(c);
}

} // namespace pd::ui
