-- The plans of the reads of the contract API on a national-scale database (bench/load-national),
-- each query as the service sends it (Hibernate's SQL for the lists, the plain SQL of the status
-- read, the events and the feed). Run: psql -d DB -f bench/explain-national.sql
\set ON_ERROR_STOP on
\pset pager off
-- A contract of the middle of the table, a big CPAM and a small one, a cursor in the middle.
SELECT md5('contract-500000')::uuid AS id \gset
SELECT cpam_code AS small_cpam FROM contract GROUP BY cpam_code ORDER BY count(*) LIMIT 1 \gset
SELECT seq AS middle FROM contract WHERE cpam_code = '751' ORDER BY seq
 OFFSET (SELECT count(*) / 2 FROM contract WHERE cpam_code = '751') LIMIT 1 \gset
SELECT max(position) AS head FROM contract_feed \gset
SELECT :head - 20000 AS recent \gset

\echo '=== status read: one statement (ContractReader), agent'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT c.*, (SELECT json_agg(json_build_array(y.contract_year, y.starts_on) ORDER BY y.contract_year)
               FROM contract_year y WHERE y.contract_id = c.id) AS years,
       (SELECT json_agg(json_build_array(r.id, r.contract_year) ORDER BY r.contract_year, r.revision)
          FROM contract_review r WHERE r.contract_id = c.id) AS reviews,
       (SELECT json_agg(json_build_array(s.starts_on, s.ends_on) ORDER BY s.starts_on)
          FROM contract_suspension s WHERE s.contract_id = c.id) AS suspensions,
       ('logiciel-a'::text IS NOT NULL AND EXISTS (SELECT 1 FROM contract_grant g
          WHERE g.contract_id = c.id AND g.organisation = 'logiciel-a')) AS shared
  FROM contract c WHERE c.id = :'id';

\echo '=== list: agent, CPAM only, first page and after a cursor'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM contract c1_0 WHERE c1_0.cpam_code = '751' ORDER BY c1_0.seq LIMIT 21;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM contract c1_0 WHERE c1_0.cpam_code = '751' AND c1_0.seq > :middle ORDER BY c1_0.seq LIMIT 21;

\echo '=== list: agent, CPAM and status (a rare one), with a cursor'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM contract c1_0 WHERE c1_0.cpam_code = '751' AND c1_0.status = 'SUSPENDED' ORDER BY c1_0.seq LIMIT 21;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM contract c1_0 WHERE c1_0.cpam_code = :'small_cpam' AND c1_0.status = 'SIGNED' AND c1_0.seq > :middle
 ORDER BY c1_0.seq LIMIT 21;

\echo '=== list: agent, CPAM and specialty (a rare one), with a cursor'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM contract c1_0 WHERE c1_0.cpam_code = '751' AND c1_0.specialty = 'NEUROLOGIE' ORDER BY c1_0.seq LIMIT 21;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM contract c1_0 WHERE c1_0.cpam_code = :'small_cpam' AND c1_0.specialty = 'NEUROLOGIE'
   AND c1_0.seq > :middle ORDER BY c1_0.seq LIMIT 21;

\echo '=== list: agent, CPAM, status and specialty'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM contract c1_0 WHERE c1_0.cpam_code = '751' AND c1_0.status = 'ACTIVE'
   AND c1_0.specialty = 'CARDIOLOGIE' ORDER BY c1_0.seq LIMIT 21;

\echo '=== list: agent, CPAM and RPPS'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM contract c1_0 WHERE c1_0.rpps = (SELECT rpps FROM contract WHERE id = :'id') AND c1_0.cpam_code = '751'
 ORDER BY c1_0.seq LIMIT 21;

\echo '=== list: partner (shared with an organisation), first page, with a cursor (V43: from its grants in list order)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT c1_0.* FROM contract c1_0 JOIN contract_grant g1_0 ON g1_0.contract_id = c1_0.id
 WHERE g1_0.organisation = 'logiciel-c' ORDER BY g1_0.contract_seq LIMIT 21;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT c1_0.* FROM contract c1_0 JOIN contract_grant g1_0 ON g1_0.contract_id = c1_0.id
 WHERE g1_0.organisation = 'logiciel-c' AND g1_0.contract_seq > :middle ORDER BY g1_0.contract_seq LIMIT 21;
\echo '    with a filter on the contracts (a status): the contracts in seq order, each probed for a grant'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM contract c1_0 WHERE c1_0.status = 'SUSPENDED' AND c1_0.id IN (SELECT g1_0.contract_id
   FROM contract_grant g1_0 WHERE g1_0.organisation = 'logiciel-c') ORDER BY c1_0.seq LIMIT 21;
\echo '    the same with the grants in list order, for comparison (the service does not send it)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT c1_0.* FROM contract c1_0 JOIN contract_grant g1_0 ON g1_0.contract_id = c1_0.id
 WHERE g1_0.organisation = 'logiciel-c' AND c1_0.status = 'SUSPENDED' ORDER BY g1_0.contract_seq LIMIT 21;
\echo '    before V43, the whole list as the filtered one: the contracts in seq order, each probed for a grant'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM contract c1_0 WHERE c1_0.id IN (SELECT g1_0.contract_id FROM contract_grant g1_0
   WHERE g1_0.organisation = 'logiciel-c') ORDER BY c1_0.seq LIMIT 21;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM contract c1_0 WHERE c1_0.id IN (SELECT g1_0.contract_id FROM contract_grant g1_0
   WHERE g1_0.organisation = 'logiciel-c') AND c1_0.seq > :middle ORDER BY c1_0.seq LIMIT 21;

