package fr.assistantmedical.contract.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One entry of a contract's append-only log: who did what, when, and the state before and after. */
@Entity
@Table(name = "contract_event")
public class EventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "contract_id")
    public UUID contractId;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    public String actor;
    public String type;
    @Column(name = "effective_date")
    public LocalDate effectiveDate;
    @Column(columnDefinition = "text")
    public String reason;
    /** JSON snapshot, null for the first event. */
    @Column(name = "state_before", columnDefinition = "text")
    public String stateBefore;
    @Column(name = "state_after", columnDefinition = "text")
    public String stateAfter;
}
