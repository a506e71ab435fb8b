-- SPDX-License-Identifier: GPL-3.0-or-later
-- Workspace format 10: directory lookups are answered with indexed queries (NetworkLookupStore) instead of an
-- index built from every team, so one lookup costs the same with 50 teams as with 50,000 (docs/benchmarks.md,
-- "Directory at scale").
--
-- ip_key: the upper-case hexadecimal digits that an address range's first and last address (ip_low, ip_high:
-- 16 bytes big-endian, IPv4 mapped into ::ffff:0:0/96) have in common, 0 to 32 of them; NULL for other kinds.
-- A range can only contain an address whose first digits are the range's key, so "which ranges contain this
-- address" is one index probe for each of the address's 33 leading-digit strings.
ALTER TABLE dir_constituency ADD COLUMN ip_key TEXT;
UPDATE dir_constituency SET ip_key = substr(hex(ip_low), 1, (
        WITH RECURSIVE digits (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM digits WHERE n < 32)
        SELECT count(*) FROM digits
        WHERE substr(hex(dir_constituency.ip_low), 1, n) = substr(hex(dir_constituency.ip_high), 1, n)))
    WHERE kind = 'ip' AND length(ip_low) = 16 AND length(ip_high) = 16;
CREATE INDEX dir_constituency_ip ON dir_constituency (ip_key);
CREATE INDEX dir_constituency_asn ON dir_constituency (asn);
-- National teams of a country (the country fallback).
CREATE INDEX dir_teams_country ON dir_teams (country, team_type);
