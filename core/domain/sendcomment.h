// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <functional>

namespace pd::core {

/// The timeline's words for a send: "Sent to A", "Sent to A and B", "Sent to A, B and C".
QString sentToProviders(const QStringList& names);

/// A send's comment as files before December 2026 wrote it ("Sent to providers 1, 10, 11. …"),
/// with the providers named by nameOf(id); any other comment unchanged.
QString nameProvidersInComment(const QString& comment, const std::function<QString(qint64)>& nameOf);

} // namespace pd::core
