// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/referralchildrenmodel.h"

#include "core/domain/entrychecks.h"
#include "core/domain/skill.h"
#include "core/domain/ssda903words.h"

#include <QColor>

namespace pd::ui {

namespace {

QString dayText(const QDate& day) {
    return day.isValid() ? day.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QStringList needCodes(const QVariant& value) {
    const QStringList given = value.typeId() == QMetaType::QStringList
                                  ? value.toStringList()
                                  : value.toString().split(u',', Qt::SkipEmptyParts);
    QStringList out;
    for (const QString& code : given)
        if (const QString c = code.trimmed().toLower(); !c.isEmpty() && !out.contains(c))
            out << c;
    return out;
}

bool badDate(const ChildRow& row) {
    return !row.dateOfBirthText.trimmed().isEmpty() && !core::parseTypedDate(row.dateOfBirthText).isValid();
}

} // namespace

void ReferralChildrenModel::setChildren(const QList<core::ReferralChild>& children) {
    QList<ChildRow> rows;
    for (const core::ReferralChild& c : children)
        rows.append({c, dayText(c.dateOfBirth)});
    setRows(rows);
}

QList<core::ReferralChild> ReferralChildrenModel::children() const {
    QList<core::ReferralChild> out;
    for (const ChildRow& row : m_rows) {
        const core::ReferralChild& c = row.child;
        if (!c.firstName.isEmpty() || !c.lastName.isEmpty() || c.dateOfBirth.isValid())
            out << c;
    }
    return out;
}

QStringList ReferralChildrenModel::problems() const {
    QStringList out;
    for (int i = 0; i < m_rows.size(); ++i)
        out << core::childEntryProblems(i + 1, m_rows[i].dateOfBirthText, m_rows[i].child.sex);
    return out;
}

int ReferralChildrenModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReferralChildrenModel::legalStatusText(const QString& code) {
    if (code.isEmpty())
        return {};
    const QString words = core::ssda903::legalStatusWords(code);
    return words == code ? code : tr("%1 — %2").arg(code, words);
}

QString ReferralChildrenModel::needsText(const QStringList& codes) {
    QStringList words;
    for (const QString& code : codes)
        words << core::labelOfCode<core::Skill>(code);
    return words.join(QStringLiteral(", "));
}

QVariant ReferralChildrenModel::data(const QModelIndex& index, int role) const {
    if (!has(index))
        return {};
    const ChildRow& row = m_rows[index.row()];
    const core::ReferralChild& c = row.child;
    if (role == Qt::BackgroundRole)
        return index.column() == DateOfBirth && badDate(row) ? QVariant(QColor(0xfd, 0xe2, 0xe2))
                                                             : QVariant();
    if (role == Qt::EditRole && index.column() == Needs)
        return c.needs;
    if (role == Qt::EditRole && index.column() == LegalStatus)
        return c.legalStatus;
    if (role == Qt::ToolTipRole && (index.column() == Needs || index.column() == LegalStatus))
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case FirstName:
        return c.firstName;
    case LastName:
        return c.lastName;
    case DateOfBirth:
        return row.dateOfBirthText;
    case Sex:
        return c.sex;
    case Ethnicity:
        return c.ethnicity;
    case Religion:
        return c.religion;
    case Language:
        return c.firstLanguage;
    case Needs:
        return needsText(c.needs);
    case LegalStatus:
        return legalStatusText(c.legalStatus);
    }
    return {};
}

bool ReferralChildrenModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!has(index) || role != Qt::EditRole)
        return false;
    ChildRow& row = m_rows[index.row()];
    core::ReferralChild& c = row.child;
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case FirstName:
        c.firstName = text;
        break;
    case LastName:
        c.lastName = text;
        break;
    case DateOfBirth:
        row.dateOfBirthText = text;
        c.dateOfBirth = core::parseTypedDate(text);
        break;
    case Sex:
        c.sex = text.toUpper();
        break;
    case Ethnicity:
        c.ethnicity = text.toUpper();
        break;
    case Religion:
        c.religion = text;
        break;
    case Language:
        c.firstLanguage = text;
        break;
    case Needs:
        c.needs = needCodes(value);
        break;
    case LegalStatus:
        c.legalStatus = text.toUpper();
        break;
    default:
        return false;
    }
    changed(index);
    return true;
}

QVariant ReferralChildrenModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FirstName:
        return tr("First name");
    case LastName:
        return tr("Last name");
    case DateOfBirth:
        return tr("Date of birth");
    case Sex:
        return tr("Sex (M/F)");
    case Ethnicity:
        return tr("Ethnicity");
    case Religion:
        return tr("Religion");
    case Language:
        return tr("First language");
    case Needs:
        return tr("Needs");
    case LegalStatus:
        return tr("Legal status");
    }
    return {};
}

} // namespace pd::ui
