-- Idempotency keys of collective contract signatures: a retry of the same request returns the
-- contract first signed; the same key with another request is refused.
CREATE TABLE collective_idempotency_key (
    key           varchar(220) PRIMARY KEY,
    request_hash  varchar(64)  NOT NULL,
    contract_id   uuid         NOT NULL REFERENCES collective_contract (id),
    created_at    timestamptz  NOT NULL
);
