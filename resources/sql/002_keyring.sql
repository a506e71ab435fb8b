-- SPDX-License-Identifier: GPL-3.0-or-later
-- The workspace keyring: public OpenPGP keys of peer teams that this workspace vouches for (core/crypto
-- KeyringStore). One row per key, exported minimal. Times are UTC milliseconds since the epoch.

CREATE TABLE keyring (
    fingerprint  TEXT PRIMARY KEY NOT NULL CHECK (length(fingerprint) IN (40, 64)),
    armored_key  BLOB NOT NULL,
    imported_at  INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    source       TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT ''
);
