-- A partner's contract list: the contracts shared with its organisation, in insertion order (seq)
-- after a cursor. Read from the contracts in seq order, each probed for a grant, a page of 20 passed
-- over about 1 / (the organisation's share) contracts: 500 for a partner holding 4 % of them at
-- national scale (bench/RESULTS.md). Each grant here carries its contract's seq, so a page is read
-- from the organisation's grants in list order, 20 index entries then 20 contracts by key.
--
-- A contract's seq never changes (identity, GENERATED ALWAYS), so the copy cannot go stale; it is
-- written by the database at the grant's insert, not by the service.
ALTER TABLE contract_grant ADD COLUMN contract_seq bigint;
-- The backfill changes no grant's contract, organisation or since_event: the partners' feed (V42)
-- has nothing to resync, and its trigger is set aside for it.
ALTER TABLE contract_grant DISABLE TRIGGER contract_feed_organisation_at_commit;
UPDATE contract_grant g SET contract_seq = c.seq FROM contract c WHERE c.id = g.contract_id;
ALTER TABLE contract_grant ENABLE TRIGGER contract_feed_organisation_at_commit;
ALTER TABLE contract_grant ALTER COLUMN contract_seq SET NOT NULL;

CREATE FUNCTION contract_grant_seq() RETURNS trigger AS $$
BEGIN
    SELECT seq INTO STRICT NEW.contract_seq FROM contract WHERE id = NEW.contract_id;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER contract_grant_seq BEFORE INSERT OR UPDATE OF contract_id ON contract_grant
    FOR EACH ROW EXECUTE FUNCTION contract_grant_seq();

-- Replaces (organisation, contract_id), which served the former list query only.
CREATE INDEX contract_grant_list ON contract_grant (organisation, contract_seq);
DROP INDEX contract_grant_organisation;
