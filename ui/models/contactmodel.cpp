// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/contactmodel.h"

#include "core/domain/entrychecks.h"
#include "core/domain/geo.h"

namespace pd::ui {

void ContactModel::setContact(const QList<core::ContactArrangement>& contact) {
    QList<ContactRow> rows;
    for (const core::ContactArrangement& c : contact)
        rows.append({c, QString::number(c.sessionsPerWeek)});
    setRows(rows);
}

QList<core::ContactArrangement> ContactModel::contact() const {
    QList<core::ContactArrangement> out;
    for (const ContactRow& row : m_rows)
        if (!row.contact.with.isEmpty() || !row.contact.postcode.isEmpty())
            out << row.contact;
    return out;
}

QStringList ContactModel::problems() const {
    QStringList out;
    for (int i = 0; i < m_rows.size(); ++i)
        out << core::contactEntryProblems(i + 1, m_rows[i].sessionsText);
    for (int i = 0; i < m_rows.size(); ++i)
        if (const QString why = core::postcodeProblem(m_rows[i].contact.postcode); !why.isEmpty())
            out << tr("Contact %1's postcode: %2").arg(i + 1).arg(why);
    return out;
}

int ContactModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactModel::data(const QModelIndex& index, int role) const {
    if (!has(index) || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const ContactRow& row = m_rows[index.row()];
    switch (index.column()) {
    case With:
        return row.contact.with;
    case Sessions:
        return row.sessionsText;
    case Postcode:
        return row.contact.postcode;
    }
    return {};
}

bool ContactModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!has(index) || role != Qt::EditRole)
        return false;
    ContactRow& row = m_rows[index.row()];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case With:
        row.contact.with = text;
        break;
    case Sessions:
        row.sessionsText = text;
        row.contact.sessionsPerWeek = text.toDouble();
        break;
    case Postcode:
        row.contact.postcode = text.toUpper();
        break;
    default:
        return false;
    }
    changed(index);
    return true;
}

QVariant ContactModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case With:
        return tr("With");
    case Sessions:
        return tr("Sessions a week");
    case Postcode:
        return tr("Their postcode");
    }
    return {};
}

} // namespace pd::ui
