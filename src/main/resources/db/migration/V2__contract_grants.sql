-- Partner organisations a contract is shared with (for example the doctor's practice software).
CREATE TABLE contract_grant (
    contract_id  uuid         NOT NULL REFERENCES contract (id),
    organisation varchar(120) NOT NULL,
    granted_at   timestamptz  NOT NULL,
    granted_by   varchar(120) NOT NULL,
    PRIMARY KEY (contract_id, organisation)
);
CREATE INDEX contract_grant_organisation ON contract_grant (organisation, contract_id);
