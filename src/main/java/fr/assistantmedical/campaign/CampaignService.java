package fr.assistantmedical.campaign;

import fr.assistantmedical.campaign.model.Campaign;
import fr.assistantmedical.campaign.model.ClaimedFollowUp;
import fr.assistantmedical.campaign.model.FollowUpStatus;
import fr.assistantmedical.campaign.model.ImportRecord;
import fr.assistantmedical.campaign.model.Target;
import fr.assistantmedical.campaign.model.TargetFilter;
import fr.assistantmedical.campaign.model.Visit;
import fr.assistantmedical.campaign.persistence.CampaignRepository;
import fr.assistantmedical.campaign.persistence.TargetRepository;
import fr.assistantmedical.campaign.persistence.VisitRepository;
import fr.assistantmedical.config.ClockProducer;
import fr.assistantmedical.rulebook.RulebookProvider;
import fr.assistantmedical.rules.Rulebook;
import fr.assistantmedical.rules.Text;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Campaigns of a CPAM and what they hold. Every call is scoped to the caller's CPAM. */
@ApplicationScoped
public class CampaignService {

    /** A campaign with its number of targets and the record of its imports. */
    public record Details(Campaign campaign, long targets, List<ImportRecord> imports) {
    }

    /** A target with its visits, oldest first. */
    public record TargetDetails(Target target, List<Visit> visits) {
    }

    public record Page<T>(List<T> items, String nextCursor) {
    }

    private final CampaignRepository campaigns;
    private final TargetRepository targets;
    private final VisitRepository visits;
    private final RulebookProvider rulebooks;
    private final Clock clock;

    CampaignService(CampaignRepository campaigns, TargetRepository targets, VisitRepository visits,
            RulebookProvider rulebooks, Clock clock) {
        this.campaigns = campaigns;
        this.targets = targets;
        this.visits = visits;
        this.rulebooks = rulebooks;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Creates a campaign for the caller's CPAM; its name is unique within the CPAM. */
    public Uni<Campaign> create(String name, LocalDate asOf, String cpamCode, String actor) {
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new CampaignInputException("name", "un nom d'une ligne, sans caractère de contrôle");
        }
        Rulebook rulebook = rulebooks.rulebook();
        LocalDate latest = today().plusYears(1);
        if (rulebook.regimeAt(asOf).isEmpty() || asOf.isAfter(latest)) {
            throw new CampaignInputException("asOf", "la date de référence est comprise entre le "
                    + Text.date(rulebook.firstDate()) + " et le " + Text.date(latest));
        }
        Campaign campaign = new Campaign(UUID.randomUUID(), 0, cpamCode, trimmed, asOf, Instant.now(clock), actor);
        return campaigns.insert(campaign).onFailure(CampaignService::isUniqueViolation).recoverWithUni(failure ->
                campaigns.findByName(cpamCode, trimmed).flatMap(existing -> Uni.createFrom().failure(
                        new CampaignConflictException("campaign-exists", 409, "La caisse a déjà une campagne nommée « "
                                + trimmed + " »" + (existing == null ? "." : " (" + existing.id() + ").")))));
    }

    public Uni<Page<Campaign>> list(String cpamCode, String cursor, int size) {
        long after = Cursors.seq(cursor);
        return campaigns.page(cpamCode, after, size + 1).map(found -> {
            boolean more = found.size() > size;
            List<Campaign> page = more ? found.subList(0, size) : found;
            return new Page<>(page, more ? Cursors.of(page.get(page.size() - 1).seq()) : null);
        });
    }

    /** The campaign, or a not-found failure when it is not one of the CPAM's. */
    public Uni<Campaign> campaign(UUID id, String cpamCode) {
        return campaigns.find(id, cpamCode).onItem().ifNull()
                .failWith(() -> new CampaignNotFoundException("Aucune campagne à cette adresse."));
    }

    public Uni<Details> details(UUID id, String cpamCode) {
        return campaign(id, cpamCode).flatMap(c -> campaigns.targetCount(id)
                .flatMap(n -> campaigns.imports(id).map(imports -> new Details(c, n, imports))));
    }

    public Uni<Page<Target>> targets(UUID id, TargetFilter filter, String cursor, int size,
            String cpamCode) {
        String after = Cursors.rpps(cursor);
        return campaign(id, cpamCode).flatMap(c -> targets.page(id, filter, after, size + 1)).map(found -> {
            boolean more = found.size() > size;
            List<Target> page = more ? found.subList(0, size) : found;
            return new Page<>(page, more ? Cursors.of(page.get(page.size() - 1).rpps()) : null);
        });
    }

    /** The target, or a not-found failure. */
    public Uni<Target> target(Campaign campaign, String rpps) {
        return targets.find(campaign.id(), rpps).onItem().ifNull()
                .failWith(() -> new CampaignNotFoundException("Ce médecin ne fait pas partie de la campagne."));
    }

    public Uni<TargetDetails> targetDetails(UUID id, String rpps, String cpamCode) {
        return campaign(id, cpamCode).flatMap(c -> target(c, rpps))
                .flatMap(t -> visits.ofTarget(id, rpps).map(vs -> new TargetDetails(t, vs)));
    }

    public Uni<List<ClaimedFollowUp>> followUps(UUID id, FollowUpStatus status, int size, String cpamCode) {
        return campaign(id, cpamCode).flatMap(c -> visits.followUps(id, status, size));
    }

    static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PgException pg && "23505".equals(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }

    /** "Today" of a timestamp, in French legal time. */
    static LocalDate day(Instant instant) {
        return instant.atZone(ClockProducer.PARIS).toLocalDate();
    }
}
