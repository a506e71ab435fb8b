-- SPDX-License-Identifier: GPL-3.0-or-later
-- Workspace format 15: evidence files attached to a ticket, kept inside the encrypted workspace. ticket_evidence
-- holds what is known of a file (name, size, SHA-256, media type, description, who added it and when); its content
-- is in evidence_chunks, 1 MiB a row in order, so that neither adding nor reading a large file holds it in memory.
-- Removing evidence keeps its row (removed_at, removed_by) and deletes its content. Every add and remove is also a
-- history row of the ticket, so the hash chain covers them; verify recomputes each kept file's size and SHA-256.

CREATE TABLE ticket_evidence (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets (id),
    name TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    media_type TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    added_at INTEGER NOT NULL,
    added_by TEXT NOT NULL,
    removed_at INTEGER,
    removed_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ticket_evidence_by_ticket ON ticket_evidence (ticket_id, id);
CREATE TABLE evidence_chunks (
    evidence_id INTEGER NOT NULL REFERENCES ticket_evidence (id),
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    UNIQUE (evidence_id, seq)
);
