-- Partner organisations a collective contract is shared with, as contract_grant does for individual
-- contracts (organisation ids in lower case, the one form they are recorded in).
CREATE TABLE collective_contract_grant (
    contract_id  uuid         NOT NULL REFERENCES collective_contract (id),
    organisation varchar(120) NOT NULL CHECK (organisation = lower(organisation)),
    granted_at   timestamptz  NOT NULL,
    granted_by   varchar(120) NOT NULL,
    PRIMARY KEY (contract_id, organisation)
);
CREATE INDEX collective_contract_grant_organisation ON collective_contract_grant (organisation, contract_id);
