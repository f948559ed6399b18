-- The data of years of the programme, at national scale, in one transaction (run by bench/load-national).
-- Variables (psql -v): contracts (1 000 000), targets (35 000), seed (0.42).
--
-- Everything is drawn with generate_series from a fixed seed, so two loads give the same data. Ids
-- are derived from the contract's number (md5), so that years, reviews, payments, suspensions and
-- events name their contract without a join (grants take theirs from the events, and its seq).
--
-- Constraints and triggers: the load runs with session_replication_role = replica, which skips the
-- foreign-key triggers, the append-only trigger, the change-feed triggers of V20 and V42 and the
-- grant's seq trigger of V43 (they are ordinary triggers). The data is consistent by construction, and the checks at the end count any
-- row whose parent is missing. The feed is written here instead, under the same lock the trigger
-- takes: contract_feed is locked EXCLUSIVE for the whole transaction, the events get their feed
-- position in the order of their ids, and a transaction of the service that commits meanwhile
-- waits for that lock and draws a position after every loaded one. The feed stays in commit order.
\set ON_ERROR_STOP on
\timing on

BEGIN;
SET LOCAL session_replication_role = replica;
SET LOCAL work_mem = '1GB';
SET LOCAL maintenance_work_mem = '1GB';
SET LOCAL synchronous_commit = off;
-- Writers of the service wait from here to the commit (contract_event first, as a writer holds it
-- before it asks for contract_feed at its commit).
LOCK TABLE contract_event IN EXCLUSIVE MODE;
LOCK TABLE contract_feed IN EXCLUSIVE MODE;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM contract) THEN
        RAISE EXCEPTION 'the database already holds contracts: load into an empty one';
    END IF;
END $$;

SELECT setseed(:seed);

