-- SPDX-License-Identifier: GPL-3.0-or-later
-- Workspace format 16: identities for exchanging tickets with other teams' tools (MISP events).
-- ticket_uuids: the stable UUID of a ticket, made the first time the ticket is exported (and then never changed), or
-- taken from the event a ticket was made from; a MISP event of ours carries it, so the event is recognised when it
-- comes back. exchange_imports: every event imported, by its UUID, with the ticket it went to, the file it came from,
-- when and by whom; importing the same event again goes onto that ticket instead of making another one.

CREATE TABLE ticket_uuids (
    ticket_id INTEGER PRIMARY KEY REFERENCES tickets (id),
    uuid TEXT NOT NULL UNIQUE
);
CREATE TABLE exchange_imports (
    id INTEGER PRIMARY KEY,
    format TEXT NOT NULL,
    event_uuid TEXT NOT NULL,
    ticket_id INTEGER NOT NULL REFERENCES tickets (id),
    source TEXT NOT NULL DEFAULT '',
    imported_at INTEGER NOT NULL,
    imported_by TEXT NOT NULL
);
CREATE INDEX exchange_imports_by_event ON exchange_imports (format, event_uuid, id);
