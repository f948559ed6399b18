package fr.assistantmedical.campaign.model;

import fr.assistantmedical.rules.EligibilityStatus;
import fr.assistantmedical.rules.Option;
import fr.assistantmedical.rules.PercentileBand;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A doctor of a campaign: the figures the CPAM holds, and what the rules answered for them at import.
 *
 * @param simulation the answer of POST /api/v1/simulations for these figures, as JSON
 * @param lastVisit the latest visit, or null
 */
public record Target(String rpps, String cpamCode, String specialty, int sector, Boolean optam, Integer patientsMt,
        Integer patientsFileActive, PercentileBand percentileBand, Boolean priorityZone, Boolean groupPractice,
        BigDecimal ccamShare, Integer age, LocalDate installedOn, String email, EligibilityStatus eligibility,
        String regime, List<Option> options, boolean provisional, String simulation, String rulebookVersion,
        Instant importedAt, LastVisit lastVisit) {

    public record LastVisit(LocalDate visitedOn, VisitOutcome outcome) {
    }
}
