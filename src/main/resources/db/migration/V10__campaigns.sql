-- Campaigns of a CPAM and their targets: the doctors a délégué de l'Assurance Maladie visits, each
-- with the eligibility and simulation computed at import and the rulebook version used.

CREATE TABLE campaign (
    id          uuid PRIMARY KEY,
    seq         bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    cpam_code   varchar(3)   NOT NULL,
    name        varchar(200) NOT NULL,
    as_of       date         NOT NULL,
    created_at  timestamptz  NOT NULL,
    created_by  varchar(120) NOT NULL,
    UNIQUE (cpam_code, name)
);
CREATE INDEX campaign_cpam ON campaign (cpam_code, seq);

-- One row per import of a file: what it held and what became of it.
CREATE TABLE campaign_import (
    id               uuid PRIMARY KEY,
    campaign_id      uuid         NOT NULL REFERENCES campaign (id),
    format           varchar(10)  NOT NULL,
    lines            integer      NOT NULL,
    imported         integer      NOT NULL,
    rejected         integer      NOT NULL,
    rulebook_version varchar(40)  NOT NULL,
    started_at       timestamptz  NOT NULL,
    finished_at      timestamptz,
    imported_by      varchar(120) NOT NULL
);
CREATE INDEX campaign_import_campaign ON campaign_import (campaign_id, started_at);

-- A target is imported whole or not at all: one row holds the CPAM's figures and what the rules
-- answered for them (simulation: the answer of POST /api/v1/simulations, as JSON).
CREATE TABLE campaign_target (
    campaign_id          uuid         NOT NULL REFERENCES campaign (id),
    rpps                 varchar(11)  NOT NULL CHECK (rpps ~ '^[0-9]{11}$'),
    cpam_code            varchar(3)   NOT NULL,
    specialty            varchar(40)  NOT NULL,
    sector               smallint     NOT NULL CHECK (sector IN (1, 2)),
    optam                boolean,
    patients_mt          integer CHECK (patients_mt BETWEEN 0 AND 100000),
    patients_file_active integer CHECK (patients_file_active BETWEEN 0 AND 100000),
    percentile_band      varchar(10),
    priority_zone        boolean,
    group_practice       boolean,
    ccam_share           numeric(5, 4),
    age                  smallint,
    installed_on         date,
    email                varchar(254),
    eligibility          varchar(12)  NOT NULL,
    regime               varchar(40)  NOT NULL,
    options              text[]       NOT NULL,
    provisional          boolean      NOT NULL,
    simulation           text COMPRESSION lz4 NOT NULL,
    rulebook_version     varchar(40)  NOT NULL,
    import_id            uuid         NOT NULL REFERENCES campaign_import (id),
    import_line          integer      NOT NULL,
    imported_at          timestamptz  NOT NULL,
    PRIMARY KEY (campaign_id, rpps)
);
CREATE INDEX campaign_target_specialty ON campaign_target (campaign_id, specialty);
CREATE INDEX campaign_target_rpps ON campaign_target (rpps);
