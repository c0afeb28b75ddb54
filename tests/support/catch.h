// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 v2 (Debian) or v3, whichever is installed.
#pragma once
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif
