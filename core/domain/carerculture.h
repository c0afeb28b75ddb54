// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace pd::core {

/// The closed lists a cultural criterion takes its value from (carerEthnicity, carerReligion,
/// carerLanguage): SSDA903 ethnicity codes, religions as the census asks them, languages by name.
namespace carerculture {

const QStringList& ethnicityCodes();         ///< WBRI, WIRI, ...
QString ethnicityLabel(const QString& code); ///< "White British"; empty for an unknown code
const QStringList& religions();              ///< Buddhist, Christian, ..., None, Other
const QStringList& languages();              ///< Albanian, Amharic, Arabic, ...
/// The list's own spelling of a value written in any case ("polish" gives "Polish"); empty if absent.
QString spelledAsListed(const QStringList& list, const QString& value);

} // namespace carerculture

} // namespace pd::core
