// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/invoice.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTableView;

namespace pd::core {
class Desk;
}

namespace pd::ui {

class TableSnapshotModel;

/// Tools > Money: the invoices with what the check found (import, approve, query with an e-mail
/// draft, reject), the providers' contracts with a block contract's weeks (places used, void cost),
/// and the select-list retender table for a year (exported to CSV). Everything goes through the core
/// services; a refusal shows its sentence in the window.
class MoneyDialog : public QDialog {
    Q_OBJECT
  public:
    enum class Decision { Approve, Query, Reject };

    explicit MoneyDialog(core::Desk& desk, QWidget* parent = nullptr);

    /// Reads everything again from the file.
    void refresh();
    /// Imports and checks an invoice file off the GUI thread; importFinished() says how it went.
    void importFile(const QString& path);
    /// Shows the findings of the invoice on the row (of the invoices table).
    void selectInvoice(int row);
    /// Decides the selected invoice (what the buttons do after asking for the note and, for a query,
    /// the .eml file); false and message() when refused.
    bool decide(Decision decision, const QString& note, const QString& emlPath = {});
    /// Shows the weeks of the block contract on the row (of the contracts table) to asOf.
    void showUtilisation(int row, const QDate& asOf = QDate::currentDate());
    /// The retender table for the year ending yearEnd (a 31 March).
    void setYearEnd(const QDate& yearEnd);
    bool exportRetender(const QString& path);

    QTabWidget* tabs() const { return m_tabs; }
    TableSnapshotModel* invoices() const { return m_invoices; }
    TableSnapshotModel* contracts() const { return m_contracts; }
    TableSnapshotModel* weeks() const { return m_weeks; }
    TableSnapshotModel* retender() const { return m_retender; }
    QString findings() const;
    QString utilisationSummary() const;
    QString message() const;

  signals:
    /// An import started by importFile() is over: true when it was taken (see message()).
    void importFinished(bool taken);

  private:
    QWidget* invoicesPage();
    QWidget* contractsPage();
    QWidget* retenderPage();
    void ask(Decision decision);
    void showMessage(const QString& text);

    core::Desk& m_desk;
    QTabWidget* m_tabs;
    TableSnapshotModel* m_invoices;
    TableSnapshotModel* m_contracts;
    TableSnapshotModel* m_weeks;
    TableSnapshotModel* m_retender;
    QTableView* m_invoiceView = nullptr;
    QTableView* m_contractView = nullptr;
    QPlainTextEdit* m_findings = nullptr;
    QLabel* m_utilisation = nullptr;
    QComboBox* m_year = nullptr;
    QLabel* m_message;
    QList<core::Invoice> m_invoiceList;
    QList<qint64> m_contractIds;
    int m_selected = -1;
};

} // namespace pd::ui
