// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/register/providersarea.h"

#include "core/services/desk.h"
#include "ui/models/registerfilter.h"
#include "ui/models/registermodel.h"
#include "ui/register/providereditor.h"
#include "ui/register/providerpage.h"
#include "ui/widgets/keepplace.h"
#include "ui/widgets/permissiongate.h"
#include "ui/widgets/searchkeys.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>

namespace pd::ui {

namespace {

/// A combo whose first item means "any" (no data) and whose others carry the enum as int.
template <typename E>
QComboBox* enumCombo(QWidget* parent, const QString& any, const QList<E>& values, bool skipNone = false) {
    auto* combo = new QComboBox(parent);
    combo->addItem(any);
    for (E v : values)
        if (!skipNone || int(v) != 0)
            combo->addItem(core::label(v), int(v));
    return combo;
}

template <typename E> std::optional<E> chosen(const QComboBox* combo) {
    const QVariant v = combo->currentData();
    return v.isValid() ? std::optional<E>(E(v.toInt())) : std::nullopt;
}

} // namespace

ProvidersArea::ProvidersArea(QWidget* parent)
    : Area(parent), m_model(new RegisterModel(this)), m_filter(new RegisterFilter(this)),
      m_view(new QTableView(this)), m_search(new QLineEdit(this)),
      m_kind(enumCombo(this, tr("Any kind"), core::all<core::ProviderKind>())),
      m_status(enumCombo(this, tr("Any framework status"), core::all<core::FrameworkStatus>())),
      m_rating(enumCombo(this, tr("Any Ofsted rating"), core::all<core::OfstedRating>(), true)),
      m_skill(new QComboBox(this)), m_vacancyNow(new QCheckBox(tr("&Vacancy now"), this)),
      m_miles(new QSpinBox(this)), m_postcode(new QLineEdit(this)), m_distanceNote(new QLabel(this)),
      m_count(new QLabel(this)) {
    m_filter->setRegister(m_model);
    m_view->setModel(m_filter);
    KeepPlace::attach(m_view, {RegisterModel::ProviderIdRole, RegisterModel::ProvisionIdRole});
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RegisterModel::Provider, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setWordWrap(false);
    connect(m_view, &QTableView::activated, this, &ProvidersArea::openProvider);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(buildFilters());
    layout->addWidget(m_view, 1);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ProvidersArea::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ProvidersArea::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ProvidersArea::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ProvidersArea::updateCount);
}

QWidget* ProvidersArea::buildFilters() {
    auto* box = new QWidget(this);
    m_search->setPlaceholderText(tr("Search provider, provision, URN or postcode\u2026"));
    m_search->setClearButtonEnabled(true);
    m_skill->addItem(tr("Any skill"));
    for (core::Skill skill : core::all<core::Skill>())
        m_skill->addItem(core::label(skill), core::code(skill));
    m_miles->setRange(0, 500);
    m_miles->setValue(20);
    m_miles->setSuffix(tr(" miles"));
    m_postcode->setObjectName(QStringLiteral("withinPostcode"));
    // Named for screen readers: these have a placeholder, not a label.
    m_view->setAccessibleName(tr("Providers and their homes"));
    m_search->setAccessibleName(tr("Search providers"));
    m_miles->setAccessibleName(tr("Within this many miles"));
    m_postcode->setAccessibleName(tr("Of this postcode"));
    m_postcode->setPlaceholderText(tr("postcode"));
    m_postcode->setMaximumWidth(110);
    m_postcode->setClearButtonEnabled(true);
    m_distanceNote->setStyleSheet(QStringLiteral("color: #b02020"));

    connect(m_search, &QLineEdit::textChanged, m_filter, &RegisterFilter::setText);
    wireSearchKeys(m_search, m_view);
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setKind(chosen<core::ProviderKind>(m_kind)); });
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setFrameworkStatus(chosen<core::FrameworkStatus>(m_status)); });
    connect(m_rating, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setRating(chosen<core::OfstedRating>(m_rating)); });
    connect(m_skill, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setSkill(m_skill->currentData().toString()); });
    connect(m_vacancyNow, &QCheckBox::toggled, m_filter, &RegisterFilter::setVacancyNow);
    connect(m_postcode, &QLineEdit::editingFinished, this, &ProvidersArea::applyDistance);
    connect(m_miles, &QSpinBox::valueChanged, this, &ProvidersArea::applyDistance);

    auto* newProvider = new QPushButton(tr("&New provider\u2026"), box);
    m_newProvider = newProvider;
    connect(newProvider, &QPushButton::clicked, this, &ProvidersArea::newProvider);
    auto* import = new QToolButton(box);
    m_import = import;
    import->setText(tr("&Import"));
    import->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(import);
    menu->setToolTipsVisible(true); // a disabled import says why
    for (core::RegisterImportKind kind :
         {core::RegisterImportKind::Providers, core::RegisterImportKind::Provisions,
          core::RegisterImportKind::Vacancies, core::RegisterImportKind::Postcodes})
        menu->addAction(ImportRunner::title(kind) + QStringLiteral("\u2026"), this,
                        [this, kind] { runImport(kind); })
            ->setData(int(kind));
    import->setMenu(menu);

    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    auto* first = new QHBoxLayout;
    first->addWidget(m_search, 2);
    first->addWidget(m_kind, 1);
    first->addWidget(m_status, 1);
    first->addWidget(m_rating, 1);
    first->addWidget(m_skill, 1);
    auto* second = new QHBoxLayout;
    second->addWidget(m_vacancyNow);
    second->addSpacing(12);
    second->addWidget(new QLabel(tr("Within"), box));
    second->addWidget(m_miles);
    second->addWidget(new QLabel(tr("of"), box));
    second->addWidget(m_postcode);
    second->addWidget(m_distanceNote, 1);
    second->addWidget(m_count);
    second->addSpacing(12);
    second->addWidget(newProvider);
    second->addWidget(import);
    grid->addLayout(first, 0, 0);
    grid->addLayout(second, 1, 0);
    return box;
}

