-- SPDX-License-Identifier: GPL-3.0-or-later
-- Workspace format 13: playbooks (named lists of task templates, chosen by RSIT class/type and constituency) and
-- the tasks of a ticket with their notes. Tasks are never deleted (not applicable closes one); every change to a
-- task is also a history row of its ticket, so the hash chain covers them and the audit compares them.
-- task_fts and task_note_fts index task titles, descriptions and notes for ticket search (external content, like
-- comment_fts: a task's title and description and a note's text never change).

CREATE TABLE playbooks (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    rsit_class TEXT NOT NULL DEFAULT '',
    rsit_type TEXT NOT NULL DEFAULT '',
    constituency TEXT NOT NULL DEFAULT ''
);
CREATE TABLE playbook_tasks (
    playbook_id INTEGER NOT NULL REFERENCES playbooks (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    owner_role TEXT NOT NULL DEFAULT '',
    due_minutes INTEGER,
    PRIMARY KEY (playbook_id, position)
);
CREATE TABLE ticket_tasks (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets (id),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    due_at INTEGER,
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'na')),
    playbook TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    created_by TEXT NOT NULL,
    closed_at INTEGER
);
CREATE INDEX ticket_tasks_by_ticket ON ticket_tasks (ticket_id, id);
CREATE INDEX ticket_tasks_by_owner ON ticket_tasks (owner, state);
CREATE INDEX ticket_tasks_by_due ON ticket_tasks (state, due_at);
CREATE TABLE task_notes (
    id INTEGER PRIMARY KEY,
    task_id INTEGER NOT NULL REFERENCES ticket_tasks (id),
    author TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    body TEXT NOT NULL
);
CREATE INDEX task_notes_by_task ON task_notes (task_id, id);
CREATE VIRTUAL TABLE task_fts USING fts4 (content="ticket_tasks", title, description, tokenize=unicode61);
CREATE VIRTUAL TABLE task_note_fts USING fts4 (content="task_notes", body, tokenize=unicode61);
