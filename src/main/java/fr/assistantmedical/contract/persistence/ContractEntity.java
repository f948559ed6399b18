package fr.assistantmedical.contract.persistence;

import fr.assistantmedical.contract.core.ContractStatus;
import fr.assistantmedical.rules.Option;
import fr.assistantmedical.rules.PercentileBand;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Generated;

@Entity
@Table(name = "contract")
public class ContractEntity {

    @Id
    public UUID id;

    /** Insertion order, for cursor pagination. */
    @Generated
    @Column(insertable = false, updatable = false)
    public Long seq;

    public String rpps;
    @Column(name = "cpam_code")
    public String cpamCode;
    public String specialty;
    public short sector;
    public Boolean optam;
    @Enumerated(EnumType.STRING)
    public Option option;
    @Column(name = "signed_on")
    public LocalDate signedOn;
    public String regime;
    @Column(name = "patients_mt")
    public Integer patientsMt;
    @Column(name = "patients_file_active")
    public Integer patientsFileActive;
    @Enumerated(EnumType.STRING)
    @Column(name = "percentile_band")
    public PercentileBand percentileBand;
    @Column(name = "priority_zone")
    public Boolean priorityZone;
    @Column(name = "group_practice")
    public Boolean groupPractice;
    @Column(name = "ccam_share")
    public BigDecimal ccamShare;
    public Short age;
    @Column(name = "installed_on")
    public LocalDate installedOn;

    @Column(name = "objective_basis")
    public String objectiveBasis;
    @Column(name = "objective_mt_start")
    public Integer objectiveMtStart;
    @Column(name = "objective_mt_target")
    public Integer objectiveMtTarget;
    @Column(name = "objective_mt_minimum")
    public Integer objectiveMtMinimum;
    @Column(name = "objective_fa_start")
    public Integer objectiveFaStart;
    @Column(name = "objective_fa_target")
    public Integer objectiveFaTarget;
    @Column(name = "objective_fa_minimum")
    public Integer objectiveFaMinimum;
    /** RULEBOOK when computed by the rules, CPAM when given at signature. */
    @Column(name = "objective_set_by")
    public String objectiveSetBy;

    public boolean provisional;
    /** JSON array of the rulebook warnings of the signature (and of the activation). */
    @Column(columnDefinition = "text")
    public String warnings;
    @Column(name = "amounts_from_year")
    public short amountsFromYear;
    @Column(name = "rulebook_version")
    public String rulebookVersion;

    @Column(name = "assistant_hired_on")
    public LocalDate assistantHiredOn;
    @Enumerated(EnumType.STRING)
    public ContractStatus status;
    @Column(name = "ends_on")
    public LocalDate endsOn;
    @Column(name = "previous_contract_id")
    public UUID previousContractId;
    @Column(name = "renewed_by_id")
    public UUID renewedById;

    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Raised by one at each change, made while the contract's row is locked. */
    public long version;
}
