// SPDX-License-Identifier: GPL-3.0-or-later
// A deliberate upward include: storage reaching up into matching. The layers test expects the
// configure-time check (cmake/layers.cmake) to refuse this file.
#pragma once

#include "core/domain/offer.h"
#include "core/matching/matchresult.h"
