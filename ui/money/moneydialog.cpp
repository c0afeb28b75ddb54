// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/money/moneydialog.h"

#include "ui/widgets/backgroundtask.h"

#include "core/domain/contractedplacement.h"
#include "core/domain/financialyear.h"
#include "core/exchange/csvwriter.h"
#include "core/reports/moneytables.h"
#include "core/reports/retendertable.h"
#include "core/services/desk.h"
#include "ui/models/tablesnapshotmodel.h"
#include "ui/widgets/backgroundtask.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

QTableView* tableOver(TableSnapshotModel* model, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setVisible(false);
    QObject::connect(model, &QAbstractItemModel::modelReset, view, &QTableView::resizeColumnsToContents);
    return view;
}

} // namespace

MoneyDialog::MoneyDialog(core::Desk& desk, QWidget* parent)
    : QDialog(parent), m_desk(desk), m_tabs(new QTabWidget(this)), m_invoices(new TableSnapshotModel(this)),
      m_contracts(new TableSnapshotModel(this)), m_weeks(new TableSnapshotModel(this)),
      m_retender(new TableSnapshotModel(this)), m_message(new QLabel(this)) {
    setWindowTitle(tr("Money"));
    auto* layout = new QVBoxLayout(this);
    m_tabs->addTab(invoicesPage(), tr("&Invoices"));
    m_tabs->addTab(contractsPage(), tr("&Contracts and block places"));
    m_tabs->addTab(retenderPage(), tr("&Retender table"));
    layout->addWidget(m_tabs, 1);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1180, 680);
    refresh();
}

QWidget* MoneyDialog::invoicesPage() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* split = new QSplitter(Qt::Vertical, page);
    m_invoiceView = tableOver(m_invoices, split);
    m_findings = new QPlainTextEdit(split);
    m_findings->setReadOnly(true);
    m_findings->setPlaceholderText(tr("Choose an invoice to see what the check against its contract found."));
    split->addWidget(m_invoiceView);
    split->addWidget(m_findings);
    split->setStretchFactor(0, 3);
    layout->addWidget(split, 1);
    auto* actions = new QHBoxLayout;
    auto* import = new QPushButton(tr("I&mport invoices…"), page);
    auto* approve = new QPushButton(tr("&Approve"), page);
    auto* query = new QPushButton(tr("&Query…"), page);
    auto* reject = new QPushButton(tr("Re&ject…"), page);
    actions->addWidget(import);
    actions->addStretch(1);
    for (QPushButton* b : {approve, query, reject})
        actions->addWidget(b);
    layout->addLayout(actions);
    connect(m_invoiceView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { selectInvoice(current.row()); });
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import invoices"), QString(),
                                                          tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(approve, &QPushButton::clicked, this, [this] { ask(Decision::Approve); });
    connect(query, &QPushButton::clicked, this, [this] { ask(Decision::Query); });
    connect(reject, &QPushButton::clicked, this, [this] { ask(Decision::Reject); });
    return page;
}

QWidget* MoneyDialog::contractsPage() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* split = new QSplitter(Qt::Vertical, page);
    m_contractView = tableOver(m_contracts, split);
    split->addWidget(m_contractView);
    split->addWidget(tableOver(m_weeks, split));
    layout->addWidget(split, 1);
    m_utilisation = new QLabel(
        tr("Choose a block contract to see its weeks: places used and what the empty ones cost."), page);
    m_utilisation->setWordWrap(true);
    layout->addWidget(m_utilisation);
    connect(m_contractView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showUtilisation(current.row()); });
    return page;
}

QWidget* MoneyDialog::retenderPage() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* top = new QHBoxLayout;
    m_year = new QComboBox(page);
    const QDate thisYear = core::FinancialYear::containing(QDate::currentDate()).end;
    for (int back = 0; back < 5; ++back) {
        const QDate end = thisYear.addYears(-back);
        m_year->addItem(tr("Year ending %1").arg(end.toString(QStringLiteral("d MMMM yyyy"))), end);
    }
    auto* exportCsv = new QPushButton(tr("&Export CSV…"), page);
    top->addWidget(m_year);
    top->addStretch(1);
    top->addWidget(exportCsv);
    layout->addLayout(top);
    layout->addWidget(tableOver(m_retender, page), 1);
    connect(m_year, &QComboBox::currentIndexChanged, this,
            [this](int index) { setYearEnd(m_year->itemData(index).toDate()); });
    connect(exportCsv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the retender table"), QStringLiteral("retender.csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportRetender(path);
    });
    return page;
}

void MoneyDialog::refresh() {
    auto invoices = m_desk.invoices().invoices();
    if (!invoices)
        return showMessage(invoices.error().message);
    m_invoiceList = invoices.value();
    m_invoices->setSnapshot(core::invoicesTable(m_invoiceList));
    selectInvoice(m_selected);
    auto contracts = m_desk.providerContracts().contracts();
    if (!contracts)
        return showMessage(contracts.error().message);
    m_contractIds.clear();
    for (const core::ProviderContract& c : contracts.value())
        m_contractIds << c.id;
    m_contracts->setSnapshot(core::providerContractsTable(contracts.value()));
    setYearEnd(m_year->currentData().toDate());
}

