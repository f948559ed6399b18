package fr.assistantmedical.contract.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The annual review of one contract year; a correction is a new revision of the year's review. */
@Entity
@Table(name = "contract_review")
public class ReviewEntity {

    @Id
    public UUID id;
    @Column(name = "contract_id")
    public UUID contractId;
    @Column(name = "contract_year")
    public short contractYear;
    public short revision;
    @Column(name = "patients_mt")
    public Integer patientsMt;
    @Column(name = "patients_file_active")
    public Integer patientsFileActive;
    @Column(columnDefinition = "text")
    public String difficulties;
    @Column(name = "achievement_mt")
    public BigDecimal achievementMt;
    @Column(name = "achievement_fa")
    public BigDecimal achievementFa;
    public BigDecimal achievement;
    @Column(name = "max_aid")
    public BigDecimal maxAid;
    @Column(name = "days_due")
    public Short daysDue;
    @Column(name = "days_checked")
    public Short daysChecked;
    @Column(name = "amount_due")
    public BigDecimal amountDue;
    public boolean provisional;
    /** JSON array of the warnings of the computation. */
    @Column(columnDefinition = "text")
    public String warnings;
    @Column(name = "request_hash")
    public String requestHash;
    @Column(name = "correction_reason", columnDefinition = "text")
    public String correctionReason;
    @Column(name = "reviewed_on")
    public LocalDate reviewedOn;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
}
