package fr.assistantmedical.contract.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A payment of aid for a contract year; its reference is unique per contract, so it is never counted twice. */
@Entity
@Table(name = "contract_payment")
public class PaymentEntity {

    @Id
    public UUID id;
    @Column(name = "contract_id")
    public UUID contractId;
    @Column(name = "contract_year")
    public short contractYear;
    public BigDecimal amount;
    @Column(name = "paid_on")
    public LocalDate paidOn;
    public String reference;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
}
