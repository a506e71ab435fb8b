-- SPDX-License-Identifier: GPL-3.0-or-later
-- Workspace format 9: observables are stored once per value and linked to tickets by number.
-- Format 1 kept one row per ticket and value with the value's text in three indexes; a mail import adds
-- some twenty observables a message, mostly the same few hundred addresses again, and those text-keyed
-- index entries took a fifth of the storing thread's time. Now a value's text is indexed once, and a ticket's
-- link is a row of integers plus, for addresses, the range (docs/benchmarks.md, "Mail import").

-- Each distinct observable once.
CREATE TABLE observable_values (
    id       INTEGER PRIMARY KEY,
    type     TEXT NOT NULL,
    value    TEXT NOT NULL,
    UNIQUE (type, value)
);

-- Which ticket carries which observable, in the order they were added (id). An address or network also
-- keeps its type and range here (ip_low/ip_high as in format 1: 16-byte big-endian, IPv4 mapped into
-- ::ffff:0:0/96) so that "every address inside a network" is one range scan over one index in address
-- order, whatever the number of tickets; the value's text follows from type and range
-- (Observables::addressValue).
CREATE TABLE ticket_observables (
    id            INTEGER PRIMARY KEY,
    ticket_id     INTEGER NOT NULL REFERENCES tickets (id),
    value_id      INTEGER NOT NULL REFERENCES observable_values (id),
    created_at    INTEGER NOT NULL,
    address_type  TEXT CHECK (address_type IN ('ipv4', 'ipv6', 'cidr')),
    ip_low        BLOB,
    ip_high       BLOB,
    UNIQUE (ticket_id, value_id)
);
-- Each link is in one of two indexes: addresses and networks by range (which also finds one exact address),
-- every other value by value id.
CREATE INDEX ticket_observables_value ON ticket_observables (value_id, ticket_id) WHERE ip_low IS NULL;
CREATE INDEX ticket_observables_ip ON ticket_observables (ip_low, ticket_id, ip_high, address_type)
    WHERE ip_low IS NOT NULL;

INSERT INTO observable_values (type, value)
    SELECT type, value FROM observables GROUP BY type, value ORDER BY min(id);
INSERT INTO ticket_observables (id, ticket_id, value_id, created_at, address_type, ip_low, ip_high)
    SELECT o.id, o.ticket_id, v.id, o.created_at, CASE WHEN o.ip_low IS NOT NULL THEN o.type END, o.ip_low, o.ip_high
    FROM observables o JOIN observable_values v ON v.type = o.type AND v.value = o.value
    ORDER BY o.id;
DROP TABLE observables;

-- The message full-text index reads subject and body from messages (external content) instead of keeping
-- its own copy of every body (about a tenth of what an import wrote). Messages are never updated
-- or deleted, so the index stays in step with MailStore's inserts.
DROP TABLE message_fts;
CREATE VIRTUAL TABLE message_fts USING fts4 (content="messages", subject, body, tokenize=unicode61);
INSERT INTO message_fts (message_fts) VALUES ('rebuild');
