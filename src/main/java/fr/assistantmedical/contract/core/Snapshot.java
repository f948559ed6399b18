package fr.assistantmedical.contract.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What an event records of the contract, before and after it: enough to replay its state. */
public record Snapshot(ContractStatus status, long version, LocalDate assistantHiredOn, LocalDate endsOn,
        UUID renewedById, Integer targetMt, Integer targetFa, List<Suspension> suspensions, List<YearSnapshot> years) {

    public record YearSnapshot(int contractYear, BigDecimal aidCeiling, BigDecimal amountDue, BigDecimal amountPaid) {
    }

    public static Snapshot of(Contract c) {
        return new Snapshot(c.status(), c.version(), c.assistantHiredOn(), c.endsOn(), c.renewedById(),
                c.objective().patientsMt() == null ? null : c.objective().patientsMt().target(),
                c.objective().patientsFileActive() == null ? null : c.objective().patientsFileActive().target(),
                c.suspensions(), c.years().stream()
                        .map(y -> new YearSnapshot(y.number(), y.aidCeiling(), y.amountDue(), y.amountPaid())).toList());
    }
}