\echo '=== events of one contract'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT * FROM contract_event e1_0 WHERE e1_0.contract_id = :'id' ORDER BY e1_0.id;

\echo '=== feed: head'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT coalesce(max(position), 0) AS head FROM contract_feed;

\echo '=== feed of a CPAM (contract_feed_cpam, V42): a reader up to date (20 000 positions behind), a new reader, a small CPAM'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT f.position, e.contract_id, e.occurred_at, e.actor, e.type, e.effective_date, e.reason, e.state_after
  FROM contract_feed f JOIN contract_event e ON e.id = f.event_id
 WHERE f.cpam_code = '751' AND f.position > :recent AND f.position <= :head ORDER BY f.position LIMIT 100;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT f.position, e.contract_id, e.occurred_at, e.actor, e.type, e.effective_date, e.reason, e.state_after
  FROM contract_feed f JOIN contract_event e ON e.id = f.event_id
 WHERE f.cpam_code = '751' AND f.position > 0 AND f.position <= :head ORDER BY f.position LIMIT 100;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT f.position, e.contract_id, e.occurred_at, e.actor, e.type, e.effective_date, e.reason, e.state_after
  FROM contract_feed f JOIN contract_event e ON e.id = f.event_id
 WHERE f.cpam_code = :'small_cpam' AND f.position > 0 AND f.position <= :head ORDER BY f.position LIMIT 100;

\echo '=== feed of an organisation (contract_feed_organisation, V42): up to date, new reader'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT f.position, e.contract_id, e.occurred_at, e.actor, e.type, e.effective_date, e.reason, e.state_after
  FROM contract_feed_organisation f JOIN contract_event e ON e.id = f.event_id
 WHERE f.organisation = 'logiciel-c' AND f.position > :recent AND f.position <= :head ORDER BY f.position LIMIT 100;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT f.position, e.contract_id, e.occurred_at, e.actor, e.type, e.effective_date, e.reason, e.state_after
  FROM contract_feed_organisation f JOIN contract_event e ON e.id = f.event_id
 WHERE f.organisation = 'logiciel-c' AND f.position > 0 AND f.position <= :head ORDER BY f.position LIMIT 100;

\echo '=== the triggers of V42: an event at commit (its grants), a grant or revocation at commit (the contract''s positions)'
SELECT contract_id AS shared FROM contract_grant WHERE organisation = 'logiciel-c' ORDER BY contract_seq LIMIT 1 \gset
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT g.organisation FROM contract_grant g WHERE g.contract_id = :'shared' AND g.since_event <= :head;
BEGIN;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
DELETE FROM contract_feed_organisation o
 USING contract_event e JOIN contract_feed f ON f.event_id = e.id
 WHERE e.contract_id = :'shared' AND o.organisation = 'logiciel-c' AND o.position = f.position;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
INSERT INTO contract_feed_organisation (organisation, position, event_id)
SELECT g.organisation, f.position, f.event_id
  FROM contract_grant g
  JOIN contract_event e ON e.contract_id = g.contract_id AND e.id >= g.since_event
                       AND e.type NOT IN ('ACCESS_GRANTED', 'ACCESS_REVOKED')
  JOIN contract_feed f ON f.event_id = e.id
 WHERE g.contract_id = :'shared' AND g.organisation = 'logiciel-c';
ROLLBACK;

-- For comparison, the same pages as read before V42, the tenant decided by joins at read time.
\echo '=== before V42: feed of a CPAM (up to date, new reader, small CPAM), of an organisation (up to date, new reader)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT f.position, e.contract_id, e.occurred_at, e.actor, e.type, e.effective_date, e.reason, e.state_after
  FROM contract_feed f JOIN contract_event e ON e.id = f.event_id JOIN contract c ON c.id = e.contract_id
 WHERE f.position > :recent AND f.position <= :head AND c.cpam_code = '751' ORDER BY f.position LIMIT 100;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT f.position, e.contract_id, e.occurred_at, e.actor, e.type, e.effective_date, e.reason, e.state_after
  FROM contract_feed f JOIN contract_event e ON e.id = f.event_id JOIN contract c ON c.id = e.contract_id
 WHERE f.position > 0 AND f.position <= :head AND c.cpam_code = '751' ORDER BY f.position LIMIT 100;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT f.position, e.contract_id, e.occurred_at, e.actor, e.type, e.effective_date, e.reason, e.state_after
  FROM contract_feed f JOIN contract_event e ON e.id = f.event_id JOIN contract c ON c.id = e.contract_id
 WHERE f.position > 0 AND f.position <= :head AND c.cpam_code = :'small_cpam' ORDER BY f.position LIMIT 100;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT f.position, e.contract_id, e.occurred_at, e.actor, e.type, e.effective_date, e.reason, e.state_after
  FROM contract_feed f JOIN contract_event e ON e.id = f.event_id
  JOIN contract_grant g ON g.contract_id = e.contract_id AND g.organisation = 'logiciel-c'
 WHERE f.position > :recent AND f.position <= :head AND e.id >= g.since_event
   AND e.type NOT IN ('ACCESS_GRANTED', 'ACCESS_REVOKED') ORDER BY f.position LIMIT 100;
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT f.position, e.contract_id, e.occurred_at, e.actor, e.type, e.effective_date, e.reason, e.state_after
  FROM contract_feed f JOIN contract_event e ON e.id = f.event_id
  JOIN contract_grant g ON g.contract_id = e.contract_id AND g.organisation = 'logiciel-c'
 WHERE f.position > 0 AND f.position <= :head AND e.id >= g.since_event
   AND e.type NOT IN ('ACCESS_GRANTED', 'ACCESS_REVOKED') ORDER BY f.position LIMIT 100;
