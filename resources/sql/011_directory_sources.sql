-- SPDX-License-Identifier: GPL-3.0-or-later
-- Workspace format 11: what a directory import said about an entry, kept beside what we hold.
-- dir_people.organisation: vCard ORG. dir_people.key_uri, dir_teams.key_uris: vCard KEY given as a URI (https:,
-- ldap:...) rather than a fingerprint (one per line for teams). dir_teams.source_updated_at: when the import source
-- last changed the record (UTC ms; staleness counts from the later of this and verified_at).
-- dir_teams.source_keys: the fingerprints the import source names (one per line), to warn when a linked key differs.

ALTER TABLE dir_people ADD COLUMN organisation TEXT NOT NULL DEFAULT '';
ALTER TABLE dir_people ADD COLUMN key_uri TEXT NOT NULL DEFAULT '';
ALTER TABLE dir_teams ADD COLUMN key_uris TEXT NOT NULL DEFAULT '';
ALTER TABLE dir_teams ADD COLUMN source_updated_at INTEGER;
ALTER TABLE dir_teams ADD COLUMN source_keys TEXT NOT NULL DEFAULT '';
