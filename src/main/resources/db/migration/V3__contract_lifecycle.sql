-- Contracts that follow the law's lifecycle: the days of aid of each year, suspensions with their
-- dates, corrected reviews, the warnings of the signature and the table year of renewals.

-- Room for option codes to come (SECOND_HALF_TIME, SECOND_FULL_TIME, ...): any code the rules know.
ALTER TABLE contract ALTER COLUMN option TYPE varchar(32);
ALTER TABLE contract ADD COLUMN warnings text NOT NULL DEFAULT '[]';
ALTER TABLE contract ADD COLUMN amounts_from_year smallint NOT NULL DEFAULT 1 CHECK (amounts_from_year >= 1);

-- Periods without aid nor objective clock; ends_on is null while the contract is suspended.
CREATE TABLE contract_suspension (
    contract_id uuid NOT NULL REFERENCES contract (id),
    starts_on   date NOT NULL,
    ends_on     date,
    PRIMARY KEY (contract_id, starts_on),
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);

-- Suspensions recorded before lived only in the event log: each SUSPENDED event until the next
-- RESUMED one, else until the contract's end, else still open.
INSERT INTO contract_suspension (contract_id, starts_on, ends_on)
SELECT s.contract_id, s.effective_date,
       COALESCE((SELECT min(r.effective_date) - 1 FROM contract_event r
                  WHERE r.contract_id = s.contract_id AND r.type = 'RESUMED' AND r.id > s.id),
                c.ends_on)
  FROM contract_event s JOIN contract c ON c.id = s.contract_id
 WHERE s.type = 'SUSPENDED' AND s.effective_date IS NOT NULL
   AND COALESCE((SELECT min(r.effective_date) - 1 FROM contract_event r
                  WHERE r.contract_id = s.contract_id AND r.type = 'RESUMED' AND r.id > s.id),
                c.ends_on, s.effective_date) >= s.effective_date
ON CONFLICT DO NOTHING;

-- Each year: its full length (the denominator of prorations), its days of aid (after the hire,
-- until the end, outside suspensions), and its ceiling, the maximum for those days rounded once.
ALTER TABLE contract_year ADD COLUMN year_days smallint CHECK (year_days BETWEEN 1 AND 366);
ALTER TABLE contract_year ADD COLUMN days_due smallint CHECK (days_due >= 0);
ALTER TABLE contract_year ADD COLUMN aid_ceiling numeric(12, 2) CHECK (aid_ceiling >= 0);

UPDATE contract_year SET year_days = ends_on - starts_on + 1;

WITH span AS (
    SELECT y.contract_id, y.contract_year,
           GREATEST(y.starts_on, c.assistant_hired_on) AS first_day,
           LEAST(y.ends_on, COALESCE(c.ends_on, y.ends_on)) AS last_day
      FROM contract_year y JOIN contract c ON c.id = y.contract_id
     WHERE c.assistant_hired_on IS NOT NULL
)
UPDATE contract_year y
   SET days_due = GREATEST(0, (span.last_day - span.first_day + 1)
       - COALESCE((SELECT sum(GREATEST(0, LEAST(span.last_day, COALESCE(s.ends_on, span.last_day))
                                          - GREATEST(span.first_day, s.starts_on) + 1))
                     FROM contract_suspension s WHERE s.contract_id = y.contract_id), 0))
  FROM span
 WHERE span.contract_id = y.contract_id AND span.contract_year = y.contract_year;
UPDATE contract_year SET days_due = 0 WHERE days_due IS NULL;
UPDATE contract_year SET aid_ceiling = round(max_aid * days_due / year_days, 2) WHERE max_aid IS NOT NULL;

-- The schedule stops at the contract's end: the last year ends with it, later years go (unless
-- money or a review is recorded on them).
DELETE FROM contract_year y USING contract c
 WHERE c.id = y.contract_id AND c.ends_on IS NOT NULL AND y.starts_on > c.ends_on AND y.contract_year > 1
   AND y.amount_paid = 0
   AND NOT EXISTS (SELECT 1 FROM contract_review r
                    WHERE r.contract_id = y.contract_id AND r.contract_year = y.contract_year);
UPDATE contract_year y SET ends_on = c.ends_on
  FROM contract c
 WHERE c.id = y.contract_id AND c.ends_on IS NOT NULL AND y.ends_on > c.ends_on AND y.starts_on <= c.ends_on;

ALTER TABLE contract_year ALTER COLUMN year_days SET NOT NULL;
ALTER TABLE contract_year ALTER COLUMN days_due SET NOT NULL;

-- Reviews are corrected, never overwritten: each correction is a new revision, with its reason.
-- Reviews recorded before keep their amount (their days are unknown).
ALTER TABLE contract_review DROP CONSTRAINT contract_review_contract_id_contract_year_key;
ALTER TABLE contract_review ADD COLUMN revision smallint NOT NULL DEFAULT 1 CHECK (revision >= 1);
ALTER TABLE contract_review ADD COLUMN correction_reason text;
ALTER TABLE contract_review ADD COLUMN days_due smallint;
ALTER TABLE contract_review ADD COLUMN days_checked smallint;
ALTER TABLE contract_review ADD CONSTRAINT contract_review_revision UNIQUE (contract_id, contract_year, revision);
