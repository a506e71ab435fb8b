-- SPDX-License-Identifier: GPL-3.0-or-later
-- Workspace format 5: mail in and out (core/mail). Times are UTC milliseconds since the epoch.

-- One stored message, received or sent, always with its raw bytes. dedup_key is "mid:<Message-ID>"
-- or "sha256:<hex of the raw bytes>" when there is no Message-ID; unique per direction, so importing
-- the same mailbox twice adds nothing.
CREATE TABLE messages (
    id                  INTEGER PRIMARY KEY,
    ticket_id           INTEGER NOT NULL REFERENCES tickets (id),
    direction           TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    dedup_key           TEXT NOT NULL,
    raw                 BLOB NOT NULL,
    raw_sha256          BLOB NOT NULL,
    message_id          TEXT NOT NULL DEFAULT '',
    in_reply_to         TEXT NOT NULL DEFAULT '',
    refs                TEXT NOT NULL DEFAULT '',
    from_addr           TEXT NOT NULL DEFAULT '',
    to_addr             TEXT NOT NULL DEFAULT '',
    cc_addr             TEXT NOT NULL DEFAULT '',
    date                INTEGER,
    subject             TEXT NOT NULL DEFAULT '',
    body                TEXT NOT NULL DEFAULT '',
    signature_status    TEXT NOT NULL DEFAULT 'not-signed',
    signer_fingerprint  TEXT NOT NULL DEFAULT '',
    encrypted           INTEGER NOT NULL DEFAULT 0,
    warnings            TEXT NOT NULL DEFAULT '[]',
    abuse_report        TEXT NOT NULL DEFAULT '',
    source              TEXT NOT NULL DEFAULT '',
    imported_at         INTEGER NOT NULL,
    UNIQUE (direction, dedup_key)
);
CREATE INDEX messages_ticket ON messages (ticket_id);
CREATE INDEX messages_message_id ON messages (message_id) WHERE message_id <> '';

CREATE TABLE attachments (
    id          INTEGER PRIMARY KEY,
    message_id  INTEGER NOT NULL REFERENCES messages (id),
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL DEFAULT '',
    mime_type   TEXT NOT NULL DEFAULT 'application/octet-stream',
    size        INTEGER NOT NULL,
    sha256      BLOB NOT NULL,
    content     BLOB NOT NULL
);
CREATE INDEX attachments_message ON attachments (message_id);
CREATE INDEX attachments_sha256 ON attachments (sha256);

-- Input that could not be made into a message, kept whole with why. raw_sha256 + source_kind keep
-- a re-run from adding the same case twice.
CREATE TABLE mail_quarantine (
    id          INTEGER PRIMARY KEY,
    source      TEXT NOT NULL,
    position    TEXT NOT NULL,
    reason      TEXT NOT NULL,
    raw         BLOB NOT NULL,
    raw_sha256  BLOB NOT NULL UNIQUE,
    at          INTEGER NOT NULL
);

CREATE VIRTUAL TABLE message_fts USING fts4 (subject, body, tokenize=unicode61);
CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN
    INSERT INTO message_fts (docid, subject, body) VALUES (new.id, new.subject, new.body);
END;

INSERT OR IGNORE INTO settings (key, value) VALUES ('mail.subject_tag', 'FIREBREAK');
