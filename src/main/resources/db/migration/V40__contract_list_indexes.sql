-- Contract lists at national scale (1 000 000 contracts): an agent's list is always filtered by its
-- CPAM, and often by a status or a specialty as well, in insertion order after a cursor. With
-- (cpam_code, seq) alone, a rare status or specialty of a big CPAM reads tens of thousands of index
-- entries and rows to fill a page; with these, the page is read in order and nothing else
-- (bench/RESULTS.md, national scale). Partners' lists (no CPAM) keep (status, seq) and (specialty, seq).
-- IF NOT EXISTS: a database tuned by hand before this migration keeps its indexes.
CREATE INDEX IF NOT EXISTS contract_cpam_status ON contract (cpam_code, status, seq);
CREATE INDEX IF NOT EXISTS contract_cpam_specialty ON contract (cpam_code, specialty, seq);
