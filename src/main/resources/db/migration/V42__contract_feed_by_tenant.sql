-- The change feed by tenant. A feed is read in position order and filtered by tenant, so a page read
-- through contract_feed's key passes over every other tenant's positions: at national scale a new
-- reader of a small CPAM or of a partner passed over tens of thousands for one page (bench/RESULTS.md).
-- Here each tenant's positions are read from an index leading with the tenant.
--
-- CPAM: the feed row carries the CPAM of the event's contract, written at commit.
--
-- Partners: contract_feed_organisation holds the positions an organisation reads, kept equal to what
-- the feed showed it before, computed at read time from the grants as they are now: the events of the
-- contracts shared with it, each from its grant's event on (since_event), without the grant and
-- revocation events. So a grant adds the contract's positions from since_event on, a revocation
-- removes all of them (the past events too), and an event committed later is added for every grant
-- its contract has then. Both are done at commit, under the feed's lock (V20): of a grant and an
-- event of the same contract committing at the same time, the later one sees the earlier.
--
-- Cost on an existing database: the backfill rewrites every row of contract_feed once (one UPDATE,
-- leaving as many dead rows until vacuumed), indexes it, then writes one row per position a partner
-- reads. Measured on 1 M events (181 617 partner positions) on 2 busy cores: 40 s (UPDATE 28 s,
-- index 6 s, partners 5 s, key check 1 s); expect about ten times that at 10 M. The migration holds
-- contract_feed locked (ALTER TABLE) until it commits: commits of the service wait for it, and so do
-- feed readers. Run it when the service is quiet, and VACUUM ANALYZE contract_feed after.

ALTER TABLE contract_feed ADD COLUMN cpam_code varchar(3);

-- The feed is append-only: its trigger is set aside for the backfill only.
ALTER TABLE contract_feed DISABLE TRIGGER contract_feed_append_only;
UPDATE contract_feed f SET cpam_code = c.cpam_code
  FROM contract_event e JOIN contract c ON c.id = e.contract_id
 WHERE e.id = f.event_id;
ALTER TABLE contract_feed ENABLE TRIGGER contract_feed_append_only;

ALTER TABLE contract_feed ALTER COLUMN cpam_code SET NOT NULL;
CREATE INDEX contract_feed_cpam ON contract_feed (cpam_code, position);

-- The feed keeps the CPAM an event was written under: a contract that changed CPAM would show its
-- past events to its former CPAM. No command changes it; this says so where the feed relies on it.
CREATE FUNCTION contract_cpam_is_fixed() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the CPAM of contract % is fixed', OLD.id USING ERRCODE = 'check_violation';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER contract_cpam_fixed BEFORE UPDATE OF cpam_code ON contract
    FOR EACH ROW WHEN (OLD.cpam_code IS DISTINCT FROM NEW.cpam_code) EXECUTE FUNCTION contract_cpam_is_fixed();

CREATE TABLE contract_feed_organisation (
    organisation varchar(120) NOT NULL,
    position     bigint       NOT NULL,
    event_id     bigint       NOT NULL,
    PRIMARY KEY (organisation, position)
);

INSERT INTO contract_feed_organisation (organisation, position, event_id)
SELECT g.organisation, f.position, f.event_id
  FROM contract_grant g
  JOIN contract_event e ON e.contract_id = g.contract_id AND e.id >= g.since_event
                       AND e.type NOT IN ('ACCESS_GRANTED', 'ACCESS_REVOKED')
  JOIN contract_feed f ON f.event_id = e.id;
-- Checked once after the backfill rather than row by row.
ALTER TABLE contract_feed_organisation
    ADD CONSTRAINT contract_feed_organisation_position FOREIGN KEY (position) REFERENCES contract_feed (position);

-- An event's position, its CPAM, and its place in the feeds of the organisations its contract is
-- shared with.
CREATE OR REPLACE FUNCTION contract_feed_assign() RETURNS trigger AS $$
DECLARE
    drawn bigint;
BEGIN
    LOCK TABLE contract_feed IN EXCLUSIVE MODE;
    drawn := nextval('contract_feed_position');
    INSERT INTO contract_feed (position, event_id, cpam_code)
    SELECT drawn, NEW.id, c.cpam_code FROM contract c WHERE c.id = NEW.contract_id;
    IF NEW.type NOT IN ('ACCESS_GRANTED', 'ACCESS_REVOKED') THEN
        INSERT INTO contract_feed_organisation (organisation, position, event_id)
        SELECT g.organisation, drawn, NEW.id FROM contract_grant g
         WHERE g.contract_id = NEW.contract_id AND NEW.id >= g.since_event;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

-- A grant added, changed (since_event is set once the grant's event is logged) or revoked: the
-- organisation's positions of that contract become those of the grant as it is at commit.
CREATE FUNCTION contract_feed_organisation_resync(shared uuid, org varchar) RETURNS void AS $$
    DELETE FROM contract_feed_organisation o
     USING contract_event e JOIN contract_feed f ON f.event_id = e.id
     WHERE e.contract_id = shared AND o.organisation = org AND o.position = f.position;
    INSERT INTO contract_feed_organisation (organisation, position, event_id)
    SELECT g.organisation, f.position, f.event_id
      FROM contract_grant g
      JOIN contract_event e ON e.contract_id = g.contract_id AND e.id >= g.since_event
                           AND e.type NOT IN ('ACCESS_GRANTED', 'ACCESS_REVOKED')
      JOIN contract_feed f ON f.event_id = e.id
     WHERE g.contract_id = shared AND g.organisation = org;
$$ LANGUAGE sql;

CREATE FUNCTION contract_feed_organisation_regrant() RETURNS trigger AS $$
BEGIN
    LOCK TABLE contract_feed IN EXCLUSIVE MODE;
    IF TG_OP <> 'INSERT' THEN
        PERFORM contract_feed_organisation_resync(OLD.contract_id, OLD.organisation);
    END IF;
    IF TG_OP = 'INSERT' OR (NEW.contract_id, NEW.organisation) <> (OLD.contract_id, OLD.organisation) THEN
        PERFORM contract_feed_organisation_resync(NEW.contract_id, NEW.organisation);
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE CONSTRAINT TRIGGER contract_feed_organisation_at_commit AFTER INSERT OR UPDATE OR DELETE ON contract_grant
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION contract_feed_organisation_regrant();
