// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/matching/newhomedialog.h"

#include "core/services/desk.h"
#include "ui/widgets/savefolder.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pd::ui {

NewHomeDialog::NewHomeDialog(core::Desk& desk, qint64 referralId, qint64 offerId, QWidget* parent)
    : QDialog(parent), m_desk(desk), m_referralId(referralId), m_offerId(offerId),
      m_view(new QTextBrowser(this)) {
    setWindowTitle(tr("Your new home — the child's profile"));
    auto* layout = new QVBoxLayout(this);
    auto* hint =
        new QLabel(tr("This is what the child will read before the move, in words for their age. The "
                      "home's own words and photos come from its profile on the provider's page."),
                   this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_view->setAccessibleName(tr("The child's profile"));
    layout->addWidget(m_view, 1);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* pdf = box->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    layout->addWidget(box);
    connect(pdf, &QPushButton::clicked, this, &NewHomeDialog::savePdf);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto html = m_desk.newHomes().html(m_referralId, m_offerId, QDate::currentDate());
    if (html) {
        m_html = html.value();
        m_view->setHtml(m_html);
    } else {
        m_view->setHtml(
            QStringLiteral("<p style='color:#8a1c1c'>%1</p>").arg(html.error().message.toHtmlEscaped()));
        pdf->setEnabled(false);
        pdf->setToolTip(html.error().message);
    }
    resize(820, 900);
}

QString NewHomeDialog::saveTo(const QString& path) {
    if (auto s = m_desk.newHomes().writePdf(m_referralId, m_offerId, QDate::currentDate(), path); !s)
        return s.error().message;
    return {};
}

void NewHomeDialog::savePdf() {
    const QString path = SaveFolder::ask(this, tr("Save the child's profile"),
                                         QStringLiteral("your-new-home.pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const QString problem = saveTo(path); !problem.isEmpty())
        QMessageBox::warning(this, tr("Save the child's profile"), problem);
}

} // namespace pd::ui
