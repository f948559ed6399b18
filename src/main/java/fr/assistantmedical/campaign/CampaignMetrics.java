package fr.assistantmedical.campaign;

import fr.assistantmedical.campaign.Figures.CampaignFigures;
import fr.assistantmedical.campaign.Figures.ProgrammeFigures;
import fr.assistantmedical.campaign.model.FollowUpStatus;
import fr.assistantmedical.campaign.persistence.ContractFigures;
import fr.assistantmedical.campaign.persistence.ContractFigures.TargetGroup;
import fr.assistantmedical.campaign.persistence.VisitRepository;
import fr.assistantmedical.campaign.persistence.VisitRepository.FollowUpCount;
import fr.assistantmedical.campaign.persistence.VisitRepository.VisitCount;
import fr.assistantmedical.rules.EligibilityStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The campaign figures (per CPAM, summed over its campaigns) and the programme's national figures as
 * Prometheus gauges, counted in the database on a schedule: a scrape never waits for the database.
 */
@Startup
@ApplicationScoped
public class CampaignMetrics {

    /** A gauge's current value; NaN until known. */
    private static final class Value {
        volatile double value = Double.NaN;
    }

    private final MeterRegistry registry;
    private final ContractFigures contracts;
    private final VisitRepository visits;
    private final StatisticsService statistics;
    private final Map<String, Value> values = new ConcurrentHashMap<>();

    CampaignMetrics(MeterRegistry registry, ContractFigures contracts, VisitRepository visits,
            StatisticsService statistics) {
        this.registry = registry;
        this.contracts = contracts;
        this.visits = visits;
        this.statistics = statistics;
    }

    @Scheduled(every = "${app.metrics.campaigns-refresh:30s}", delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refresh() {
        return contracts.targets(null, null).flatMap(targets -> visits.visitCounts(null, null)
                .flatMap(vs -> visits.followUpCounts(null, null).flatMap(fs -> statistics.programmeFigures(null)
                        .invoke(programme -> publish(targets, vs, fs, programme)))))
                .replaceWithVoid()
                // A database outage shows in readiness; the gauges keep their last values.
                .onFailure().recoverWithNull();
    }

    private void publish(List<TargetGroup> targets, List<VisitCount> vs, List<FollowUpCount> fs,
            ProgrammeFigures programme) {
        Set<String> cpams = new TreeSet<>();
        targets.forEach(t -> cpams.add(t.cpamCode()));
        for (String cpam : cpams) {
            CampaignFigures f = Figures.campaign(targets.stream().filter(t -> t.cpamCode().equals(cpam)).toList(),
                    vs.stream().filter(v -> v.cpamCode().equals(cpam)).toList(),
                    fs.stream().filter(v -> v.cpamCode().equals(cpam)).toList());
            Tags tags = Tags.of("cpam", cpam);
            set("aide.campaign.targets", "Campaign targets", tags, f.targets());
            set("aide.campaign.eligible.targets", "Campaign targets eligible at import", tags,
                    f.eligibility().get(EligibilityStatus.ELIGIBLE));
            set("aide.campaign.visited.targets", "Campaign targets visited at least once", tags, f.visitedTargets());
            set("aide.campaign.visits", "Visits recorded", tags, f.visits());
            set("aide.campaign.signed.after.visit", "Visited targets who signed a contract after the visit", tags,
                    f.signedAfterVisit());
            for (FollowUpStatus status : FollowUpStatus.values()) {
                set("aide.campaign.followups", "Follow-up e-mails by status", tags.and("status", status.name()),
                        f.followUps().get(status));
            }
        }
        set("aide.programme.contracts", "Contracts of the programme, every status", Tags.empty(),
                programme.contracts());
        set("aide.programme.reviewed.contracts", "Contracts with at least one annual review", Tags.empty(),
                programme.reviewedContracts());
        set("aide.programme.gp.share", "Share of contracts signed by general practitioners", Tags.empty(),
                programme.generalPractitionerShare());
        set("aide.programme.priority.zone.share", "Share of contracts in a zone d'intervention prioritaire",
                Tags.empty(), programme.priorityZoneShare());
        set("aide.programme.patients.mt.change", "Average change of the patientèle médecin traitant since signature",
                Tags.empty(), programme.patientsMtChange());
        set("aide.programme.patients.fa.change", "Average change of the file active since signature", Tags.empty(),
                programme.patientsFileActiveChange());
    }

    private void set(String name, String description, Tags tags, Number value) {
        Value holder = values.computeIfAbsent(name + tags, k -> {
            Value v = new Value();
            Gauge.builder(name, v, h -> h.value).description(description).tags(tags).register(registry);
            return v;
        });
        holder.value = value == null ? Double.NaN : value instanceof BigDecimal d ? d.doubleValue() : value.doubleValue();
    }
}
