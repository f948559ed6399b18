-- Collective contracts, signed by a group practice's company (SCP, SCM, SISA) for its adhering GPs.
-- The contract is kept whole as a document (members, years, reviews); its members are also rows, so
-- that a signature finds every contract binding a doctor, individual or collective, in one query.

CREATE TABLE collective_contract (
    id              uuid PRIMARY KEY,
    seq             bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    cpam_code       varchar(3)   NOT NULL,
    structure_type  varchar(8)   NOT NULL CHECK (structure_type IN ('SCP', 'SCM', 'SISA')),
    etp             numeric(4, 1) NOT NULL CHECK (etp > 0),
    signed_on       date         NOT NULL,
    last_day        date         NOT NULL,
    status          varchar(12)  NOT NULL,
    document        jsonb        NOT NULL,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    version         bigint       NOT NULL
);
CREATE INDEX collective_contract_cpam ON collective_contract (cpam_code, seq);

CREATE TABLE collective_member (
    contract_id  uuid        NOT NULL REFERENCES collective_contract (id),
    rpps         varchar(11) NOT NULL CHECK (rpps ~ '^[0-9]{11}$'),
    PRIMARY KEY (contract_id, rpps)
);
CREATE INDEX collective_member_rpps ON collective_member (rpps);
