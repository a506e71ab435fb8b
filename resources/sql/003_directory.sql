-- SPDX-License-Identifier: GPL-3.0-or-later
-- Contact directory: teams, people, channels, constituencies, linked keys, agreements, per-field edit times.
-- Dates (established, since, signed, expiry, membership periods) are ISO 8601 "yyyy-MM-dd" text or ''.
-- Times are UTC milliseconds since the epoch. Lists of words (sectors, languages...) are one per line.

CREATE TABLE dir_teams (
    id                        INTEGER PRIMARY KEY,
    uid                       TEXT NOT NULL UNIQUE,
    source                    TEXT NOT NULL DEFAULT '',
    official_name             TEXT NOT NULL,
    short_name                TEXT NOT NULL DEFAULT '',
    host_organisation         TEXT NOT NULL DEFAULT '',
    country                   TEXT NOT NULL DEFAULT '',
    team_type                 TEXT NOT NULL DEFAULT 'unknown',
    sectors                   TEXT NOT NULL DEFAULT '',
    established               TEXT NOT NULL DEFAULT '',
    ti_status                 TEXT NOT NULL DEFAULT 'none',
    ti_since                  TEXT NOT NULL DEFAULT '',
    memberships               TEXT NOT NULL DEFAULT '',
    languages                 TEXT NOT NULL DEFAULT '',
    business_hours            TEXT NOT NULL DEFAULT '',
    time_zone                 TEXT NOT NULL DEFAULT '',
    available_24x7            INTEGER NOT NULL DEFAULT 0,
    postal_address            TEXT NOT NULL DEFAULT '',
    website                   TEXT NOT NULL DEFAULT '',
    rfc2350_url               TEXT NOT NULL DEFAULT '',
    constituency_description  TEXT NOT NULL DEFAULT '',
    highest_tlp               TEXT NOT NULL DEFAULT '',
    introduced_by             TEXT NOT NULL DEFAULT '',
    notes                     TEXT NOT NULL DEFAULT '',
    verified_at               INTEGER,
    verified_by               TEXT NOT NULL DEFAULT '',
    created_at                INTEGER NOT NULL,
    updated_at                INTEGER NOT NULL
);
CREATE INDEX dir_teams_short_name ON dir_teams (short_name);
CREATE INDEX dir_teams_source ON dir_teams (source);

CREATE TABLE dir_people (
    id               INTEGER PRIMARY KEY,
    uid              TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    key_fingerprint  TEXT NOT NULL DEFAULT '',
    notes            TEXT NOT NULL DEFAULT '',
    verified_at      INTEGER,
    verified_by      TEXT NOT NULL DEFAULT '',
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX dir_people_key ON dir_people (key_fingerprint);

-- A person in a team over a period; valid_until '' while it lasts.
CREATE TABLE dir_memberships (
    id           INTEGER PRIMARY KEY,
    person_id    INTEGER NOT NULL REFERENCES dir_people (id) ON DELETE CASCADE,
    team_id      INTEGER NOT NULL REFERENCES dir_teams (id) ON DELETE CASCADE,
    role         TEXT NOT NULL DEFAULT '',
    valid_from   TEXT NOT NULL DEFAULT '',
    valid_until  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX dir_memberships_person ON dir_memberships (person_id);
CREATE INDEX dir_memberships_team ON dir_memberships (team_id);

-- E-mail addresses, phone numbers and other channels of a team or of a person (exactly one owner).
CREATE TABLE dir_channels (
    id           INTEGER PRIMARY KEY,
    team_id      INTEGER REFERENCES dir_teams (id) ON DELETE CASCADE,
    person_id    INTEGER REFERENCES dir_people (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('email', 'phone', 'other')),
    value        TEXT NOT NULL,
    usage        TEXT NOT NULL DEFAULT 'contact',
    comment      TEXT NOT NULL DEFAULT '',
    out_of_band  INTEGER NOT NULL DEFAULT 0,
    CHECK ((team_id IS NULL) <> (person_id IS NULL))
);
CREATE INDEX dir_channels_team ON dir_channels (team_id);
CREATE INDEX dir_channels_person ON dir_channels (person_id);
CREATE INDEX dir_channels_value ON dir_channels (kind, value);

-- ip_low/ip_high: 16-byte big-endian range (IPv4 mapped into ::ffff:0:0/96) for kind 'ip'; asn for 'asn'.
CREATE TABLE dir_constituency (
    id        INTEGER PRIMARY KEY,
    team_id   INTEGER NOT NULL REFERENCES dir_teams (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    kind      TEXT NOT NULL CHECK (kind IN ('ip', 'asn', 'domain', 'country', 'text')),
    value     TEXT NOT NULL,
    ip_low    BLOB,
    ip_high   BLOB,
    asn       INTEGER
);
CREATE INDEX dir_constituency_team ON dir_constituency (team_id);
CREATE INDEX dir_constituency_value ON dir_constituency (kind, value);

-- OpenPGP keys linked to a team, by fingerprint (upper-case hex); the key itself lives in the keyring.
CREATE TABLE dir_team_keys (
    team_id      INTEGER NOT NULL REFERENCES dir_teams (id) ON DELETE CASCADE,
    fingerprint  TEXT NOT NULL,
    position     INTEGER NOT NULL,
    PRIMARY KEY (team_id, fingerprint)
) WITHOUT ROWID;
CREATE INDEX dir_team_keys_fingerprint ON dir_team_keys (fingerprint);

CREATE TABLE dir_agreements (
    id         INTEGER PRIMARY KEY,
    team_id    INTEGER NOT NULL REFERENCES dir_teams (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('nda', 'mou', 'code-of-conduct', 'other')),
    party      TEXT NOT NULL DEFAULT '',
    signed_on  TEXT NOT NULL DEFAULT '',
    expires    TEXT NOT NULL DEFAULT '',
    notes      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX dir_agreements_team ON dir_agreements (team_id);

-- When each field of an entry was last changed, and whether by a person (1) or an import (0): imports do not
-- overwrite a field a person edited after the imported record was last modified.
CREATE TABLE dir_field_edits (
    entity     TEXT NOT NULL CHECK (entity IN ('team', 'person')),
    entity_id  INTEGER NOT NULL,
    field      TEXT NOT NULL,
    edited_at  INTEGER NOT NULL,
    by_user    INTEGER NOT NULL,
    PRIMARY KEY (entity, entity_id, field)
) WITHOUT ROWID;

INSERT INTO settings (key, value) VALUES ('directory.stale_days', '180');
