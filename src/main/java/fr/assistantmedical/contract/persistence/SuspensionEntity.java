package fr.assistantmedical.contract.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A period during which a contract was suspended; ends_on is null while it still is. */
@Entity
@Table(name = "contract_suspension")
@IdClass(SuspensionEntity.Key.class)
public class SuspensionEntity {

    public static class Key implements Serializable {
        public UUID contractId;
        public LocalDate startsOn;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.contractId, contractId) && Objects.equals(k.startsOn, startsOn);
        }

        @Override
        public int hashCode() {
            return Objects.hash(contractId, startsOn);
        }
    }

    @Id
    @Column(name = "contract_id")
    public UUID contractId;
    @Id
    @Column(name = "starts_on")
    public LocalDate startsOn;
    @Column(name = "ends_on")
    public LocalDate endsOn;
}
