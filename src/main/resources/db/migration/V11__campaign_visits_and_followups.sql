-- Visits of the délégués and the follow-up e-mail each one schedules. The follow-up table is a
-- transactional outbox: written in the visit's transaction, sent later by whichever instance
-- locks the row first (FOR UPDATE SKIP LOCKED).

CREATE TABLE campaign_visit (
    id              uuid PRIMARY KEY,
    campaign_id     uuid         NOT NULL,
    rpps            varchar(11)  NOT NULL,
    visited_on      date         NOT NULL,
    outcome         varchar(16)  NOT NULL
        CHECK (outcome IN ('INTERESTED', 'NOT_INTERESTED', 'TO_RECONTACT', 'WISHES_TO_SIGN')),
    note            varchar(2000),
    idempotency_key varchar(200),
    request_hash    varchar(64)  NOT NULL,
    recorded_at     timestamptz  NOT NULL,
    recorded_by     varchar(120) NOT NULL,
    FOREIGN KEY (campaign_id, rpps) REFERENCES campaign_target (campaign_id, rpps),
    UNIQUE (campaign_id, idempotency_key)
);
CREATE INDEX campaign_visit_target ON campaign_visit (campaign_id, rpps, visited_on);

CREATE TABLE campaign_followup (
    id              uuid PRIMARY KEY,
    visit_id        uuid         NOT NULL UNIQUE REFERENCES campaign_visit (id),
    campaign_id     uuid         NOT NULL,
    rpps            varchar(11)  NOT NULL,
    recipient       varchar(254) NOT NULL,
    status          varchar(8)   NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    due_at          timestamptz  NOT NULL,
    next_attempt_at timestamptz  NOT NULL,
    attempts        smallint     NOT NULL DEFAULT 0,
    last_error      varchar(300),
    sent_at         timestamptz,
    created_at      timestamptz  NOT NULL,
    FOREIGN KEY (campaign_id, rpps) REFERENCES campaign_target (campaign_id, rpps)
);
-- What the senders look for: pending follow-ups whose next attempt is due.
CREATE INDEX campaign_followup_due ON campaign_followup (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX campaign_followup_campaign ON campaign_followup (campaign_id, status);
