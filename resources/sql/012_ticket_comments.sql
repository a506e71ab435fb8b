-- SPDX-License-Identifier: GPL-3.0-or-later
-- Workspace format 12: handlers' internal comments on tickets (never mailed). A comment is kept as written; its
-- text is also in the history row that records it, so the hash chain covers it. comment_fts indexes the text for
-- search (external content, like message_fts: comments are never updated or deleted).

CREATE TABLE ticket_comments (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets (id),
    author TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX ticket_comments_by_ticket ON ticket_comments (ticket_id, id);
CREATE VIRTUAL TABLE comment_fts USING fts4 (content="ticket_comments", body, tokenize=unicode61);
