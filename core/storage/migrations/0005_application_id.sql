-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 5: marks the file as Placement Desk's in SQLite's header (PRAGMA application_id, "PlDk"),
-- so a file that is not ours is recognised and refused before anything is written to it
-- (core/storage/fileidentity.h). Files created since this version are marked when created.
PRAGMA application_id = 1349272683
