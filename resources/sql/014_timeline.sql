-- SPDX-License-Identifier: GPL-3.0-or-later
-- Workspace format 14: the timeline of a ticket — dated events (when, optionally until when, what, where it came
-- from, the raw data it rests on), entered by hand, taken from a message or an observable, or imported from CSV.
-- Any kind of ticket may have one; an incident's is the one its report shows. Every add, edit and removal is also a
-- history row of its ticket (action "timeline"), so the hash chain covers the events. A removed event's row goes; its
-- history rows stay. message_id and the observable columns say what an event was taken from (a message that goes
-- leaves the event, without the link).

CREATE TABLE ticket_timeline (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets (id),
    occurred_at INTEGER NOT NULL,
    ended_at INTEGER CHECK (ended_at IS NULL OR ended_at >= occurred_at),
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 65536),
    source TEXT NOT NULL DEFAULT '' CHECK (length(source) <= 200),
    raw TEXT NOT NULL DEFAULT '' CHECK (length(raw) <= 65536),
    message_id INTEGER REFERENCES messages (id) ON DELETE SET NULL,
    observable_type TEXT NOT NULL DEFAULT '',
    observable_value TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    created_by TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    updated_by TEXT NOT NULL
);
CREATE INDEX ticket_timeline_by_ticket ON ticket_timeline (ticket_id, occurred_at, id);
