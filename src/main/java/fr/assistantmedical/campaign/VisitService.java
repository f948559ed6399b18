package fr.assistantmedical.campaign;

import fr.assistantmedical.campaign.model.FollowUp;
import fr.assistantmedical.campaign.model.FollowUpStatus;
import fr.assistantmedical.campaign.model.Visit;
import fr.assistantmedical.campaign.model.VisitOutcome;
import fr.assistantmedical.campaign.persistence.VisitRepository;
import fr.assistantmedical.rulebook.RulebookProvider;
import fr.assistantmedical.rules.Text;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Records the visits of the délégués. The visit and its follow-up e-mail are written in one
 * transaction (the outbox): the e-mail leaves later, from whichever instance claims it.
 */
@ApplicationScoped
public class VisitService {

    /** What the délégué records. */
    public record Command(LocalDate visitedOn, VisitOutcome outcome, String note) {
    }

    /** The visit recorded; {@code replayed} when the same request under the same key had recorded it already. */
    public record Recorded(Visit visit, boolean replayed) {
    }

    private final CampaignService campaigns;
    private final VisitRepository visits;
    private final RulebookProvider rulebooks;
    private final Pool pool;
    private final CampaignConfig config;
    private final Clock clock;

    VisitService(CampaignService campaigns, VisitRepository visits, RulebookProvider rulebooks, Pool pool,
            CampaignConfig config, Clock clock) {
        this.campaigns = campaigns;
        this.visits = visits;
        this.rulebooks = rulebooks;
        this.pool = pool;
        this.config = config;
        this.clock = clock;
    }

    @WithSpan
    public Uni<Recorded> record(UUID campaignId, String rpps, Command command, String idempotencyKey,
            String cpamCode, String actor) {
        Instant now = Instant.now(clock);
        LocalDate today = CampaignService.day(now);
        LocalDate first = rulebooks.rulebook().firstDate();
        if (command.visitedOn().isAfter(today) || command.visitedOn().isBefore(first)) {
            throw new CampaignInputException("visitedOn", "la date de visite est comprise entre le "
                    + Text.date(first) + " et aujourd'hui");
        }
        if (command.note() != null && command.note().indexOf('\0') >= 0) {
            throw new CampaignInputException("note", "caractère nul interdit");
        }
        String hash = hash(rpps + "|" + command.visitedOn() + "|" + command.outcome() + "|" + command.note());
        return campaigns.campaign(campaignId, cpamCode).flatMap(campaign -> pool.withTransaction(tx ->
                (idempotencyKey == null ? Uni.createFrom().<VisitRepository.Recorded>nullItem()
                        : visits.byKey(tx, campaignId, idempotencyKey)).flatMap(existing -> {
                            if (existing != null) {
                                return replay(existing, hash);
                            }
                            return visits.lockTarget(tx, campaignId, rpps).flatMap(email -> {
                                if (email == null) {
                                    return Uni.createFrom().failure(new CampaignNotFoundException(
                                            "Ce médecin ne fait pas partie de la campagne."));
                                }
                                UUID visitId = UUID.randomUUID();
                                Instant due = now.plus(config.followup().delay());
                                FollowUp followUp = email.isEmpty() ? null : new FollowUp(UUID.randomUUID(), visitId,
                                        email, FollowUpStatus.PENDING, due, due, 0, null, null);
                                Visit visit = new Visit(visitId, rpps, command.visitedOn(), command.outcome(),
                                        command.note(), now, actor, followUp);
                                Uni<Void> written = visits.insertVisit(tx, campaignId, visit, idempotencyKey, hash);
                                if (followUp != null) {
                                    written = written.chain(() -> visits.insertFollowUp(tx, campaignId, rpps, followUp,
                                            now));
                                }
                                return written.replaceWith(new Recorded(visit, false));
                            });
                        })))
                // Two retries racing with one key: the loser finds the winner's visit.
                .onFailure(CampaignService::isUniqueViolation).recoverWithUni(failure -> idempotencyKey == null
                        ? Uni.createFrom().failure(failure)
                        : pool.withConnection(c -> visits.byKey(c, campaignId, idempotencyKey))
                                .flatMap(existing -> existing == null ? Uni.createFrom().failure(failure)
                                        : replay(existing, hash)));
    }

    private static Uni<Recorded> replay(VisitRepository.Recorded existing, String hash) {
        if (!existing.requestHash().equals(hash)) {
            return Uni.createFrom().failure(new CampaignConflictException("idempotency-key-reused", 422,
                    "Cette clé d'idempotence a déjà servi pour une autre visite."));
        }
        return Uni.createFrom().item(new Recorded(existing.visit(), true));
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
