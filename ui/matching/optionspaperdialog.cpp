// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/matching/optionspaperdialog.h"

#include "core/services/desk.h"

#include "core/reports/printeddocument.h"
#include "core/services/optionspresenter.h"
#include "ui/widgets/savefolder.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace pd::ui {

OptionsPaperDialog::OptionsPaperDialog(core::Desk& desk, qint64 referralId, QWidget* parent)
    : QDialog(parent), m_desk(desk), m_referralId(referralId), m_reason(new QLineEdit(this)),
      m_view(new QTextBrowser(this)) {
    setWindowTitle(tr("Options paper"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_reason->setPlaceholderText(tr("Needed when fewer than three offers meet every essential criterion"));
    form->addRow(tr("&Why fewer than three options"), m_reason);
    layout->addLayout(form);
    layout->addWidget(m_view, 1);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* preview = box->addButton(tr("Print pre&view…"), QDialogButtonBox::ActionRole);
    auto* pdf = box->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    auto* present = box->addButton(tr("&Record as presented"), QDialogButtonBox::AcceptRole);
    layout->addWidget(box);
    connect(m_reason, &QLineEdit::editingFinished, this, &OptionsPaperDialog::refresh);
    connect(preview, &QPushButton::clicked, this, &OptionsPaperDialog::printPreview);
    connect(pdf, &QPushButton::clicked, this, &OptionsPaperDialog::savePdf);
    connect(present, &QPushButton::clicked, this, [this] {
        if (auto id = this->present(); !id)
            QMessageBox::warning(this, tr("Options paper"), id.error().message);
        else
            accept();
    });
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1000, 760);
    refresh();
}

void OptionsPaperDialog::setReason(const QString& reason) {
    m_reason->setText(reason);
    refresh();
}

bool OptionsPaperDialog::refresh() {
    auto paper = m_desk.options().prepare(m_referralId, m_reason->text());
    if (!paper) {
        m_html.clear();
        m_view->setHtml(
            QStringLiteral("<p style='color:#8a1c1c'>%1</p>").arg(paper.error().message.toHtmlEscaped()));
        return false;
    }
    m_html = paper->html;
    m_view->setHtml(m_html);
    return true;
}

core::Result<qint64> OptionsPaperDialog::present() {
    return m_desk.options().present(m_referralId, m_reason->text());
}

void OptionsPaperDialog::printPreview() {
    if (!refresh())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* p) {
        QTextDocument doc;
        doc.setHtml(m_html);
        doc.print(p);
    });
    dialog.exec();
}

void OptionsPaperDialog::savePdf() {
    if (!refresh())
        return;
    const QString path = SaveFolder::ask(this, tr("Save options paper"), QStringLiteral("options-paper.pdf"),
                                         tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto s = core::PrintedDocument::writePdf(m_html, path, windowTitle(),
                                                 core::PrintedDocument::Orientation::Landscape);
        !s)
        QMessageBox::warning(this, tr("Options paper"), s.error().message);
}

} // namespace pd::ui
