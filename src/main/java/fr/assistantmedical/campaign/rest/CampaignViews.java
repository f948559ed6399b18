package fr.assistantmedical.campaign.rest;

import com.fasterxml.jackson.annotation.JsonRawValue;
import fr.assistantmedical.campaign.CampaignService;
import fr.assistantmedical.campaign.model.Campaign;
import fr.assistantmedical.campaign.model.ClaimedFollowUp;
import fr.assistantmedical.campaign.model.FollowUp;
import fr.assistantmedical.campaign.model.ImportRecord;
import fr.assistantmedical.campaign.model.Target;
import fr.assistantmedical.campaign.model.Visit;
import fr.assistantmedical.rules.EligibilityStatus;
import fr.assistantmedical.rules.Option;
import fr.assistantmedical.rules.PercentileBand;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The campaign's API models (openapi.yaml) and their mapping from the campaign's views. */
public final class CampaignViews {

    private CampaignViews() {
    }

    public record CampaignView(UUID id, String cpamCode, String name, LocalDate asOf, Instant createdAt, String createdBy,
            Long targets, List<ImportRecord> imports) {
    }

    public record CampaignPage(List<CampaignView> campaigns, String nextCursor) {
    }

    public record TargetSummary(String rpps, String specialty, String sector, Boolean optam, Integer patientsMt,
            Integer patientsFileActive, PercentileBand percentileBand, Boolean priorityZone, Boolean groupPractice,
            BigDecimal ccamShare, Integer age, LocalDate installedOn, String email, EligibilityStatus eligibility,
            String regime, List<Option> options, boolean provisional, String rulebookVersion, Instant importedAt,
            Target.LastVisit lastVisit) {
    }

    public record TargetPage(List<TargetSummary> targets, String nextCursor) {
    }

    /** A target with the simulation kept at import, exactly as POST /api/v1/simulations answered it. */
    public record TargetView(TargetSummary target, @JsonRawValue String simulation, List<Visit> visits) {
    }

    public record FollowUpView(UUID id, UUID visitId, String rpps, String recipient, String status, Instant dueAt,
            Instant nextAttemptAt, int attempts, String lastError, Instant sentAt) {
    }

    static CampaignView campaign(Campaign c, Long targets, List<ImportRecord> imports) {
        return new CampaignView(c.id(), c.cpamCode(), c.name(), c.asOf(), c.createdAt(), c.createdBy(), targets,
                imports);
    }

    static CampaignView campaign(CampaignService.Details d) {
        return campaign(d.campaign(), d.targets(), d.imports());
    }

    static TargetSummary target(Target t) {
        return new TargetSummary(t.rpps(), t.specialty(), String.valueOf(t.sector()), t.optam(), t.patientsMt(),
                t.patientsFileActive(), t.percentileBand(), t.priorityZone(), t.groupPractice(), t.ccamShare(), t.age(),
                t.installedOn(), t.email(), t.eligibility(), t.regime(), t.options(), t.provisional(),
                t.rulebookVersion(), t.importedAt(), t.lastVisit());
    }

    static FollowUpView followUp(ClaimedFollowUp c) {
        FollowUp f = c.followUp();
        return new FollowUpView(f.id(), f.visitId(), c.rpps(), f.recipient(), f.status().name(), f.dueAt(),
                f.nextAttemptAt(), f.attempts(), f.lastError(), f.sentAt());
    }
}
