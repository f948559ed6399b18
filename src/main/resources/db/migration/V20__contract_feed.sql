-- The change feed: every event of the log gets a position in the order its transaction commits, so
-- that a reader who has seen position N never finds later an event below N (an identity column is
-- drawn at insert time, and a transaction that drew a smaller one may commit after a bigger one).
--
-- A deferred constraint trigger runs at commit time, takes a short exclusive lock on contract_feed
-- and draws the position: the lock is held until the commit completes, so positions are drawn and
-- made visible one transaction after the other. Writers wait for each other only for that moment.
CREATE SEQUENCE contract_feed_position;

CREATE TABLE contract_feed (
    position bigint PRIMARY KEY,
    event_id bigint NOT NULL UNIQUE REFERENCES contract_event (id)
);

CREATE FUNCTION contract_feed_assign() RETURNS trigger AS $$
BEGIN
    LOCK TABLE contract_feed IN EXCLUSIVE MODE;
    INSERT INTO contract_feed (position, event_id) VALUES (nextval('contract_feed_position'), NEW.id);
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE CONSTRAINT TRIGGER contract_feed_at_commit AFTER INSERT ON contract_event
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION contract_feed_assign();

-- Events recorded before: in the order of the log.
INSERT INTO contract_feed (position, event_id)
SELECT nextval('contract_feed_position'), id FROM (SELECT id FROM contract_event ORDER BY id) AS logged;

-- The feed is append-only, like the log.
CREATE TRIGGER contract_feed_append_only BEFORE UPDATE OR DELETE ON contract_feed
    FOR EACH ROW EXECUTE FUNCTION contract_event_is_append_only();

-- A partner reads a contract's events from its grant on: the first event it may see.
ALTER TABLE contract_grant ADD COLUMN since_event bigint NOT NULL DEFAULT 0;
-- Grants recorded before: from their last grant event (whatever the case of the id it names).
UPDATE contract_grant g
   SET since_event = COALESCE((SELECT max(e.id) FROM contract_event e
                                WHERE e.contract_id = g.contract_id AND e.type = 'ACCESS_GRANTED'
                                  AND lower(e.reason) = lower('Accès ouvert à ' || g.organisation)), 0);
-- One canonical form of organisation ids: lower case (tokens' claims are compared lower-cased).
-- Grants recorded under another case are merged into it.
DELETE FROM contract_grant g
 WHERE g.organisation <> lower(g.organisation)
   AND EXISTS (SELECT 1 FROM contract_grant o WHERE o.contract_id = g.contract_id
                  AND o.organisation = lower(g.organisation));
UPDATE contract_grant SET organisation = lower(organisation) WHERE organisation <> lower(organisation);
ALTER TABLE contract_grant ADD CONSTRAINT contract_grant_organisation_canonical
    CHECK (organisation = lower(organisation));

-- The key that seals the feed's cursors (AES), drawn once per database: every instance shares it,
-- and a cursor stays valid across restarts. Cursors carry a position, which would tell a reader the
-- volume of all tenants' changes; sealed, they tell nothing.
CREATE TABLE feed_cursor_key (
    id  smallint PRIMARY KEY CHECK (id = 1),
    key bytea    NOT NULL CHECK (length(key) = 16)
);
INSERT INTO feed_cursor_key (id, key)
VALUES (1, decode(replace(gen_random_uuid()::text, '-', ''), 'hex'));
