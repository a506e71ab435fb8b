-- SPDX-License-Identifier: GPL-3.0-or-later
-- Workspace format 6: the full-text indexes (ticket_fts, message_fts) are kept by TicketStore and MailStore
-- instead of triggers. A statement that fires a trigger makes SQLite keep a statement journal of every page it
-- touches, and SQLCipher encrypts each journalled page: batches ran more than twice as slow as on a plain file.
DROP TRIGGER IF EXISTS tickets_fts_insert;
DROP TRIGGER IF EXISTS tickets_fts_update;
DROP TRIGGER IF EXISTS messages_fts_insert;
