// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/matching/senddialog.h"

#include "core/reports/referralpack.h"
#include "core/services/desk.h"
#include "core/services/referralsender.h"
#include "ui/team/mydetails.h"
#include "ui/widgets/savefolder.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSet>
#include <QTextBrowser>
#include <QTextDocument>

namespace pd::ui {

SendDialog::SendDialog(core::Desk& desk, qint64 referralId, QWidget* parent)
    : QDialog(parent), m_desk(desk), m_referralId(referralId), m_list(new QListWidget(this)),
      m_folder(new QLineEdit(this)), m_preview(new QTextBrowser(this)), m_redactions(new QLabel(this)) {
    setWindowTitle(tr("Send the referral to providers"));
    auto* form = new QFormLayout(this);
    form->addRow(new QLabel(tr("Everyone ticked gets the anonymised pack at the same time."), this));
    core::ReferralSender& sender = desk.sending();
    auto defaults = sender.defaultRecipients(referralId);
    auto all = desk.sending().usableProviders();
    QSet<qint64> ticked;
    if (defaults)
        for (const core::Recipient& r : defaults.value())
            ticked.insert(r.providerId);
    if (all) {
        for (const core::Recipient& r : all.value()) {
            auto* item =
                new QListWidgetItem(tr("%1 (%2) — %3")
                                        .arg(r.name, core::label(r.framework).toLower(),
                                             r.email.isEmpty() ? tr("no referral address") : r.email),
                                    m_list);
            item->setData(Qt::UserRole, r.providerId);
            item->setCheckState(ticked.contains(r.providerId) ? Qt::Checked : Qt::Unchecked);
        }
    }
    form->addRow(tr("Recipients"), m_list);
    // The pack and each draft name the officer sending them (Tools › My details).
    const core::SendingOfficer officer = sender.sendingOfficer(MyDetails::load());
    m_from = new QLabel(this);
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setWordWrap(true);
    m_from->setText(
        officer.email.isEmpty()
            ? tr("From %1. Add your telephone and e-mail in Tools \u203a My details: the drafts then "
                 "come from your address and the pack says how to reach you.")
                  .arg(officer.lines().join(QStringLiteral(", ")))
            : tr("From %1").arg(officer.lines().join(QStringLiteral(", "))));
    form->addRow(tr("Sent by"), m_from);
    auto preview = sender.preview(referralId, QDate::currentDate(), officer);
    if (preview) {
        m_redactions->setText(
            preview->redactions == 0
                ? tr("The pack as providers will see it. Nothing personal was found to take out: check it "
                     "before it goes.")
                : tr("The pack as providers will see it: %n personal detail(s) taken out, highlighted. "
                     "Check it before it goes.",
                     nullptr, preview->redactions));
        m_preview->setHtml(preview->html);
    } else {
        m_redactions->setText(preview.error().message);
    }
    m_redactions->setObjectName(QStringLiteral("redactions"));
    m_redactions->setWordWrap(true);
    form->addRow(m_redactions);
    form->addRow(tr("Pack"), m_preview);
    auto* folderRow = new QHBoxLayout;
    m_folder->setText(SaveFolder::folder(QStringLiteral("drafts")));
    auto* browse = new QPushButton(tr("Choose…"), this);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    form->addRow(tr("Save drafts in"), folderRow);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* named = box->addButton(tr("Print full pack for the social worker…"), QDialogButtonBox::ActionRole);
    auto* go = box->addButton(tr("Write drafts"), QDialogButtonBox::AcceptRole);
    form->addRow(box);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString d =
            QFileDialog::getExistingDirectory(this, tr("Folder for the e-mail drafts"), m_folder->text());
        if (!d.isEmpty()) {
            m_folder->setText(d);
            SaveFolder::remember(d, QStringLiteral("drafts"));
        }
    });
    connect(named, &QPushButton::clicked, this, [this] {
        auto referral = m_desk.referrals().load(m_referralId);
        auto html = referral ? core::ReferralPack::html(referral.value(), core::ReferralPack::Kind::Named,
                                                        QDate::currentDate())
                             : core::Result<QString>(referral.error());
        if (!html) {
            QMessageBox::warning(this, windowTitle(), html.error().message);
            return;
        }
        QPrinter printer(QPrinter::HighResolution);
        QPrintPreviewDialog preview(&printer, this);
        connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&html](QPrinter* p) {
            QTextDocument doc;
            doc.setHtml(html.value());
            doc.print(p);
        });
        preview.exec();
    });
    connect(go, &QPushButton::clicked, this, [this] {
        auto sent = send();
        if (!sent) {
            QMessageBox::warning(this, windowTitle(), sent.error().message);
            return;
        }
        SaveFolder::remember(m_folder->text(), QStringLiteral("drafts"));
        QMessageBox::information(this, windowTitle(),
                                 tr("%1 draft(s) written to %2.")
                                     .arg(sent->size())
                                     .arg(QDir::toNativeSeparators(m_folder->text())));
        accept();
    });
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 720);
}

QList<qint64> SendDialog::chosenProviders() const {
    QList<qint64> out;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << m_list->item(i)->data(Qt::UserRole).toLongLong();
    return out;
}

void SendDialog::setFolder(const QString& folder) {
    m_folder->setText(folder);
}

core::Result<QList<core::SendRecord>> SendDialog::send() {
    return m_desk.sending().send(m_referralId, chosenProviders(), m_folder->text(), QDate::currentDate(),
                                 MyDetails::load());
}

} // namespace pd::ui
