-- SPDX-License-Identifier: GPL-3.0-or-later
-- Workspace format 1. Times are UTC milliseconds since the epoch. Runs inside one transaction.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

-- Due times per severity (1 = critical ... 4 = low), in minutes.
CREATE TABLE sla_policy (
    severity          INTEGER PRIMARY KEY NOT NULL CHECK (severity BETWEEN 1 AND 4),
    response_minutes  INTEGER NOT NULL CHECK (response_minutes > 0),
    resolve_minutes   INTEGER NOT NULL CHECK (resolve_minutes > 0)
);
INSERT INTO sla_policy VALUES (1, 60, 1440);
INSERT INTO sla_policy VALUES (2, 240, 4320);
INSERT INTO sla_policy VALUES (3, 1440, 10080);
INSERT INTO sla_policy VALUES (4, 4320, 43200);

CREATE TABLE tickets (
    id                 INTEGER PRIMARY KEY,
    kind               TEXT NOT NULL CHECK (kind IN ('report', 'incident', 'investigation', 'countermeasure')),
    state              TEXT NOT NULL,
    title              TEXT NOT NULL,
    description        TEXT NOT NULL DEFAULT '',
    owner              TEXT NOT NULL DEFAULT '',
    tlp                TEXT NOT NULL DEFAULT 'amber',
    rsit_class         TEXT NOT NULL DEFAULT '',
    rsit_type          TEXT NOT NULL DEFAULT '',
    severity           INTEGER NOT NULL DEFAULT 3 CHECK (severity BETWEEN 1 AND 4),
    constituency       TEXT NOT NULL DEFAULT '',
    reporter           TEXT NOT NULL DEFAULT '',
    how_reported       TEXT NOT NULL DEFAULT 'email',
    reporter_type      TEXT NOT NULL DEFAULT 'other',
    resolution         TEXT NOT NULL DEFAULT '',
    lessons_learned    TEXT NOT NULL DEFAULT '',
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    first_response_at  INTEGER,
    closed_at          INTEGER,
    response_due       INTEGER,
    resolve_due        INTEGER,
    merged_into        INTEGER REFERENCES tickets (id)
);
-- Queues filter on state and merged_into: with both in the index, counting a queue and walking it in due order
-- read no table rows except the ones returned (docs/benchmarks.md).
CREATE INDEX tickets_kind_state ON tickets (kind, state, merged_into);
CREATE INDEX tickets_kind_due ON tickets (kind, resolve_due, state, merged_into);
CREATE INDEX tickets_owner ON tickets (owner);

CREATE TABLE ticket_tags (
    ticket_id  INTEGER NOT NULL REFERENCES tickets (id),
    tag        TEXT NOT NULL,
    PRIMARY KEY (ticket_id, tag)
) WITHOUT ROWID;
CREATE INDEX ticket_tags_tag ON ticket_tags (tag);

-- An incident and one of its children (report, investigation or countermeasure).
CREATE TABLE ticket_links (
    incident_id  INTEGER NOT NULL REFERENCES tickets (id),
    child_id     INTEGER NOT NULL REFERENCES tickets (id),
    created_at   INTEGER NOT NULL,
    PRIMARY KEY (incident_id, child_id)
) WITHOUT ROWID;
CREATE INDEX ticket_links_child ON ticket_links (child_id);

-- ip_low/ip_high: 16-byte big-endian range (IPv4 mapped into ::ffff:0:0/96) for ip and cidr values.
CREATE TABLE observables (
    id          INTEGER PRIMARY KEY,
    ticket_id   INTEGER NOT NULL REFERENCES tickets (id),
    type        TEXT NOT NULL,
    value       TEXT NOT NULL,
    ip_low      BLOB,
    ip_high     BLOB,
    created_at  INTEGER NOT NULL,
    UNIQUE (ticket_id, type, value)
);
CREATE INDEX observables_value ON observables (type, value);
-- Covering, so a network search returns its hits from the index alone.
CREATE INDEX observables_ip ON observables (ip_low, ip_high, ticket_id, type, value) WHERE ip_low IS NOT NULL;

-- Append-only, chained: hash = SHA-256(prev_hash || canonical row). See core/tickets/History.
CREATE TABLE history (
    id         INTEGER PRIMARY KEY,
    ticket_id  INTEGER,
    at         INTEGER NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    field      TEXT NOT NULL DEFAULT '',
    old_value  TEXT,
    new_value  TEXT,
    prev_hash  BLOB NOT NULL,
    hash       BLOB NOT NULL
);
CREATE INDEX history_ticket ON history (ticket_id);

CREATE VIRTUAL TABLE ticket_fts USING fts4 (title, description, tokenize=unicode61);
CREATE TRIGGER tickets_fts_insert AFTER INSERT ON tickets BEGIN
    INSERT INTO ticket_fts (docid, title, description) VALUES (new.id, new.title, new.description);
END;
CREATE TRIGGER tickets_fts_update AFTER UPDATE OF title, description ON tickets BEGIN
    UPDATE ticket_fts SET title = new.title, description = new.description WHERE docid = new.id;
END;