void MoneyDialog::importFile(const QString& path) {
    // Off the GUI thread (BackgroundTask): checking a year of invoices against every placement takes
    // seconds in a big file.
    BackgroundTask<core::InvoiceImportSummary>::start(
        this, tr("Import invoices"), tr("Importing and checking %1\u2026").arg(QFileInfo(path).fileName()),
        m_desk,
        [path](core::Desk& own, const BackgroundTask<core::InvoiceImportSummary>::Progress&)
            -> core::Result<core::InvoiceImportSummary> {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return core::Error::io(tr("Cannot read %1: %2").arg(path, file.errorString()));
            return own.invoices().import(file, QFileInfo(path).fileName());
        },
        [this, path](core::Result<core::InvoiceImportSummary>& summary) {
            if (!summary) {
                showMessage(summary.error().message);
                emit importFinished(false);
                return;
            }
            refresh();
            showMessage(tr("%1: %2 invoices, %3 clean, %4 with findings (%5 duplicates, not counted).")
                            .arg(QFileInfo(path).fileName())
                            .arg(summary->rows)
                            .arg(summary->clean)
                            .arg(summary->withFindings)
                            .arg(summary->duplicates));
            emit importFinished(true);
        },
        false);
}

void MoneyDialog::selectInvoice(int row) {
    m_selected = row >= 0 && row < m_invoiceList.size() ? row : -1;
    m_findings->setPlainText(m_selected < 0 ? QString() : core::findingsText(m_invoiceList[m_selected]));
}

bool MoneyDialog::decide(Decision decision, const QString& note, const QString& emlPath) {
    if (m_selected < 0) {
        showMessage(tr("Choose an invoice first."));
        return false;
    }
    const core::Invoice& invoice = m_invoiceList[m_selected];
    core::InvoiceBook& book = m_desk.invoices();
    const core::Status done = decision == Decision::Approve ? book.approve(invoice.id, note)
                              : decision == Decision::Query ? book.query(invoice.id, note, emlPath)
                                                            : book.reject(invoice.id, note);
    if (!done) {
        showMessage(done.error().message);
        return false;
    }
    const QString number = invoice.number;
    refresh();
    showMessage(decision == Decision::Approve ? tr("Invoice %1 approved.").arg(number)
                : decision == Decision::Query
                    ? tr("Invoice %1 queried; the e-mail draft is %2.").arg(number, emlPath)
                    : tr("Invoice %1 rejected.").arg(number));
    return true;
}

void MoneyDialog::ask(Decision decision) {
    if (m_selected < 0)
        return showMessage(tr("Choose an invoice first."));
    const core::Invoice& invoice = m_invoiceList[m_selected];
    QString note;
    if (decision != Decision::Approve || !invoice.findings.isEmpty()) {
        const QString question = decision == Decision::Approve ? tr("Why is it paid despite its findings?")
                                 : decision == Decision::Query ? tr("What is the provider asked?")
                                                               : tr("Why is it rejected?");
        bool ok = false;
        note = QInputDialog::getMultiLineText(this, tr("Invoice %1").arg(invoice.number), question, QString(),
                                              &ok);
        if (!ok)
            return;
    }
    QString eml;
    if (decision == Decision::Query) {
        eml = QFileDialog::getSaveFileName(this, tr("Save the e-mail draft"),
                                           tr("Query on invoice %1.eml").arg(invoice.number),
                                           tr("E-mail drafts (*.eml)"));
        if (eml.isEmpty())
            return;
    }
    decide(decision, note, eml);
}

void MoneyDialog::showUtilisation(int row, const QDate& asOf) {
    if (row < 0 || row >= m_contractIds.size()) {
        m_weeks->setSnapshot({});
        return;
    }
    auto u = m_desk.providerContracts().utilisation(m_contractIds[row], asOf);
    if (!u) {
        m_weeks->setSnapshot({});
        m_utilisation->setText(u.error().message);
        return;
    }
    m_weeks->setSnapshot(core::blockWeeksTable(u.value()));
    m_utilisation->setText(
        tr("To %1: %2 of %3 place-days used (%4%); %5 place-days empty, void cost %6; %7 place(s) "
           "used on the day.")
            .arg(asOf.toString(QStringLiteral("d MMMM yyyy")))
            .arg(u->usedPlaceDays)
            .arg(u->reservedPlaceDays)
            .arg(u->reservedPlaceDays ? 100 * u->usedPlaceDays / u->reservedPlaceDays : 0)
            .arg(u->voidPlaceDays())
            .arg(core::pounds(u->voidCost))
            .arg(u->placesUsedOn));
}

void MoneyDialog::setYearEnd(const QDate& yearEnd) {
    auto rows = m_desk.dashboard().retender(yearEnd);
    if (!rows)
        return showMessage(rows.error().message);
    m_retender->setSnapshot(core::retenderTable(rows.value()));
}

bool MoneyDialog::exportRetender(const QString& path) {
    if (auto s = core::saveTableCsv(m_retender->snapshot(), path); !s) {
        showMessage(s.error().message);
        return false;
    }
    showMessage(tr("%1 providers written to %2.").arg(m_retender->rowCount()).arg(path));
    return true;
}

QString MoneyDialog::findings() const {
    return m_findings->toPlainText();
}

QString MoneyDialog::utilisationSummary() const {
    return m_utilisation->text();
}

QString MoneyDialog::message() const {
    return m_message->text();
}

void MoneyDialog::showMessage(const QString& text) {
    m_message->setText(text);
}

} // namespace pd::ui
