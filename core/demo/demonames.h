// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/demo/demorandom.h"

#include <QString>

namespace pd::core::demonames {

// Fictional words for the demo city of Riverton: nothing here names a real person or place.
QString firstName(DemoRandom& rng, const QString& sex);
QString lastName(DemoRandom& rng);
QString streetAddress(DemoRandom& rng);
QString houseName(DemoRandom& rng);
/// An agency/operator name such as "Brightwater Fostering" (the kind word is given).
QString organisationName(DemoRandom& rng, const QString& kindWord);
/// A fictional telephone number in Ofcom's range reserved for drama (01632 960000–960999).
QString telephone(DemoRandom& rng);
QString emailLocalPart(const QString& organisation);

/// SSDA903 ethnicity code, weighted roughly like a Midlands city's looked-after children.
QString ethnicity(DemoRandom& rng);
QString religionFor(DemoRandom& rng, const QString& ethnicity);
QString languageFor(DemoRandom& rng, const QString& ethnicity);
QString schoolName(DemoRandom& rng, int age);

} // namespace pd::core::demonames
