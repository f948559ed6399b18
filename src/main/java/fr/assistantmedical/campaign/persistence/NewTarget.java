package fr.assistantmedical.campaign.persistence;

import fr.assistantmedical.rules.EligibilityStatus;
import fr.assistantmedical.rules.Option;
import fr.assistantmedical.rules.PercentileBand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A target as one import line gives it, with what the rules answered; {@code line} is its line number. */
public record NewTarget(long line, String rpps, String specialty, int sector, Boolean optam, Integer patientsMt,
        Integer patientsFileActive, PercentileBand percentileBand, Boolean priorityZone, Boolean groupPractice,
        BigDecimal ccamShare, Integer age, LocalDate installedOn, String email, EligibilityStatus eligibility,
        String regime, List<Option> options, boolean provisional, String simulation) {
}
