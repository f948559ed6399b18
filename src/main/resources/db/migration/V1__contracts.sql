-- Aid contracts: the contract, its 5-year schedule, reviews, payments, an append-only event log,
-- and the idempotency keys of contract creation.

CREATE TABLE contract (
    id                    uuid PRIMARY KEY,
    seq                   bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    rpps                  varchar(11)  NOT NULL CHECK (rpps ~ '^[0-9]{11}$'),
    cpam_code             varchar(3)   NOT NULL,
    specialty             varchar(40)  NOT NULL,
    sector                smallint     NOT NULL CHECK (sector IN (1, 2)),
    optam                 boolean,
    option                varchar(16)  NOT NULL,
    signed_on             date         NOT NULL,
    regime                varchar(40)  NOT NULL,
    patients_mt           integer CHECK (patients_mt >= 0),
    patients_file_active  integer CHECK (patients_file_active >= 0),
    percentile_band       varchar(10),
    priority_zone         boolean,
    group_practice        boolean,
    ccam_share            numeric(5, 4),
    age                   smallint,
    installed_on          date,
    objective_basis       varchar(20),
    objective_mt_start    integer,
    objective_mt_target   integer,
    objective_mt_minimum  integer,
    objective_fa_start    integer,
    objective_fa_target   integer,
    objective_fa_minimum  integer,
    objective_set_by      varchar(10),
    provisional           boolean      NOT NULL,
    rulebook_version      varchar(40)  NOT NULL,
    assistant_hired_on    date,
    status                varchar(12)  NOT NULL,
    ends_on               date,
    previous_contract_id  uuid REFERENCES contract (id),
    renewed_by_id         uuid REFERENCES contract (id),
    created_at            timestamptz  NOT NULL,
    created_by            varchar(120) NOT NULL,
    updated_at            timestamptz  NOT NULL,
    version               bigint       NOT NULL
);
CREATE INDEX contract_rpps ON contract (rpps);
CREATE INDEX contract_cpam ON contract (cpam_code, seq);
CREATE INDEX contract_status ON contract (status, seq);
CREATE INDEX contract_specialty ON contract (specialty, seq);

CREATE TABLE contract_year (
    contract_id       uuid         NOT NULL REFERENCES contract (id),
    contract_year     smallint     NOT NULL CHECK (contract_year >= 1),
    starts_on         date         NOT NULL,
    ends_on           date         NOT NULL,
    regime            varchar(40)  NOT NULL,
    amount_row        varchar(20)  NOT NULL,
    max_aid           numeric(12, 2) CHECK (max_aid >= 0),
    objective_checked boolean      NOT NULL,
    amount_due        numeric(12, 2) CHECK (amount_due >= 0),
    amount_paid       numeric(12, 2) NOT NULL DEFAULT 0 CHECK (amount_paid >= 0),
    PRIMARY KEY (contract_id, contract_year)
);

CREATE TABLE contract_review (
    id                uuid PRIMARY KEY,
    contract_id       uuid           NOT NULL REFERENCES contract (id),
    contract_year     smallint       NOT NULL,
    patients_mt       integer CHECK (patients_mt >= 0),
    patients_file_active integer CHECK (patients_file_active >= 0),
    difficulties      text,
    achievement_mt    numeric(7, 4),
    achievement_fa    numeric(7, 4),
    achievement       numeric(7, 4),
    max_aid           numeric(12, 2),
    amount_due        numeric(12, 2) CHECK (amount_due >= 0),
    provisional       boolean        NOT NULL,
    warnings          text           NOT NULL,
    request_hash      varchar(64)    NOT NULL,
    reviewed_on       date           NOT NULL,
    created_at        timestamptz    NOT NULL,
    created_by        varchar(120)   NOT NULL,
    UNIQUE (contract_id, contract_year)
);

CREATE TABLE contract_payment (
    id            uuid PRIMARY KEY,
    contract_id   uuid           NOT NULL REFERENCES contract (id),
    contract_year smallint       NOT NULL,
    amount        numeric(12, 2) NOT NULL CHECK (amount > 0),
    paid_on       date           NOT NULL,
    reference     varchar(64)    NOT NULL,
    created_at    timestamptz    NOT NULL,
    created_by    varchar(120)   NOT NULL,
    UNIQUE (contract_id, reference)
);

CREATE TABLE contract_event (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    contract_id    uuid         NOT NULL REFERENCES contract (id),
    occurred_at    timestamptz  NOT NULL,
    actor          varchar(120) NOT NULL,
    type           varchar(24)  NOT NULL,
    effective_date date,
    reason         text,
    state_before   text,
    state_after    text         NOT NULL
);
CREATE INDEX contract_event_contract ON contract_event (contract_id, id);

-- The event log is append-only: the database itself refuses to change or delete an event.
CREATE FUNCTION contract_event_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'contract_event is append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER contract_event_append_only BEFORE UPDATE OR DELETE ON contract_event
    FOR EACH ROW EXECUTE FUNCTION contract_event_is_append_only();

CREATE TABLE idempotency_key (
    key          varchar(200) PRIMARY KEY,
    request_hash varchar(64)  NOT NULL,
    contract_id  uuid         NOT NULL REFERENCES contract (id),
    created_at   timestamptz  NOT NULL
);
