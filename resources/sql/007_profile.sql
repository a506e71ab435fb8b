-- SPDX-License-Identifier: GPL-3.0-or-later
-- Workspace format 7: the team's RFC 2350 profile (core/profile). Times are UTC milliseconds since the epoch.
-- Profiles are one JSON object in body (ProfileJson), read and written only by ProfileStore.

-- The editable draft of the profile: one original and its translations, one row per language.
CREATE TABLE profile_documents (
    id           INTEGER PRIMARY KEY,
    language     TEXT NOT NULL UNIQUE,
    is_original  INTEGER NOT NULL DEFAULT 0 CHECK (is_original IN (0, 1)),
    body         TEXT NOT NULL,
    changed_at   INTEGER NOT NULL, -- the newest change of the content
    created_at   INTEGER NOT NULL
);
CREATE UNIQUE INDEX profile_documents_one_original ON profile_documents (is_original) WHERE is_original = 1;

-- Every published version, with the clear-signed text exactly as published.
CREATE TABLE profile_versions (
    id           INTEGER PRIMARY KEY,
    language     TEXT NOT NULL,
    version      INTEGER NOT NULL,
    published_at INTEGER NOT NULL,
    signer       TEXT NOT NULL, -- fingerprint of the signing key
    actor        TEXT NOT NULL,
    body         TEXT NOT NULL,
    signed_text  BLOB NOT NULL,
    UNIQUE (language, version)
);

-- Other teams' profiles as imported: the document as received, what was read from it (unmapped text
-- included) and the signature check at import time.
CREATE TABLE profile_imports (
    id               INTEGER PRIMARY KEY,
    team_id          INTEGER REFERENCES dir_teams (id) ON DELETE SET NULL,
    imported_at      INTEGER NOT NULL,
    source_name      TEXT NOT NULL,
    signature_status TEXT NOT NULL,
    signer           TEXT NOT NULL DEFAULT '',
    body             TEXT NOT NULL,
    document         BLOB NOT NULL
);
CREATE INDEX profile_imports_team ON profile_imports (team_id);
