// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/children/contractdialog.h"

#include "core/services/desk.h"
#include "ui/children/contractchangedialog.h"
#include "ui/widgets/permissiongate.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pd::ui {

ContractDialog::ContractDialog(core::Desk& desk, qint64 placementId, QWidget* parent)
    : QDialog(parent), m_desk(desk), m_placementId(placementId), m_document(new QTextBrowser(this)),
      m_status(new QLabel(this)), m_print(new QPushButton(tr("&Print to PDF…"), this)),
      m_change(new QPushButton(tr("&Change the contract…"), this)) {
    setWindowTitle(tr("Individual Placement Contract"));
    m_document->setAccessibleName(tr("The contract"));
    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_change, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_document, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(m_print, &QPushButton::clicked, this, [this] {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Print the contract to PDF"),
            QDir(folder).filePath(QStringLiteral("contract-placement-%1.pdf").arg(m_placementId)),
            tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            writePdf(path);
    });
    connect(m_change, &QPushButton::clicked, this, [this] {
        ContractChangeDialog change(m_desk, m_placementId, this);
        if (change.exec() == QDialog::Accepted) {
            reload();
            m_status->setText(tr("Version %1 made; the earlier versions are kept.").arg(change.version()));
            emit changed();
        }
    });
    gateWidget(m_change, &m_desk, core::Operation::ChangeContract);
    reload();
    resize(760, 820);
}

bool ContractDialog::writePdf(const QString& path) {
    const core::Status written = m_desk.contracts().writePdf(m_placementId, QDate::currentDate(), path);
    m_status->setText(written ? tr("Written to %1").arg(QDir::toNativeSeparators(path))
                              : tr("Not written: %1").arg(written.error().message));
    return bool(written);
}

void ContractDialog::reload() {
    auto html = m_desk.contracts().html(m_placementId, QDate::currentDate());
    if (!html) {
        m_document->setPlainText(html.error().message);
        m_print->setEnabled(false);
        m_change->setEnabled(false);
        return;
    }
    m_document->setHtml(html.value());
}

} // namespace pd::ui
