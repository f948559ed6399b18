package fr.assistantmedical.contract.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A client's Idempotency-Key for a contract creation, with a hash of the request it came with. */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyKeyEntity {

    @Id
    public String key;
    @Column(name = "request_hash")
    public String requestHash;
    @Column(name = "contract_id")
    public UUID contractId;
    @Column(name = "created_at")
    public Instant createdAt;
}
