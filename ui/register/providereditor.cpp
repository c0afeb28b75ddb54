// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/register/providereditor.h"

#include "core/services/desk.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/formfields.h"
#include "ui/widgets/postcodefield.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace pd::ui {

ProviderEditor::ProviderEditor(core::Desk& desk, const core::Provider& provider, QWidget* parent)
    : QDialog(parent), m_desk(desk), m_provider(provider), m_name(new QLineEdit(this)),
      m_kind(new QComboBox(this)), m_urn(new QLineEdit(this)), m_rating(new QComboBox(this)),
      m_ratingDate(new DateField(this)), m_status(new QComboBox(this)), m_bandLower(new QLineEdit(this)),
      m_bandUpper(new QLineEdit(this)), m_email(new QLineEdit(this)), m_contacts(new QPlainTextEdit(this)),
      m_address(new QPlainTextEdit(this)), m_postcode(new PostcodeField(this)) {
    setWindowTitle(provider.id ? tr("Edit provider \u2014 %1").arg(provider.name) : tr("New provider"));
    for (core::ProviderKind k : core::all<core::ProviderKind>())
        m_kind->addItem(core::label(k), int(k));
    for (core::OfstedRating r : core::all<core::OfstedRating>())
        m_rating->addItem(core::label(r), int(r));
    for (core::FrameworkStatus s : core::all<core::FrameworkStatus>())
        if (!core::isBarred(s) || s == provider.frameworkStatus)
            m_status->addItem(core::label(s), int(s));
    // Suspension and exclusion carry a reason and an audit entry: they have their own buttons.
    m_status->setEnabled(!core::isBarred(provider.frameworkStatus));
    m_email->setObjectName(QStringLiteral("referralEmail"));
    m_bandLower->setPlaceholderText(tr("£ per week (select list)"));
    m_bandUpper->setPlaceholderText(tr("£ per week (select list)"));
    m_urn->setPlaceholderText(tr("e.g. SC123456"));
    for (QPlainTextEdit* edit : {m_contacts, m_address}) {
        edit->setFixedHeight(64);
        edit->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        edit->setTabChangesFocus(true);
    }

    m_name->setText(provider.name);
    FormFields::select(m_kind, int(provider.kind));
    m_urn->setText(provider.ofstedUrn);
    FormFields::select(m_rating, int(provider.rating));
    m_ratingDate->setDate(provider.ratingDate);
    FormFields::select(m_status, int(provider.frameworkStatus));
    if (provider.priceBandLower)
        m_bandLower->setText(QString::number(*provider.priceBandLower, 'f', 2));
    if (provider.priceBandUpper)
        m_bandUpper->setText(QString::number(*provider.priceBandUpper, 'f', 2));
    m_email->setText(provider.referralEmail);
    m_contacts->setPlainText(provider.contacts);
    m_address->setPlainText(provider.address);
    m_postcode->setPostcode(provider.postcode);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("Ofsted &URN"), m_urn);
    form->addRow(tr("Ofsted &rating"), m_rating);
    form->addRow(tr("Rating &date"), m_ratingDate);
    form->addRow(tr("&Framework status"), m_status);
    if (core::isBarred(provider.frameworkStatus))
        form->addRow(QString(),
                     new QLabel(tr("Reason: %1 (since %2)")
                                    .arg(provider.statusReason, FormFields::dateText(provider.statusDate))));
    form->addRow(tr("Price band &lower"), m_bandLower);
    form->addRow(tr("Price band u&pper"), m_bandUpper);
    form->addRow(tr("Referral &e-mail"), m_email);
    form->addRow(tr("&Contacts"), m_contacts);
    form->addRow(tr("&Address"), m_address);
    form->addRow(tr("P&ostcode"), m_postcode);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProviderEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProviderEditor::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

bool ProviderEditor::read(core::Provider* out, QString* problem) const {
    core::Provider p = m_provider;
    p.name = m_name->text();
    p.kind = core::ProviderKind(m_kind->currentData().toInt());
    p.ofstedUrn = m_urn->text().trimmed().toUpper();
    p.rating = core::OfstedRating(m_rating->currentData().toInt());
    bool ok = true;
    p.ratingDate = m_ratingDate->date();
    if (!m_ratingDate->problem().isEmpty()) {
        *problem = tr("Rating date: %1").arg(m_ratingDate->problem());
        return false;
    }
    p.frameworkStatus = core::FrameworkStatus(m_status->currentData().toInt());
    p.priceBandLower = FormFields::amount(m_bandLower, &ok);
    bool okUpper = true;
    p.priceBandUpper = FormFields::amount(m_bandUpper, &okUpper);
    if (!ok || !okUpper) {
        *problem = tr("Price bands are amounts in pounds per week, e.g. 950.00.");
        return false;
    }
    p.referralEmail = m_email->text().trimmed();
    p.contacts = m_contacts->toPlainText();
    p.address = m_address->toPlainText();
    if (!m_postcode->problem().isEmpty()) {
        *problem = tr("Postcode: %1").arg(m_postcode->problem());
        return false;
    }
    p.postcode = m_postcode->postcode();
    *out = p;
    return true;
}

core::Status ProviderEditor::save() {
    core::Provider p;
    QString problem;
    if (!read(&p, &problem))
        return core::Error::invalid(problem);
    if (auto s = m_desk.providerRegister().saveProvider(p); !s)
        return s;
    m_provider = p;
    return {};
}

void ProviderEditor::accept() {
    if (auto s = save(); !s) {
        QMessageBox::warning(this, tr("Provider not saved"), s.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace pd::ui
