-- SPDX-License-Identifier: GPL-3.0-or-later
-- Workspace format 4: advisories (core/advisory). Times are UTC milliseconds since the epoch.
-- Scalar fields that lists and searches need are columns; the lists (vulnerabilities, products, revisions,
-- references...) and long texts are one JSON object in body, read and written only by AdvisoryStore.

CREATE TABLE advisories (
    id               INTEGER PRIMARY KEY,
    identifier       TEXT NOT NULL UNIQUE,
    year             INTEGER NOT NULL,
    sequence         INTEGER NOT NULL,
    title            TEXT NOT NULL,
    tlp              TEXT NOT NULL DEFAULT 'amber',
    status           TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'interim', 'final')),
    version          TEXT NOT NULL DEFAULT '0',
    base_score       INTEGER,               -- highest CVSS base score in tenths, for lists
    initial_release  INTEGER,
    current_release  INTEGER,
    source_tracking  TEXT NOT NULL DEFAULT '', -- provenance of an imported document
    source_sha256    TEXT NOT NULL DEFAULT '',
    body             TEXT NOT NULL,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    UNIQUE (year, sequence)
);

CREATE TABLE advisory_tickets (
    advisory_id  INTEGER NOT NULL REFERENCES advisories (id),
    ticket_id    INTEGER NOT NULL REFERENCES tickets (id),
    PRIMARY KEY (advisory_id, ticket_id)
) WITHOUT ROWID;
CREATE INDEX advisory_tickets_ticket ON advisory_tickets (ticket_id);

-- {YYYY} = year of creation, {NNNN} = sequence within that year, zero-padded to the number of N.
INSERT INTO settings (key, value) VALUES ('advisory.id_scheme', 'FIREBREAK-{YYYY}-{NNNN}');
