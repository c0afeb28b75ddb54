// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/register/providerpage.h"

#include "core/services/desk.h"
#include "ui/models/registermodel.h"
#include "ui/register/homeprofiledialog.h"
#include "ui/register/providereditor.h"
#include "ui/register/provisioneditor.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/formfields.h"
#include "ui/widgets/permissiongate.h"
#include "ui/widgets/reasondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBrowser>

namespace pd::ui {

namespace {

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

QString day(const QDate& d) {
    return d.isValid() ? QLocale().toString(d, QStringLiteral("d MMM yyyy")) : QString();
}

QString money(double v) {
    return RegisterModel::pounds(v);
}

QString row(const QString& label, const QString& value) {
    return value.trimmed().isEmpty()
               ? QString()
               : QStringLiteral("<tr><th align=left>%1</th><td>%2</td></tr>")
                     .arg(esc(label), esc(value).replace(u'\n', QStringLiteral("<br>")));
}

QString placementsTable(const QList<core::PlacementAtProvider>& list, bool withWhy) {
    QString h =
        QStringLiteral(
            "<table cellpadding=3 border=0 width=100%><tr><th align=left>%1</th><th align=left>%2</th>"
            "<th align=left>%3</th><th align=left>%4</th>%5</tr>")
            .arg(QObject::tr("Child"), QObject::tr("Provision"), QObject::tr("From"), QObject::tr("To"),
                 withWhy ? QStringLiteral("<th align=left>%1</th>").arg(QObject::tr("Why it counts"))
                         : QString());
    for (const auto& p : list) {
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td>%5</tr>")
                 .arg(esc(p.childRef), esc(p.provisionName), day(p.start), day(p.end),
                      withWhy ? QStringLiteral("<td>%1</td>").arg(esc(p.why)) : QString());
    }
    return h + QStringLiteral("</table>");
}

} // namespace

ProviderPage::ProviderPage(core::Desk& desk, qint64 providerId, const QDate& today, QWidget* parent)
    : QDialog(parent), m_desk(desk), m_providerId(providerId), m_today(today), m_view(new QTextBrowser(this)),
      m_provisions(new QComboBox(this)), m_editProvision(new QPushButton(tr("Edit &provision\u2026"), this)),
      m_addVacancy(new QPushButton(tr("Add &vacancy\u2026"), this)),
      m_homeProfile(new QPushButton(tr("Profile for &children\u2026"), this)),
      m_suspend(new QPushButton(tr("&Suspend\u2026"), this)),
      m_exclude(new QPushButton(tr("E&xclude\u2026"), this)),
      m_reinstate(new QPushButton(tr("&Reinstate\u2026"), this)) {
    m_view->setOpenLinks(false);
    auto* editProvider = new QPushButton(tr("&Edit provider\u2026"), this);
    auto* addProvision = new QPushButton(tr("&Add provision\u2026"), this);
    gateWidget(editProvider, &m_desk, core::Operation::EditProvider);
    gateWidget(addProvision, &m_desk, core::Operation::EditProvision);
    connect(editProvider, &QPushButton::clicked, this, &ProviderPage::editProvider);
    connect(addProvision, &QPushButton::clicked, this, &ProviderPage::addProvision);
    connect(m_editProvision, &QPushButton::clicked, this, &ProviderPage::editProvision);
    connect(m_addVacancy, &QPushButton::clicked, this, &ProviderPage::addVacancy);
    connect(m_homeProfile, &QPushButton::clicked, this, [this] {
        HomeProfileDialog dialog(m_desk, m_provisions->currentData().toLongLong(),
                                 m_provisions->currentText(), this);
        dialog.exec();
    });
    connect(m_suspend, &QPushButton::clicked, this,
            [this] { changeStatus(core::FrameworkStatus::Suspended); });
    connect(m_exclude, &QPushButton::clicked, this,
            [this] { changeStatus(core::FrameworkStatus::Excluded); });
    connect(m_reinstate, &QPushButton::clicked, this, [this] { changeStatus(core::FrameworkStatus::Spot); });

    auto* providerActions = new QHBoxLayout;
    providerActions->addWidget(editProvider);
    providerActions->addWidget(m_suspend);
    providerActions->addWidget(m_exclude);
    providerActions->addWidget(m_reinstate);
    providerActions->addStretch();
    auto* provisionActions = new QHBoxLayout;
    provisionActions->addWidget(new QLabel(tr("Provision:"), this));
    provisionActions->addWidget(m_provisions, 1);
    provisionActions->addWidget(m_editProvision);
    provisionActions->addWidget(m_addVacancy);
    provisionActions->addWidget(m_homeProfile);
    provisionActions->addWidget(addProvision);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &ProviderPage::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(providerActions);
    layout->addWidget(m_view, 1);
    layout->addLayout(provisionActions);
    layout->addWidget(close);
    resize(900, 720);
    reload();
}

void ProviderPage::showProvision(qint64 provisionId) {
    FormFields::select(m_provisions, provisionId);
}

qint64 ProviderPage::chosenProvision() const {
    return m_provisions->currentData().toLongLong();
}

bool ProviderPage::reload() {
    auto provider = m_desk.providerRegister().provider(m_providerId);
    if (!provider) {
        m_view->setPlainText(provider.error().message);
        return false;
    }
    m_provider = provider.value();
    setWindowTitle(tr("%1 \u2014 provider").arg(m_provider.name));
    const bool barred = core::isBarred(m_provider.frameworkStatus);
    gateWidget(m_suspend, &m_desk, core::Operation::BarProvider,
               m_provider.frameworkStatus != core::FrameworkStatus::Suspended);
    gateWidget(m_exclude, &m_desk, core::Operation::BarProvider,
               m_provider.frameworkStatus != core::FrameworkStatus::Excluded);
    gateWidget(m_reinstate, &m_desk, core::Operation::BarProvider, barred);
    const QVariant current = m_provisions->currentData();
    m_provisions->clear();
    if (auto list = m_desk.providerRegister().provisions(m_providerId))
        for (const core::Provision& p : list.value())
            m_provisions->addItem(QStringLiteral("%1 (%2)").arg(p.name, p.code), p.id);
    FormFields::select(m_provisions, current);
    gateWidget(m_editProvision, &m_desk, core::Operation::EditProvision, m_provisions->count() > 0);
    gateWidget(m_addVacancy, &m_desk, core::Operation::EditVacancy, m_provisions->count() > 0);
    m_homeProfile->setEnabled(m_provisions->count() > 0); // read by anyone, changed per the table
    QString error;
    const QString h = buildHtml(&error);
    if (!error.isEmpty())
        m_view->setPlainText(error);
    else
        m_view->setHtml(h);
    return error.isEmpty();
}

QString ProviderPage::html() const {
    return m_view->toHtml();
}

QString ProviderPage::buildHtml(QString* error) const {
    const core::Provider& p = m_provider;
    QString h = QStringLiteral("<h2>%1</h2>").arg(esc(p.name));
    if (core::isBarred(p.frameworkStatus))
        h += QStringLiteral("<p style='color:#b02020'><b>%1 since %2:</b> %3. No new placements.</p>")
                 .arg(esc(core::label(p.frameworkStatus)), day(p.statusDate), esc(p.statusReason));
    QString band;
    if (p.priceBandLower || p.priceBandUpper)
        band = tr("%1 to %2 a week")
                   .arg(p.priceBandLower ? money(*p.priceBandLower) : tr("\u2014"),
                        p.priceBandUpper ? money(*p.priceBandUpper) : tr("\u2014"));
    h += QStringLiteral("<table cellpadding=2>") + row(tr("Kind"), core::label(p.kind)) +
         row(tr("Framework"), core::label(p.frameworkStatus)) + row(tr("Price band"), band) +
         row(tr("Ofsted"),
             p.rating == core::OfstedRating::None
                 ? QString()
                 : tr("%1 (%2), URN %3").arg(core::label(p.rating), day(p.ratingDate), p.ofstedUrn)) +
         row(tr("Referrals to"), p.referralEmail) + row(tr("Contacts"), p.contacts) +
         row(tr("Address"), p.address) + row(tr("Postcode"), p.postcode) + QStringLiteral("</table>");

    auto provisions = m_desk.providerRegister().provisions(p.id);
    if (!provisions) {
        *error = provisions.error().message;
        return {};
    }
    h += QStringLiteral("<h3>%1</h3>").arg(tr("Provisions (%1)").arg(provisions->size()));
    h += QStringLiteral("<table cellpadding=3 width=100%><tr><th align=left>%1</th><th align=left>%2</th><th "
                        "align=left>%3"
                        "</th><th align=left>%4</th><th align=left>%5</th><th align=left>%6</th><th "
                        "align=left>%7</th></tr>")
             .arg(tr("Provision"), tr("Type"), tr("Ages"), tr("Places"), tr("Skills"), tr("Weekly fee"),
                  tr("Vacancies"));
    QString notes;
    for (const core::Provision& v : provisions.value()) {
        QStringList skills;
        for (const QString& s : v.skills)
            skills << core::labelOfCode<core::Skill>(s);
        QStringList open;
        if (auto vac = m_desk.providerRegister().vacancies(v.id))
            for (const core::Vacancy& x : vac.value())
                if (!x.until.isValid() || x.until >= m_today)
                    open << (x.places == 1 ? tr("1 place from %1").arg(day(x.from))
                                           : tr("%1 places from %2").arg(x.places).arg(day(x.from))) +
                                (x.until.isValid() ? tr(" until %1").arg(day(x.until)) : QString());
        h += QStringLiteral(
                 "<tr><td>%1<br><small>%2</small></td><td>%3</td><td>%4\u2013%5</td><td>%6</td><td>%7</td>"
                 "<td>%8%9</td><td>%10</td></tr>")
                 .arg(esc(v.name),
                      esc(v.code + (v.postcode.isEmpty() ? QString() : QStringLiteral(", ") + v.postcode)),
                      esc(core::label(v.type)))
                 .arg(v.minAge)
                 .arg(v.maxAge)
                 .arg(v.places)
                 .arg(esc(skills.join(QStringLiteral(", "))), money(v.weeklyFee),
                      v.typicalExtras > 0 ? tr(" + %1 extras").arg(money(v.typicalExtras)) : QString(),
                      esc(open.isEmpty() ? tr("none") : open.join(QStringLiteral("; "))));
        if (!v.qualityNotes.isEmpty())
            notes += QStringLiteral("<p><b>%1:</b> %2</p>").arg(esc(v.name), esc(v.qualityNotes));
    }
    h += QStringLiteral("</table>");
    if (provisions->isEmpty())
        h = h.left(h.lastIndexOf(QStringLiteral("<table"))) +
            QStringLiteral("<p>%1</p>").arg(tr("None yet: add one below."));

    auto current = m_desk.providerRegister().currentPlacements(p.id, m_today);
    auto disruptions = m_desk.providerRegister().disruptions(p.id);
    if (!current || !disruptions) {
        *error = (!current ? current.error() : disruptions.error()).message;
        return {};
    }
    h += QStringLiteral("<h3>%1</h3>").arg(tr("Children placed here now (%1)").arg(current->size()));
    h += current->isEmpty() ? QStringLiteral("<p>%1</p>").arg(tr("None."))
                            : placementsTable(current.value(), false);
    h += QStringLiteral("<h3>%1</h3>")
             .arg(tr("Disruptions with this authority (%1)").arg(disruptions->size()));
    h += QStringLiteral("<p><small>%1</small></p>")
             .arg(tr("Placements here that ended for reasons %1, or within six months of starting.")
                      .arg(core::disruptionReasonCodes().join(QStringLiteral(", "))));
    if (!disruptions->isEmpty())
        h += placementsTable(disruptions.value(), true);
    h += QStringLiteral("<h3>%1</h3>").arg(tr("Quality notes"));
    h += notes.isEmpty() ? QStringLiteral("<p>%1</p>").arg(tr("None recorded.")) : notes;
    return h;
}

void ProviderPage::showResult(const core::Status& status, const QString& title) {
    if (!status)
        QMessageBox::warning(this, title, status.error().message);
    m_changed = true;
    reload();
}

void ProviderPage::editProvider() {
    ProviderEditor editor(m_desk, m_provider, this);
    if (editor.exec() == QDialog::Accepted)
        showResult({}, QString());
}

void ProviderPage::addProvision() {
    core::Provision p;
    p.providerId = m_providerId;
    p.postcode = m_provider.postcode;
    ProvisionEditor editor(m_desk, p, this);
    if (editor.exec() == QDialog::Accepted)
        showResult({}, QString());
}

void ProviderPage::editProvision() {
    auto p = m_desk.providerRegister().provision(m_provisions->currentData().toLongLong());
    if (!p)
        return showResult(p.error(), tr("Provision"));
    ProvisionEditor editor(m_desk, p.value(), this);
    if (editor.exec() == QDialog::Accepted)
        showResult({}, QString());
}

void ProviderPage::addVacancy() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add vacancy \u2014 %1").arg(m_provisions->currentText()));
    auto* from = new DateField(&dialog);
    auto* until = new DateField(&dialog);
    from->setOptional(false);
    from->setDate(m_today);
    until->setDate(m_today.addMonths(3));
    auto* open = new QCheckBox(tr("No end date"), &dialog);
    auto* places = new QSpinBox(&dialog);
    places->setRange(1, 99);
    connect(open, &QCheckBox::toggled, until, &QWidget::setDisabled);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Available &from"), from);
    form->addRow(tr("Available &until"), until);
    form->addRow(QString(), open);
    form->addRow(tr("&Places"), places);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    auto* why = new QLabel(&dialog);
    why->setWordWrap(true);
    form->insertRow(form->rowCount() - 1, why);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const QString problem = !from->problem().isEmpty() ? tr("Available from: %1").arg(from->problem())
                                : !open->isChecked() && !until->problem().isEmpty()
                                    ? tr("Available until: %1").arg(until->problem())
                                    : QString();
        why->setText(problem);
        if (problem.isEmpty())
            dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    core::Vacancy v;
    v.provisionId = m_provisions->currentData().toLongLong();
    v.from = from->date();
    v.until = open->isChecked() ? QDate() : until->date();
    v.places = places->value();
    showResult(m_desk.providerRegister().saveVacancy(v), tr("Vacancy not saved"));
}

void ProviderPage::changeStatus(core::FrameworkStatus status) {
    const bool lifting = !core::isBarred(status);
    const QString verb = lifting
                             ? tr("Reinstate")
                             : (status == core::FrameworkStatus::Suspended ? tr("Suspend") : tr("Exclude"));
    ReasonDialog dialog(tr("%1 %2").arg(verb, m_provider.name),
                        lifting ? tr("Reinstated, the provider is a spot purchase until the framework status "
                                     "is edited.")
                                : tr("The reason is kept with your name in the audit log."),
                        lifting ? tr("Why the provider is reinstated")
                                : tr("Why the provider is %1").arg(core::label(status).toLower()),
                        true, verb, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString reason = dialog.reason();
    core::RegisterService& repo = m_desk.providerRegister();
    showResult(lifting ? repo.reinstate(m_providerId, m_provider.rowVersion, status, reason)
                       : repo.bar(m_providerId, m_provider.rowVersion, status, reason, m_today),
               tr("Status not changed"));
}

} // namespace pd::ui