void ProvidersArea::setDesk(core::Desk* desk) {
    m_filter->setDesk(desk);
    Area::setDesk(desk);
    // Who may change the register (core/domain/permissions): the rest see why in the tooltip.
    gateWidget(m_newProvider, desk, core::Operation::EditProvider);
    bool anyImport = false;
    for (QAction* a : importActions())
        anyImport =
            gateAction(a, desk, core::registerImportOperation(core::RegisterImportKind(a->data().toInt()))) ||
            anyImport;
    gateWidget(m_import, desk, core::Operation::ImportProviders);
    if (anyImport)
        m_import->setEnabled(true);
}

QList<QAction*> ProvidersArea::importActions() const {
    return m_import && m_import->menu() ? m_import->menu()->actions() : QList<QAction*>();
}

void ProvidersArea::refresh() {
    if (!desk()) {
        m_model->setRows({});
        return;
    }
    auto rows = desk()->providerRegister().rows(QDate::currentDate());
    if (!rows) {
        m_model->setRows({});
        m_count->setText(rows.error().message);
        return;
    }
    m_model->setRows(std::move(rows.value()));
    applyDistance();
    m_view->resizeColumnsToContents();
    for (int c : {RegisterModel::Provider, RegisterModel::Provision})
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), 200));
    // Skills can be long: the tooltip has them all, the column gets what is left.
    m_view->setColumnWidth(RegisterModel::Skills, 140);
}

void ProvidersArea::applyDistance() {
    const auto status = m_filter->setWithinMiles(m_postcode->text(), m_miles->value());
    m_distanceNote->setText(status ? QString() : status.error().message);
    // Distances only mean something from a postcode: no column of blanks otherwise.
    m_view->setColumnHidden(RegisterModel::Miles, !m_filter->criteria().origin.has_value());
    if (m_filter->criteria().origin)
        m_view->setColumnWidth(RegisterModel::Miles,
                               m_view->fontMetrics().horizontalAdvance(tr("Miles")) + 36);
    m_distanceNote->setToolTip(m_distanceNote->text());
    updateCount();
}

void ProvidersArea::updateCount() {
    m_count->setText(tr("%1 of %2 shown").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

void ProvidersArea::openProvider(const QModelIndex& index) {
    if (index.isValid())
        openProviderPage(index.data(RegisterModel::ProviderIdRole).toLongLong());
}

void ProvidersArea::openProviderPage(qint64 providerId, qint64 homeId) {
    if (!desk() || providerId <= 0)
        return;
    ProviderPage page(*desk(), providerId, QDate::currentDate(), this);
    if (homeId > 0)
        page.showProvision(homeId);
    page.exec();
    if (page.changed())
        refresh();
}

void ProvidersArea::newProvider() {
    if (!desk())
        return;
    ProviderEditor editor(*desk(), core::Provider{}, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    refresh();
    ProviderPage page(*desk(), editor.saved().id, QDate::currentDate(), this);
    page.exec();
    refresh();
}

void ProvidersArea::runImport(core::RegisterImportKind kind) {
    if (!desk())
        return;
    const QString path = QFileDialog::getOpenFileName(this, ImportRunner::title(kind), {},
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    ImportRunner::start(this, *desk(), kind, path, [this, kind](core::Result<core::ImportSummary>& summary) {
        if (!summary) {
            QMessageBox::warning(this, ImportRunner::title(kind), summary.error().message);
            return;
        }
        refresh();
        QString text = tr("%1 rows read: %2 added, %3 updated, %4 unchanged.")
                           .arg(summary->rows)
                           .arg(summary->added)
                           .arg(summary->updated)
                           .arg(summary->unchanged);
        if (summary->skipped > 0)
            text += QLatin1Char(' ') + tr("%1 rows without coordinates were skipped.").arg(summary->skipped);
        QMessageBox::information(this, ImportRunner::title(kind), text);
    });
}

} // namespace pd::ui
