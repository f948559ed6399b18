-- The change feed of a CPAM (FeedRepository.ofCpam) checks, for every event it passes over, the CPAM
-- of the event's contract. At national scale the contract table is far bigger than memory holds hot,
-- and each check fetched a contract row: with the CPAM in the index the check reads the index only
-- (once the table is vacuumed), which took most of the buffers of that query (bench/RESULTS.md).
CREATE UNIQUE INDEX IF NOT EXISTS contract_id_cpam ON contract (id) INCLUDE (cpam_code);
