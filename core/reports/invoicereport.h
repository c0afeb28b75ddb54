// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/invoice.h"

#include <QJsonArray>

namespace pd::core {

/// `invoices --json`: one object per invoice with its findings (keys in docs/cli.md).
QJsonArray invoicesJson(const QList<Invoice>& invoices);
/// The same for people: one line per invoice, its findings indented under it, and the totals
/// (duplicates and rejected invoices are listed but never counted).
QString invoicesText(const QList<Invoice>& invoices);

} // namespace pd::core
