package fr.assistantmedical.contract.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A partner organisation allowed to read a contract. */
@Entity
@Table(name = "contract_grant")
@IdClass(GrantEntity.Key.class)
public class GrantEntity {

    public static class Key implements Serializable {
        public UUID contractId;
        public String organisation;

        public Key() {
        }

        public Key(UUID contractId, String organisation) {
            this.contractId = contractId;
            this.organisation = organisation;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.contractId, contractId)
                    && Objects.equals(k.organisation, organisation);
        }

        @Override
        public int hashCode() {
            return Objects.hash(contractId, organisation);
        }
    }

    @Id
    @Column(name = "contract_id")
    public UUID contractId;
    @Id
    public String organisation;
    @Column(name = "granted_at")
    public Instant grantedAt;
    @Column(name = "granted_by")
    public String grantedBy;
    /** The first event of the contract the organisation reads in the change feed: that of the grant. */
    @Column(name = "since_event")
    public long sinceEvent;
    /**
     * The seq of the contract, written by the database (V43): the order of a partner's list, read by
     * queries only (null in an entity this session persisted).
     */
    @Column(name = "contract_seq", insertable = false, updatable = false)
    public Long contractSeq;
}
