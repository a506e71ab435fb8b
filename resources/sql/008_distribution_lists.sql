-- SPDX-License-Identifier: GPL-3.0-or-later
-- Distribution lists of the directory (named lists of teams and people, e.g. an advisory's audience), and the
-- highest TLP label we may share with a person ('' = that of their team).

ALTER TABLE dir_people ADD COLUMN highest_tlp TEXT NOT NULL DEFAULT '';

CREATE TABLE dir_lists (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    description  TEXT NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);

-- Exactly one of team_id and person_id; a team or person is on a list at most once.
CREATE TABLE dir_list_members (
    id         INTEGER PRIMARY KEY,
    list_id    INTEGER NOT NULL REFERENCES dir_lists (id) ON DELETE CASCADE,
    team_id    INTEGER REFERENCES dir_teams (id) ON DELETE CASCADE,
    person_id  INTEGER REFERENCES dir_people (id) ON DELETE CASCADE,
    CHECK ((team_id IS NULL) <> (person_id IS NULL))
);
CREATE UNIQUE INDEX dir_list_members_team ON dir_list_members (list_id, team_id);
CREATE UNIQUE INDEX dir_list_members_person ON dir_list_members (list_id, person_id);
CREATE INDEX dir_list_members_team_id ON dir_list_members (team_id);
CREATE INDEX dir_list_members_person_id ON dir_list_members (person_id);
