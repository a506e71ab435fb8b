-- SPDX-License-Identifier: GPL-3.0-or-later
-- Workspace format 18: indexes for the constituency report (core/report/ConstituencyReport), which counts tickets
-- of one kind created, or closed, in a date range. Without them every count reads the whole tickets table.
-- merged_into and constituency are in both, so that the counts read no table row.

CREATE INDEX tickets_kind_created ON tickets (kind, created_at, merged_into, constituency);
CREATE INDEX tickets_kind_closed ON tickets (kind, closed_at, merged_into, constituency);
