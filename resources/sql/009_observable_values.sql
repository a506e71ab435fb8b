-- SPDX-License-Identifier: GPL-3.0-or-later
-- Workspace format 9: observables are stored once per value and linked to tickets by number.
-- Format 1 kept one row per ticket and value with the value's text in three indexes; a mail import adds
-- some twenty observables a message, mostly the same few hundred addresses again, and those text-keyed
-- index entries were a fifth of the import's time. Now a value's text is indexed once, and a ticket's
-- link is a row of three integers (docs/benchmarks.md, "Mail import").

-- Each distinct observable once. ip_low/ip_high as in format 1 (16-byte big-endian range, IPv4 mapped
-- into ::ffff:0:0/96), set for addresses and networks only.
CREATE TABLE observable_values (
    id       INTEGER PRIMARY KEY,
    type     TEXT NOT NULL,
    value    TEXT NOT NULL,
    ip_low   BLOB,
    ip_high  BLOB,
    UNIQUE (type, value)
);
-- "Every address inside a network": a range scan on ip_low; with the row id the index order is total,
-- so a search ordered by (ip_low, ip_high, id, ticket) needs no sort.
CREATE INDEX observable_values_ip ON observable_values (ip_low, ip_high) WHERE ip_low IS NOT NULL;

-- Which ticket carries which observable, in the order they were added (id).
CREATE TABLE ticket_observables (
    id          INTEGER PRIMARY KEY,
    ticket_id   INTEGER NOT NULL REFERENCES tickets (id),
    value_id    INTEGER NOT NULL REFERENCES observable_values (id),
    created_at  INTEGER NOT NULL,
    UNIQUE (ticket_id, value_id)
);
CREATE INDEX ticket_observables_value ON ticket_observables (value_id, ticket_id);

INSERT INTO observable_values (type, value, ip_low, ip_high)
    SELECT type, value, ip_low, ip_high FROM observables GROUP BY type, value ORDER BY min(id);
INSERT INTO ticket_observables (id, ticket_id, value_id, created_at)
    SELECT o.id, o.ticket_id, v.id, o.created_at
    FROM observables o JOIN observable_values v ON v.type = o.type AND v.value = o.value
    ORDER BY o.id;
DROP TABLE observables;

-- The message full-text index reads subject and body from messages (external content) instead of keeping
-- its own copy of every body: a quarter less to write per imported message. Messages are never updated
-- or deleted, so the index stays in step with MailStore's inserts.
DROP TABLE message_fts;
CREATE VIRTUAL TABLE message_fts USING fts4 (content="messages", subject, body, tokenize=unicode61);
INSERT INTO message_fts (message_fts) VALUES ('rebuild');
