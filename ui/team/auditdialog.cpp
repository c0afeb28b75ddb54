// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/team/auditdialog.h"

#include "core/services/desk.h"
#include "ui/models/tablesnapshotmodel.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/savefolder.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

AuditDialog::AuditDialog(core::Desk& desk, QWidget* parent)
    : QDialog(parent), m_desk(desk), m_table(new QComboBox(this)), m_rowId(new QSpinBox(this)),
      m_who(new QLineEdit(this)), m_dated(new QCheckBox(tr("Only from"), this)), m_from(new DateField(this)),
      m_to(new DateField(this)), m_show(new QPushButton(tr("&Show"), this)),
      m_export(new QPushButton(tr("&Export CSV…"), this)), m_view(new QTableView(this)),
      m_model(new TableSnapshotModel(this)), m_message(new QLabel(this)) {
    setWindowTitle(tr("Audit log"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto* record = new QHBoxLayout;
    m_table->addItem(tr("Every record"), QString());
    m_rowId->setRange(0, 2147483647);
    m_rowId->setSpecialValueText(tr("any id"));
    record->addWidget(m_table, 1);
    record->addWidget(new QLabel(tr("id"), this));
    record->addWidget(m_rowId);
    form->addRow(tr("&Record:"), record);
    m_who->setPlaceholderText(tr("any login, e.g. jsmith"));
    form->addRow(tr("&User:"), m_who);
    auto* dates = new QHBoxLayout;
    for (DateField* d : {m_from, m_to}) {
        d->setOptional(false);
        d->setDate(QDate::currentDate());
        d->setEnabled(false);
    }
    m_from->setDate(QDate::currentDate().addMonths(-1));
    dates->addWidget(m_dated);
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), this));
    dates->addWidget(m_to);
    dates->addStretch(1);
    form->addRow(tr("&Dates:"), dates);
    layout->addLayout(form);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setVisible(false);
    layout->addWidget(m_view, 1);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_show, QDialogButtonBox::ActionRole);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_dated, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_dated, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_show, &QPushButton::clicked, this, &AuditDialog::apply);
    connect(m_export, &QPushButton::clicked, this, &AuditDialog::exportAsked);
    resize(960, 560);

    auto tables = m_desk.audit().tables();
    if (!tables) {
        // Not a manager, budget holder or administrator: the reason, and nothing to filter.
        m_message->setText(tables.error().message);
        for (QWidget* w : {static_cast<QWidget*>(m_table), static_cast<QWidget*>(m_rowId),
                           static_cast<QWidget*>(m_who), static_cast<QWidget*>(m_dated),
                           static_cast<QWidget*>(m_show), static_cast<QWidget*>(m_export)}) {
            w->setEnabled(false);
            w->setToolTip(tables.error().message);
        }
        return;
    }
    for (const QString& t : tables.value())
        m_table->addItem(t, t);
    apply();
}

core::AuditFilter AuditDialog::filter() const {
    core::AuditFilter f;
    f.table = m_table->currentData().toString();
    f.rowId = m_rowId->value();
    f.who = m_who->text().trimmed().toLower();
    if (m_dated->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    return f;
}

void AuditDialog::setFilter(const core::AuditFilter& filter) {
    int index = m_table->findData(filter.table);
    if (index < 0) {
        m_table->addItem(filter.table, filter.table);
        index = m_table->count() - 1;
    }
    m_table->setCurrentIndex(index);
    m_rowId->setValue(int(filter.rowId));
    m_who->setText(filter.who);
    m_dated->setChecked(filter.from.isValid() || filter.to.isValid());
    if (filter.from.isValid())
        m_from->setDate(filter.from);
    if (filter.to.isValid())
        m_to->setDate(filter.to);
    apply();
}

bool AuditDialog::apply() {
    const core::AuditFilter f = filter();
    if (m_dated->isChecked())
        for (const DateField* d : {m_from, m_to})
            if (!d->problem().isEmpty()) {
                m_message->setText(d->problem());
                return false;
            }
    if (f.from.isValid() && f.to.isValid() && f.from > f.to) {
        m_message->setText(tr("The first day is after the last: swap the dates."));
        return false;
    }
    auto rows = m_desk.audit().entries(f);
    if (!rows) {
        m_model->setSnapshot({});
        m_message->setText(rows.error().message);
        return false;
    }
    const int n = int(rows->rows.size());
    m_model->setSnapshot(rows.value());
    m_message->setText(n >= f.limit ? tr("The newest %1 changes; narrow the filter to see older ones.").arg(n)
                                    : tr("%n change(s).", nullptr, n));
    return true;
}

bool AuditDialog::exportTo(const QString& path) {
    auto written = m_desk.audit().exportCsv(filter(), path);
    if (!written) {
        m_message->setText(written.error().message);
        return false;
    }
    m_message->setText(tr("%n change(s) written to %1.", nullptr, written.value()).arg(path));
    return true;
}

void AuditDialog::exportAsked() {
    const QString path = SaveFolder::ask(this, tr("Export the audit log"), QStringLiteral("audit-log.csv"),
                                         tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

QString AuditDialog::message() const {
    return m_message->text();
}

} // namespace pd::ui
