package fr.assistantmedical.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What is known of a doctor on the signature date. Everything but the date, specialty and sector
 * may be unknown (null). Facts that open an exception (installation date, age) count as "the
 * exception does not apply" when unknown; facts a condition needs make the answer TO_CONFIRM.
 *
 * @param sector 1 or 2
 * @param optam OPTAM or OPTAM-CO membership, for sector 2
 * @param ccamShare share of CCAM fees in total fees over the 12 months before signing, 0..1
 * @param percentileBand the band given by the CPAM; it overrides any band computed from the counts
 * @param currentOption the option of the contract the doctor already has, for a second assistant
 * @param currentContractYear the contract year that contract is in
 * @param objectivesMet whether that contract's objectives are reached
 */
public record Profile(LocalDate asOf, String specialty, int sector, Boolean optam, Integer patientsMt,
        Integer patientsFileActive, BigDecimal ccamShare, Integer age, LocalDate installedOn,
        Boolean priorityZone, Boolean groupPractice, PercentileBand percentileBand, Option currentOption,
        Integer currentContractYear, Boolean objectivesMet) {

    /** A doctor without a running contract. */
    public Profile(LocalDate asOf, String specialty, int sector, Boolean optam, Integer patientsMt,
            Integer patientsFileActive, BigDecimal ccamShare, Integer age, LocalDate installedOn,
            Boolean priorityZone, Boolean groupPractice, PercentileBand percentileBand) {
        this(asOf, specialty, sector, optam, patientsMt, patientsFileActive, ccamShare, age, installedOn,
                priorityZone, groupPractice, percentileBand, null, null, null);
    }

    public Integer count(Indicator indicator) {
        return indicator == Indicator.MT ? patientsMt : patientsFileActive;
    }
}
