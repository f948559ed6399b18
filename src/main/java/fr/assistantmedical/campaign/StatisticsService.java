package fr.assistantmedical.campaign;

import fr.assistantmedical.campaign.Figures.CampaignFigures;
import fr.assistantmedical.campaign.Figures.ProgrammeFigures;
import fr.assistantmedical.campaign.persistence.ContractFigures;
import fr.assistantmedical.campaign.persistence.VisitRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** The figures of a campaign and of the programme, counted in the database when asked. */
@ApplicationScoped
public class StatisticsService {

    public record CampaignStatistics(UUID campaignId, LocalDate asOf, CampaignFigures figures) {
    }

    /** National figures, and the caller's CPAM's when the caller is a CPAM agent. */
    public record ProgrammeStatistics(LocalDate asOf, ProgrammeFigures national, String cpamCode,
            ProgrammeFigures cpam) {
    }

    private final CampaignService campaigns;
    private final ContractFigures contracts;
    private final VisitRepository visits;
    private final Clock clock;

    StatisticsService(CampaignService campaigns, ContractFigures contracts, VisitRepository visits, Clock clock) {
        this.campaigns = campaigns;
        this.contracts = contracts;
        this.visits = visits;
        this.clock = clock;
    }

    public Uni<CampaignStatistics> campaign(UUID id, String cpamCode) {
        return campaigns.campaign(id, cpamCode).flatMap(c -> contracts.targets(id, null)
                .flatMap(targets -> visits.visitCounts(id, null)
                        .flatMap(vs -> visits.followUpCounts(id, null)
                                .map(fs -> new CampaignStatistics(id, LocalDate.now(clock),
                                        Figures.campaign(targets, vs, fs))))));
    }

    public Uni<ProgrammeStatistics> programme(String cpamCode) {
        Uni<ProgrammeFigures> cpam = cpamCode == null ? Uni.createFrom().nullItem() : programmeFigures(cpamCode);
        return programmeFigures(null).flatMap(national -> cpam.map(own ->
                new ProgrammeStatistics(LocalDate.now(clock), national, cpamCode, own)));
    }

    Uni<ProgrammeFigures> programmeFigures(String cpamCode) {
        return contracts.contracts(cpamCode).flatMap(groups -> contracts.countChanges(cpamCode)
                .map(changes -> Figures.programme(groups, changes)));
    }
}
