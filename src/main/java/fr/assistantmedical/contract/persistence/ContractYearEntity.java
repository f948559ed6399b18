package fr.assistantmedical.contract.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One year of a contract's schedule: fixed at signing (moved at the hire where years count from it),
 * cut at the contract's end; its days of aid and ceiling, the aid due after review and the aid paid.
 */
@Entity
@Table(name = "contract_year")
@IdClass(ContractYearEntity.Key.class)
public class ContractYearEntity {

    public static class Key implements Serializable {
        public UUID contractId;
        public short contractYear;

        public Key() {
        }

        public Key(UUID contractId, short contractYear) {
            this.contractId = contractId;
            this.contractYear = contractYear;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.contractYear == contractYear && Objects.equals(k.contractId, contractId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(contractId, contractYear);
        }
    }

    @Id
    @Column(name = "contract_id")
    public UUID contractId;
    @Id
    @Column(name = "contract_year")
    public short contractYear;
    @Column(name = "starts_on")
    public LocalDate startsOn;
    @Column(name = "ends_on")
    public LocalDate endsOn;
    @Column(name = "year_days")
    public short yearDays;
    public String regime;
    @Column(name = "amount_row")
    public String amountRow;
    @Column(name = "max_aid")
    public BigDecimal maxAid;
    @Column(name = "objective_checked")
    public boolean objectiveChecked;
    @Column(name = "days_due")
    public short daysDue;
    @Column(name = "aid_ceiling")
    public BigDecimal aidCeiling;
    @Column(name = "amount_due")
    public BigDecimal amountDue;
    @Column(name = "amount_paid")
    public BigDecimal amountPaid;
}
