// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/team/mydetailsdialog.h"

#include "ui/team/mydetails.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace pd::ui {

MyDetailsDialog::MyDetailsDialog(const QString& name, QWidget* parent)
    : QDialog(parent), m_jobTitle(new QLineEdit(this)), m_phone(new QLineEdit(this)),
      m_email(new QLineEdit(this)), m_problem(new QLabel(this)) {
    setWindowTitle(tr("My details"));
    const core::SendingOfficer stored = MyDetails::load();
    m_jobTitle->setText(stored.jobTitle);
    m_phone->setText(stored.phone);
    m_email->setText(stored.email);
    m_jobTitle->setPlaceholderText(tr("e.g. Placement officer"));
    m_phone->setPlaceholderText(tr("e.g. 01632 960123"));
    m_email->setPlaceholderText(tr("e.g. sam.patel@council.gov.uk"));
    auto* form = new QFormLayout(this);
    auto* intro =
        new QLabel(tr("Packs and e-mail drafts you send name you, so providers know whom to answer. "
                      "Your name comes from the team's list of users: %1.")
                       .arg(name.toHtmlEscaped()),
                   this);
    intro->setWordWrap(true);
    form->addRow(intro);
    form->addRow(tr("&Job title"), m_jobTitle);
    form->addRow(tr("&Telephone"), m_phone);
    form->addRow(tr("&E-mail"), m_email);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #8a1c1c;"));
    m_problem->hide();
    form->addRow(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &MyDetailsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

void MyDetailsDialog::accept() {
    if (const QString problem = MyDetails::emailProblem(m_email->text()); !problem.isEmpty()) {
        m_problem->setText(QStringLiteral("\u26a0 ") + problem);
        m_problem->show();
        m_email->setFocus();
        return;
    }
    core::SendingOfficer details;
    details.jobTitle = m_jobTitle->text();
    details.phone = m_phone->text();
    details.email = m_email->text();
    MyDetails::save(details);
    QDialog::accept();
}

} // namespace pd::ui