-- An 11-digit RPPS from a 10-digit number: the Luhn check digit of the service (contract.core.Rpps).
CREATE FUNCTION pg_temp.rpps(base bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT b || ((10 - (sum(CASE WHEN i % 2 = 0
                                 THEN (substr(b, i, 1)::int * 2) - CASE WHEN substr(b, i, 1)::int >= 5 THEN 9 ELSE 0 END
                                 ELSE substr(b, i, 1)::int END)) % 10) % 10)::text
      FROM (SELECT lpad(base::text, 10, '0') AS b) x, generate_series(1, 10) AS i
     GROUP BY b
$$;

-- The maximum aid of a contract year (euros), by the regime of the year, option and amounts row.
CREATE TEMP TABLE amounts (regime text, option text, amount_row text, max_aid numeric(12, 2)) ON COMMIT DROP;
INSERT INTO amounts VALUES
    ('AVENANT_7_2019', 'THIRD_TIME', 'year1', 12000), ('AVENANT_7_2019', 'THIRD_TIME', 'year2', 9000),
    ('AVENANT_7_2019', 'THIRD_TIME', 'year3Plus', 7000),
    ('AVENANT_7_2019', 'HALF_TIME', 'year1', 18000), ('AVENANT_7_2019', 'HALF_TIME', 'year2', 13500),
    ('AVENANT_7_2019', 'HALF_TIME', 'year3Plus', 10500),
    ('AVENANT_7_2019', 'FULL_TIME', 'year1', 36000), ('AVENANT_7_2019', 'FULL_TIME', 'year2', 27000),
    ('AVENANT_7_2019', 'FULL_TIME', 'year3Plus', 21000),
    ('REGLEMENT_ARBITRAL_2023', 'THIRD_TIME', 'year1', 12000), ('REGLEMENT_ARBITRAL_2023', 'THIRD_TIME', 'year2', 9000),
    ('REGLEMENT_ARBITRAL_2023', 'THIRD_TIME', 'year3Plus', 7000),
    ('REGLEMENT_ARBITRAL_2023', 'HALF_TIME', 'year1', 18000), ('REGLEMENT_ARBITRAL_2023', 'HALF_TIME', 'year2', 13500),
    ('REGLEMENT_ARBITRAL_2023', 'HALF_TIME', 'year3Plus', 10500),
    ('REGLEMENT_ARBITRAL_2023', 'FULL_TIME', 'year1', 36000), ('REGLEMENT_ARBITRAL_2023', 'FULL_TIME', 'year2', 27000),
    ('REGLEMENT_ARBITRAL_2023', 'FULL_TIME', 'year3Plus', 21000),
    ('CONVENTION_2024', 'THIRD_TIME', 'year1', 12000), ('CONVENTION_2024', 'THIRD_TIME', 'year2', 9450),
    ('CONVENTION_2024', 'THIRD_TIME', 'year3Plus', 7350),
    ('CONVENTION_2024', 'HALF_TIME', 'year1', 19000), ('CONVENTION_2024', 'HALF_TIME', 'year2', 14000),
    ('CONVENTION_2024', 'HALF_TIME', 'year3Plus', 11000),
    ('CONVENTION_2024', 'FULL_TIME', 'year1', 38000), ('CONVENTION_2024', 'FULL_TIME', 'year2', 28000),
    ('CONVENTION_2024', 'FULL_TIME', 'year3Plus', 22000);

-- CPAMs: one per department (code = department and a 1), weighted by population (Paris, Bouches-
-- du-Rhône, Nord, Rhône, Gironde … weigh most).
CREATE TEMP TABLE cpam (code text, weight int, lo float8, hi float8) ON COMMIT DROP;
INSERT INTO cpam (code, weight)
SELECT lpad(d::text, 2, '0') || '1',
       CASE d WHEN 75 THEN 40 WHEN 13 THEN 30 WHEN 59 THEN 35 WHEN 69 THEN 28 WHEN 33 THEN 24 WHEN 92 THEN 25
              WHEN 93 THEN 25 WHEN 94 THEN 20 WHEN 31 THEN 20 WHEN 44 THEN 18 WHEN 6 THEN 16 WHEN 34 THEN 17
              WHEN 67 THEN 17 WHEN 62 THEN 22 WHEN 76 THEN 19 WHEN 78 THEN 22 WHEN 77 THEN 21 WHEN 91 THEN 20
              WHEN 95 THEN 19 WHEN 38 THEN 19 ELSE 3 + (d * 7) % 9 END
  FROM generate_series(1, 95) AS d WHERE d <> 20;
UPDATE cpam c SET lo = w.lo, hi = w.hi
  FROM (SELECT code, (sum(weight) OVER (ORDER BY code) - weight)::float8 / sum(weight) OVER () AS lo,
               sum(weight) OVER (ORDER BY code)::float8 / sum(weight) OVER () AS hi FROM cpam) w
 WHERE w.code = c.code;

CREATE TEMP TABLE specialty (code text, lo float8, hi float8) ON COMMIT DROP;
INSERT INTO specialty VALUES
    ('MEDECINE_GENERALE', 0, 0.76), ('CARDIOLOGIE', 0.76, 0.80), ('DERMATOLOGIE', 0.80, 0.83),
    ('GYNECOLOGIE_OBSTETRIQUE', 0.83, 0.86), ('OPHTALMOLOGIE', 0.86, 0.89), ('PEDIATRIE', 0.89, 0.91),
    ('PSYCHIATRIE', 0.91, 0.93), ('PNEUMOLOGIE', 0.93, 0.945), ('GASTRO_ENTEROLOGIE', 0.945, 0.96),
    ('ENDOCRINOLOGIE', 0.96, 0.97), ('RHUMATOLOGIE', 0.97, 0.98), ('ORL', 0.98, 0.99), ('NEUROLOGIE', 0.99, 1.0001);

-- ------------------------------------------------------------------ contracts
-- Signatures grow over the years (sqrt), from the first day of avenant 7 to the day before today.
CREATE TEMP TABLE nc ON COMMIT DROP AS
SELECT n, signed_on, u_status, u_option, u_hire, u_end, u_cpam, u_spec, u_sector, u_grant, u_obj,
       (signed_on + interval '5 years')::date - 1 AS term,
       CASE WHEN signed_on < date '2023-05-01' THEN 'AVENANT_7_2019'
            WHEN signed_on < date '2024-06-22' THEN 'REGLEMENT_ARBITRAL_2023' ELSE 'CONVENTION_2024' END AS regime
  FROM (SELECT n, date '2019-08-21' + floor((current_date - 1 - date '2019-08-21') * sqrt(random()))::int AS signed_on,
               random() AS u_status, random() AS u_option, random() AS u_hire, random() AS u_end,
               random() AS u_cpam, random() AS u_spec, random() AS u_sector, random() AS u_grant, random() AS u_obj
          FROM generate_series(1, :contracts) AS n) s;

ALTER TABLE nc ADD COLUMN status text, ADD COLUMN option text, ADD COLUMN hired date, ADD COLUMN ends_on date;
UPDATE nc SET
    option = CASE WHEN regime = 'AVENANT_7_2019'
                  THEN CASE WHEN u_option < 0.25 THEN 'THIRD_TIME' WHEN u_option < 0.75 THEN 'HALF_TIME' ELSE 'FULL_TIME' END
                  ELSE CASE WHEN u_option < 0.58 THEN 'HALF_TIME' ELSE 'FULL_TIME' END END,
    status = CASE WHEN term < current_date
                  THEN CASE WHEN u_status < 0.80 THEN 'EXPIRED' WHEN u_status < 0.88 THEN 'RENEWED'
                            WHEN u_status < 0.97 THEN 'TERMINATED' ELSE 'LAPSED' END
                  WHEN signed_on > current_date - 120 AND u_status < 0.45 THEN 'SIGNED'
                  ELSE CASE WHEN u_status < 0.86 THEN 'ACTIVE' WHEN u_status < 0.90 THEN 'SUSPENDED'
                            WHEN u_status < 0.99 THEN 'TERMINATED' ELSE 'SIGNED' END END;
-- The assistant is hired within three months of the signature (never in the future).
UPDATE nc SET hired = LEAST(current_date - 1, signed_on + floor(u_hire * 90)::int)
 WHERE status NOT IN ('SIGNED', 'LAPSED');
UPDATE nc SET ends_on = CASE status
        WHEN 'TERMINATED' THEN hired + floor(u_end * (LEAST(term, current_date - 1) - hired))::int
        WHEN 'EXPIRED' THEN term WHEN 'RENEWED' THEN term WHEN 'LAPSED' THEN term END;

INSERT INTO contract (id, rpps, cpam_code, specialty, sector, optam, option, signed_on, regime,
        patients_mt, patients_file_active, percentile_band, priority_zone, group_practice, ccam_share, age,
        installed_on, objective_basis, objective_mt_start, objective_mt_target, objective_mt_minimum,
        objective_fa_start, objective_fa_target, objective_fa_minimum, objective_set_by, provisional,
        rulebook_version, assistant_hired_on, status, ends_on, previous_contract_id, renewed_by_id,
        created_at, created_by, updated_at, version, warnings, amounts_from_year)
SELECT md5('contract-' || n)::uuid,
       pg_temp.rpps(1000000000 + n * 7),
       (SELECT code FROM cpam WHERE u_cpam >= lo AND u_cpam < hi LIMIT 1),
       (SELECT code FROM specialty WHERE u_spec >= lo AND u_spec < hi LIMIT 1),
       CASE WHEN u_sector < 0.8 THEN 1 ELSE 2 END,
       CASE WHEN u_sector < 0.8 THEN NULL ELSE true END,
       option, signed_on, regime,
       mt, fa,
       CASE WHEN mt < 700 THEN 'P30_P50' WHEN mt < 1100 THEN 'P50_P70' WHEN mt < 1600 THEN 'P70_P90' ELSE 'P90_P95' END,
       u_obj < 0.12, u_obj < 0.6, NULL, NULL, NULL,
       CASE WHEN u_obj < 0.3 THEN 'CPAM_TARGETS' ELSE 'PERCENTILE_BAND' END,
       mt, mt + inc, NULL, fa, fa + inc / 2, NULL,
       CASE WHEN u_obj < 0.3 THEN 'CPAM' ELSE 'RULEBOOK' END,
       regime <> 'AVENANT_7_2019',
       '2026.12.02', hired, status, ends_on, NULL, NULL,
       signed_on + time '09:00' + (n % 28800) * interval '1 second', 'agent-' || (n % 997),
       LEAST(now(), signed_on + time '09:00' + interval '1 day' * (n % 400)),
       events - 1, '[]', 1
  FROM (SELECT nc.*, 300 + (n * 37) % 1500 AS mt, 600 + (n * 53) % 2200 AS fa,
               CASE option WHEN 'THIRD_TIME' THEN 120 WHEN 'HALF_TIME' THEN 240 ELSE 480 END AS inc,
               10 + (n % 13) - 6 AS events
          FROM nc) c
 ORDER BY n;

-- ------------------------------------------------------------------ years, reviews, payments
-- The five years of each contract, up to its end; days of aid after the hire; a year that ended
-- before today is reviewed (years 1-2 in full, then the objective's share, mostly reached) and its
-- aid is paid (nine years in ten).
CREATE TEMP TABLE ny ON COMMIT DROP AS
SELECT n, k, y_from, LEAST(y_to, COALESCE(ends_on, term)) AS y_to, (y_next - y_from) AS year_days,
       CASE WHEN hired IS NULL THEN 0
            ELSE GREATEST(0, LEAST(y_to, COALESCE(ends_on, term)) - GREATEST(y_from, hired) + 1) END AS days_due,
       CASE WHEN y_from >= date '2024-06-22' THEN 'CONVENTION_2024' ELSE regime END AS regime,
       CASE k WHEN 1 THEN 'year1' WHEN 2 THEN 'year2' ELSE 'year3Plus' END AS amount_row,
       option, hired, status,
       CASE WHEN (n * 31 + k) % 10 < 7 THEN 1.0 ELSE 0.6 + ((n * 17 + k) % 40) / 100.0 END AS achieved
  FROM (SELECT nc.*, k, (signed_on + (k - 1) * interval '1 year')::date AS y_from,
               (signed_on + k * interval '1 year')::date - 1 AS y_to,
               (signed_on + k * interval '1 year')::date AS y_next
          FROM nc, generate_series(1, 5) AS k) s
 WHERE y_from <= COALESCE(ends_on, term);

INSERT INTO contract_year (contract_id, contract_year, starts_on, ends_on, regime, amount_row, max_aid,
        objective_checked, amount_due, amount_paid, year_days, days_due, aid_ceiling)
SELECT md5('contract-' || n)::uuid, k, y_from, y_to, y.regime, y.amount_row, a.max_aid, k >= 3,
       due, CASE WHEN due IS NOT NULL AND (n + k) % 10 <> 0 THEN due ELSE 0 END,
       year_days, days_due, ceiling
  FROM (SELECT ny.*, round(a.max_aid * days_due / year_days, 2) AS ceiling,
               CASE WHEN y_to < current_date AND hired IS NOT NULL
                    THEN round(round(a.max_aid * days_due / year_days, 2) * CASE WHEN k <= 2 THEN 1 ELSE achieved END, 2)
               END AS due
          FROM ny JOIN amounts a ON a.regime = ny.regime AND a.option = ny.option AND a.amount_row = ny.amount_row) y
  JOIN amounts a ON a.regime = y.regime AND a.option = y.option AND a.amount_row = y.amount_row
 ORDER BY n, k;

-- One review per ended year; one in fifty corrected (revision 2).
INSERT INTO contract_review (id, contract_id, contract_year, patients_mt, patients_file_active, difficulties,
        achievement_mt, achievement_fa, achievement, max_aid, amount_due, provisional, warnings, request_hash,
        reviewed_on, created_at, created_by, revision, correction_reason, days_due, days_checked)
SELECT md5('review-' || y.contract_id || '-' || y.contract_year || '-' || r)::uuid, y.contract_id, y.contract_year,
       800 + (y.contract_year * 97) % 900, 1200 + (y.contract_year * 61) % 1300, NULL,
       CASE WHEN y.contract_year >= 3 THEN least(1, y.amount_due / nullif(y.aid_ceiling, 0)) END,
       CASE WHEN y.contract_year >= 3 THEN 1 END,
       CASE WHEN y.contract_year >= 3 THEN least(1, y.amount_due / nullif(y.aid_ceiling, 0)) END,
       y.max_aid, y.amount_due, y.contract_year >= 3, '[]', md5('hash-' || y.contract_id || y.contract_year || r),
       LEAST(current_date, y.ends_on + 30 + r), LEAST(now(), y.ends_on + 30 + r + time '10:00'), 'agent-review',
       r, CASE WHEN r = 2 THEN 'Correction des effectifs observés' END, y.days_due, y.days_due
  FROM contract_year y, generate_series(1, 2) AS r
 WHERE y.amount_due IS NOT NULL
   AND (r = 1 OR hashtext(y.contract_id::text) % 50 = 0);

INSERT INTO contract_payment (id, contract_id, contract_year, amount, paid_on, reference, created_at, created_by)
SELECT md5('payment-' || contract_id || '-' || contract_year)::uuid, contract_id, contract_year, amount_paid,
       LEAST(current_date, ends_on + 60), 'PAY-' || left(contract_id::text, 8) || '-' || contract_year,
       LEAST(now(), ends_on + 60 + time '11:00'), 'agent-payment'
  FROM contract_year WHERE amount_paid > 0;

-- An open suspension for each suspended contract, since a day of its running year.
INSERT INTO contract_suspension (contract_id, starts_on, ends_on)
SELECT md5('contract-' || n)::uuid, GREATEST(hired, current_date - 1 - floor(u_end * 200)::int), NULL
  FROM nc WHERE status = 'SUSPENDED';

-- ------------------------------------------------------------------ events and the feed
-- About ten events a contract (4 to 16): the signature, the hire, grants, objectives, reviews and
-- payments, then the end for a contract that ended. They are spread from the signature to the end
-- (or yesterday) and appended in the order they happened, as the service would have appended them,
-- so that one contract's events lie scattered over the log and the feed interleaves every CPAM.
CREATE TEMP TABLE ne ON COMMIT DROP AS
SELECT n, k, events, status, hired, ends_on, u_grant,
       (signed_on + time '09:00')
         + ((LEAST(COALESCE(ends_on, term), current_date - 1) - signed_on) * interval '1 day') * (k - 1) / (events - 1)
         + ((n * 7 + k * 13) % 3600) * interval '1 second' AS at
  FROM (SELECT nc.*, 10 + (n % 13) - 6 AS events FROM nc) c, generate_series(1, c.events) AS k;

INSERT INTO contract_event (contract_id, occurred_at, actor, type, effective_date, reason, state_before, state_after)
SELECT md5('contract-' || n)::uuid, at,
       CASE WHEN type IN ('EXPIRED', 'LAPSED') THEN 'system' ELSE 'agent-' || (n % 997) END,
       type, at::date,
       CASE WHEN type = 'ACCESS_GRANTED' THEN 'Accès ouvert à ' || org END,
       CASE WHEN k > 1 THEN '{"status":"' || s_before || '","version":' || (k - 2) || ',"suspensions":[],"years":[]}' END,
       '{"status":"' || s_after || '","version":' || (k - 1) || ',"assistantHiredOn":'
           || COALESCE('"' || hired || '"', 'null') || ',"suspensions":[],"years":[]}'
  FROM (SELECT ne.*, t.type, t.s_before, t.s_after,
               CASE WHEN u_grant < 0.14 THEN 'logiciel-a' WHEN u_grant < 0.22 THEN 'logiciel-b'
                    WHEN u_grant < 0.26 THEN 'logiciel-c' END AS org
          FROM ne, LATERAL (SELECT
               CASE WHEN k = 1 THEN 'SIGNED'
                    WHEN k = events AND status IN ('EXPIRED', 'RENEWED', 'TERMINATED', 'LAPSED', 'SUSPENDED') THEN
                         CASE status WHEN 'SUSPENDED' THEN 'SUSPENDED' ELSE status END
                    WHEN k = 2 AND hired IS NOT NULL THEN 'ACTIVATED'
                    WHEN k = 3 AND u_grant < 0.26 THEN 'ACCESS_GRANTED'
                    WHEN k = 3 THEN 'OBJECTIVE_SET'
                    ELSE (ARRAY['REVIEWED', 'PAYMENT_RECORDED', 'PAYMENT_RECORDED', 'OBJECTIVE_SET'])[1 + k % 4] END AS type,
               CASE WHEN k <= 2 OR hired IS NULL THEN 'SIGNED' ELSE 'ACTIVE' END AS s_before,
               CASE WHEN k = events THEN status WHEN k = 1 OR hired IS NULL THEN 'SIGNED' ELSE 'ACTIVE' END AS s_after
          ) t) e
 ORDER BY e.at, e.n, e.k;

-- Grants: the contracts shared with a partner, from their ACCESS_GRANTED event on, with their
-- contract's seq (V43's trigger writes it for the service).
INSERT INTO contract_grant (contract_id, organisation, granted_at, granted_by, since_event, contract_seq)
SELECT e.contract_id, substr(e.reason, length('Accès ouvert à ') + 1), e.occurred_at, e.actor, e.id, c.seq
  FROM contract_event e JOIN contract c ON c.id = e.contract_id WHERE e.type = 'ACCESS_GRANTED';

-- The feed: every loaded event, in the order of the log, with its contract's CPAM (V42).
INSERT INTO contract_feed (position, event_id, cpam_code)
SELECT nextval('contract_feed_position'), id, cpam_code
  FROM (SELECT e.id, c.cpam_code FROM contract_event e JOIN contract c ON c.id = e.contract_id ORDER BY e.id) AS logged;

-- The partners' positions, as the grant trigger of V42 keeps them: the events of the contracts
-- shared with each, from the grant on, without the grant events.
INSERT INTO contract_feed_organisation (organisation, position, event_id)
SELECT g.organisation, f.position, f.event_id
  FROM contract_grant g
  JOIN contract_event e ON e.contract_id = g.contract_id AND e.id >= g.since_event
                       AND e.type NOT IN ('ACCESS_GRANTED', 'ACCESS_REVOKED')
  JOIN contract_feed f ON f.event_id = e.id;

-- ------------------------------------------------------------------ a campaign of targets
INSERT INTO campaign (id, cpam_code, name, as_of, created_at, created_by)
VALUES (md5('campaign-national')::uuid, '751', 'Campagne nationale (charge)', current_date, now(), 'agent-campaign');
INSERT INTO campaign_import (id, campaign_id, format, lines, imported, rejected, rulebook_version, started_at,
        finished_at, imported_by)
VALUES (md5('import-national')::uuid, md5('campaign-national')::uuid, 'CSV', :targets, :targets, 0, '2026.12.02',
        now(), now(), 'agent-campaign');
-- The simulation column holds a compact answer (status and options), not the whole answer of
-- POST /api/v1/simulations: presentations of these targets need an import through the API
-- (bench/campaign-import).
INSERT INTO campaign_target (campaign_id, rpps, cpam_code, specialty, sector, optam, patients_mt, patients_file_active,
        percentile_band, priority_zone, group_practice, ccam_share, age, installed_on, email, eligibility, regime,
        options, provisional, simulation, rulebook_version, import_id, import_line, imported_at)
SELECT md5('campaign-national')::uuid, pg_temp.rpps(2000000000 + t * 11), '751',
       CASE WHEN t % 4 = 0 THEN 'CARDIOLOGIE' ELSE 'MEDECINE_GENERALE' END,
       CASE WHEN t % 5 = 0 THEN 2 ELSE 1 END, CASE WHEN t % 5 = 0 THEN true END,
       300 + (t * 37) % 1500, 600 + (t * 53) % 2200, NULL, t % 9 = 0, t % 3 = 0, NULL, 35 + t % 30, NULL,
       'dr' || t || '@cabinet.example', CASE WHEN t % 13 = 0 THEN 'NOT_ELIGIBLE' ELSE 'ELIGIBLE' END,
       'CONVENTION_2024', CASE WHEN t % 13 = 0 THEN ARRAY[]::text[] ELSE ARRAY['HALF_TIME', 'FULL_TIME'] END, true,
       '{"status":"' || CASE WHEN t % 13 = 0 THEN 'NOT_ELIGIBLE' ELSE 'ELIGIBLE' END || '","regime":"CONVENTION_2024"}',
       '2026.12.02', md5('import-national')::uuid, t, now()
  FROM generate_series(1, :targets) AS t;

-- ------------------------------------------------------------------ checks
DO $$
DECLARE orphans bigint;
BEGIN
    SELECT (SELECT count(*) FROM contract_year y WHERE NOT EXISTS (SELECT 1 FROM contract c WHERE c.id = y.contract_id))
         + (SELECT count(*) FROM contract_event e WHERE NOT EXISTS (SELECT 1 FROM contract c WHERE c.id = e.contract_id))
         + (SELECT count(*) FROM contract_grant g WHERE NOT EXISTS (SELECT 1 FROM contract c WHERE c.id = g.contract_id
                                                                      AND c.seq = g.contract_seq))
         + (SELECT count(*) FROM contract_review r WHERE NOT EXISTS
               (SELECT 1 FROM contract_year y WHERE y.contract_id = r.contract_id AND y.contract_year = r.contract_year))
         + (SELECT count(*) FROM contract_event e WHERE NOT EXISTS (SELECT 1 FROM contract_feed f WHERE f.event_id = e.id))
         + (SELECT count(*) FROM contract_feed_organisation o WHERE NOT EXISTS
               (SELECT 1 FROM contract_feed f WHERE f.position = o.position AND f.event_id = o.event_id))
      INTO orphans;
    IF orphans > 0 THEN
        RAISE EXCEPTION '% rows without their parent (or events without a feed position)', orphans;
    END IF;
    -- The feed's tenants are those the contracts and the grants give, no more, no fewer.
    WITH granted AS (
        SELECT g.organisation, f.position FROM contract_grant g
          JOIN contract_event e ON e.contract_id = g.contract_id AND e.id >= g.since_event
                               AND e.type NOT IN ('ACCESS_GRANTED', 'ACCESS_REVOKED')
          JOIN contract_feed f ON f.event_id = e.id)
    SELECT (SELECT count(*) FROM contract_feed f JOIN contract_event e ON e.id = f.event_id
              JOIN contract c ON c.id = e.contract_id WHERE f.cpam_code <> c.cpam_code)
         + (SELECT count(*) FROM (SELECT organisation, position FROM contract_feed_organisation
                                  EXCEPT SELECT * FROM granted) AS extra)
         + (SELECT count(*) FROM (SELECT * FROM granted
                                  EXCEPT SELECT organisation, position FROM contract_feed_organisation) AS missing)
      INTO orphans;
    IF orphans > 0 THEN
        RAISE EXCEPTION '% feed positions under another tenant than their contract and its grants give', orphans;
    END IF;
END $$;

COMMIT;

-- A database of years is vacuumed: the visibility map lets index-only scans skip the tables.
VACUUM ANALYZE;
SELECT (SELECT count(*) FROM contract) AS contracts, (SELECT count(*) FROM contract_year) AS years,
       (SELECT count(*) FROM contract_review) AS reviews, (SELECT count(*) FROM contract_payment) AS payments,
       (SELECT count(*) FROM contract_event) AS events, (SELECT count(*) FROM contract_feed) AS feed,
       (SELECT count(*) FROM contract_feed_organisation) AS partner_positions,
       (SELECT count(*) FROM contract_grant) AS grants, (SELECT count(*) FROM campaign_target) AS targets;
