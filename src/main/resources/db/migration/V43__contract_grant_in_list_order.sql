-- A partner's contract list: the contracts shared with its organisation, in insertion order (seq)
-- after a cursor. Read from the contracts in seq order, each probed for a grant, a page of 20 passed
-- over about 20 / (the organisation's share) contracts: 500 for a partner holding 4 % of them at
-- national scale (bench/RESULTS.md). Each grant here carries its contract's seq, so a page is read
-- from the organisation's grants in list order: 20 index entries, then 20 contracts by key.
--
-- The copy is the database's, not the service's: written at every insert and update of a grant, from
-- the contract, whatever the statement says. A contract's seq is an identity no command changes.
--
-- Cost on an existing database: one UPDATE of every grant and an index, under an ACCESS EXCLUSIVE
-- lock on contract_grant until the migration commits: status reads of partners and commits of
-- events (V42 reads the grants) wait for it. Measured on 260 039 grants, cold cache, 2 busy cores:
-- 7.6 s. Run it when the service is quiet; VACUUM ANALYZE contract_grant after.
ALTER TABLE contract_grant ADD COLUMN contract_seq bigint;
-- The backfill changes no grant's contract, organisation or since_event: the partners' feed (V42)
-- has nothing to resync, and its trigger is set aside for it (the lock above keeps every other
-- writer out meanwhile).
ALTER TABLE contract_grant DISABLE TRIGGER contract_feed_organisation_at_commit;
UPDATE contract_grant g SET contract_seq = c.seq FROM contract c WHERE c.id = g.contract_id;
ALTER TABLE contract_grant ENABLE TRIGGER contract_feed_organisation_at_commit;
ALTER TABLE contract_grant ALTER COLUMN contract_seq SET NOT NULL;

CREATE FUNCTION contract_grant_seq() RETURNS trigger AS $$
BEGIN
    SELECT seq INTO NEW.contract_seq FROM contract WHERE id = NEW.contract_id;
    IF NOT FOUND THEN
        -- As the foreign key would say, which runs after this trigger.
        RAISE EXCEPTION 'contract % does not exist', NEW.contract_id USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER contract_grant_seq BEFORE INSERT OR UPDATE ON contract_grant
    FOR EACH ROW EXECUTE FUNCTION contract_grant_seq();

-- Replaces (organisation, contract_id), which served the former list query only.
CREATE INDEX contract_grant_list ON contract_grant (organisation, contract_seq);
DROP INDEX contract_grant_organisation;
