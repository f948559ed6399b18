package fr.assistantmedical.campaign.persistence;

import fr.assistantmedical.campaign.model.ClaimedFollowUp;
import fr.assistantmedical.campaign.model.FollowUp;
import fr.assistantmedical.campaign.model.FollowUpStatus;
import fr.assistantmedical.campaign.model.Visit;
import fr.assistantmedical.campaign.model.VisitOutcome;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Visits and their follow-up e-mails. The follow-up table is the outbox: the visit and its
 * follow-up are written by the same transaction, and senders claim due rows one at a time.
 */
@ApplicationScoped
public class VisitRepository {

    /** A visit as recorded, with what identifies its request for an idempotent retry. */
    public record Recorded(Visit visit, String requestHash) {
    }

    /** A follow-up claimed by a sender, with the target it is about. */
    private static final String VISIT_COLUMNS = """
            v.id, v.rpps, v.visited_on, v.outcome, v.note, v.recorded_at, v.recorded_by, v.request_hash,
            f.id AS f_id, f.recipient, f.status, f.due_at, f.next_attempt_at, f.attempts, f.last_error, f.sent_at""";

    private static final String FOLLOW_UP_COLUMNS = """
            f.id AS f_id, f.visit_id, f.recipient, f.status, f.due_at, f.next_attempt_at, f.attempts, f.last_error,
            f.sent_at""";

    private final Pool pool;

    VisitRepository(Pool pool) {
        this.pool = pool;
    }

    /** The visit recorded under that idempotency key in that campaign, or null; to be called in the transaction. */
    public Uni<Recorded> byKey(SqlClient tx, UUID campaignId, String key) {
        return tx.preparedQuery("SELECT " + VISIT_COLUMNS + " FROM campaign_visit v LEFT JOIN campaign_followup f "
                + "ON f.visit_id = v.id WHERE v.campaign_id = $1 AND v.idempotency_key = $2")
                .execute(Tuple.of(campaignId, key))
                .map(rows -> rows.size() == 0 ? null : recorded(rows.iterator().next()));
    }

    /**
     * Locks the target for the visit's transaction (a concurrent re-import of it waits) and answers
     * its e-mail address: empty when it has none, null when there is no such target.
     */
    public Uni<String> lockTarget(SqlClient tx, UUID campaignId, String rpps) {
        return tx.preparedQuery("SELECT coalesce(email, '') AS email FROM campaign_target "
                + "WHERE campaign_id = $1 AND rpps = $2 FOR SHARE").execute(Tuple.of(campaignId, rpps))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getString("email"));
    }

    public Uni<Void> insertVisit(SqlClient tx, UUID campaignId, Visit v, String key, String requestHash) {
        return tx.preparedQuery("INSERT INTO campaign_visit (id, campaign_id, rpps, visited_on, outcome, note, "
                + "idempotency_key, request_hash, recorded_at, recorded_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)")
                .execute(Tuple.tuple(Arrays.asList(v.id(), campaignId, v.rpps(), v.visitedOn(), v.outcome().name(),
                        v.note(), key, requestHash, Sql.at(v.recordedAt()), v.recordedBy())))
                .replaceWithVoid();
    }

    public Uni<Void> insertFollowUp(SqlClient tx, UUID campaignId, String rpps, FollowUp f, Instant createdAt) {
        return tx.preparedQuery("INSERT INTO campaign_followup (id, visit_id, campaign_id, rpps, recipient, status, "
                + "due_at, next_attempt_at, attempts, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7, 0, $8)")
                .execute(Tuple.tuple(Arrays.asList(f.id(), f.visitId(), campaignId, rpps, f.recipient(),
                        f.status().name(), Sql.at(f.dueAt()), Sql.at(createdAt))))
                .replaceWithVoid();
    }

    /** The visits of a target, oldest first, each with its follow-up. */
    public Uni<List<Visit>> ofTarget(UUID campaignId, String rpps) {
        return pool.preparedQuery("SELECT " + VISIT_COLUMNS + " FROM campaign_visit v LEFT JOIN campaign_followup f "
                + "ON f.visit_id = v.id WHERE v.campaign_id = $1 AND v.rpps = $2 ORDER BY v.visited_on, v.recorded_at")
                .execute(Tuple.of(campaignId, rpps)).map(rows -> {
                    List<Visit> visits = new ArrayList<>();
                    rows.forEach(r -> visits.add(recorded(r).visit()));
                    return visits;
                });
    }

    /** The follow-ups of a campaign in a status, oldest due first, at most {@code size}. */
    public Uni<List<ClaimedFollowUp>> followUps(UUID campaignId, FollowUpStatus status, int size) {
        return pool.preparedQuery("SELECT " + FOLLOW_UP_COLUMNS + ", f.campaign_id, f.rpps FROM campaign_followup f "
                + "WHERE f.campaign_id = $1 AND ($2::text IS NULL OR f.status = $2) ORDER BY f.due_at, f.id LIMIT $3")
                .execute(Tuple.of(campaignId, status == null ? null : status.name(), size)).map(rows -> {
                    List<ClaimedFollowUp> found = new ArrayList<>();
                    rows.forEach(r -> found.add(claimed(r)));
                    return found;
                });
    }

    /**
     * Claims one pending follow-up due at {@code now}, locking its row until the transaction ends; rows
     * another sender holds are skipped, so that each is sent by one sender only. Null when none is due.
     */
    public Uni<ClaimedFollowUp> claimDue(SqlClient tx, Instant now) {
        return tx.preparedQuery("SELECT " + FOLLOW_UP_COLUMNS + ", f.campaign_id, f.rpps FROM campaign_followup f "
                + "WHERE f.status = 'PENDING' AND f.next_attempt_at <= $1 ORDER BY f.next_attempt_at, f.id "
                + "LIMIT 1 FOR UPDATE SKIP LOCKED")
                .execute(Tuple.of(Sql.at(now))).map(rows -> rows.size() == 0 ? null : claimed(rows.iterator().next()));
    }

    public Uni<Void> sent(SqlClient tx, UUID id, int attempts, Instant at) {
        return tx.preparedQuery("UPDATE campaign_followup SET status = 'SENT', attempts = $2, sent_at = $3, "
                + "last_error = NULL WHERE id = $1").execute(Tuple.of(id, attempts, Sql.at(at))).replaceWithVoid();
    }

    /** A failed try: pending again at {@code next}, or failed for good when {@code next} is null. */
    public Uni<Void> failed(SqlClient tx, UUID id, int attempts, Instant next, String error) {
        return tx.preparedQuery("UPDATE campaign_followup SET status = $2, attempts = $3, "
                + "next_attempt_at = coalesce($4, next_attempt_at), last_error = $5 WHERE id = $1")
                .execute(Tuple.tuple(Arrays.asList(id, next == null ? FollowUpStatus.FAILED.name()
                        : FollowUpStatus.PENDING.name(), attempts, Sql.at(next), error)))
                .replaceWithVoid();
    }

    /** Visits counted by CPAM and outcome, and targets visited, for one campaign or (null) every campaign. */
    public record VisitCount(String cpamCode, String outcome, long visits) {
    }

    /** Follow-ups counted by CPAM and status, for one campaign or (null) every campaign. */
    public record FollowUpCount(String cpamCode, String status, long count) {
    }

    public Uni<List<VisitCount>> visitCounts(UUID campaignId, String cpamCode) {
        return pool.preparedQuery("SELECT t.cpam_code, v.outcome, count(*) AS n FROM campaign_visit v "
                + "JOIN campaign_target t ON t.campaign_id = v.campaign_id AND t.rpps = v.rpps "
                + "WHERE ($1::uuid IS NULL OR v.campaign_id = $1) AND ($2::text IS NULL OR t.cpam_code = $2) "
                + "GROUP BY 1, 2").execute(Tuple.tuple(Arrays.asList(campaignId, cpamCode))).map(rows -> {
                    List<VisitCount> counts = new ArrayList<>();
                    rows.forEach(r -> counts.add(new VisitCount(r.getString("cpam_code"), r.getString("outcome"),
                            r.getLong("n"))));
                    return counts;
                });
    }

    public Uni<List<FollowUpCount>> followUpCounts(UUID campaignId, String cpamCode) {
        return pool.preparedQuery("SELECT t.cpam_code, f.status, count(*) AS n FROM campaign_followup f "
                + "JOIN campaign_target t ON t.campaign_id = f.campaign_id AND t.rpps = f.rpps "
                + "WHERE ($1::uuid IS NULL OR f.campaign_id = $1) AND ($2::text IS NULL OR t.cpam_code = $2) "
                + "GROUP BY 1, 2").execute(Tuple.tuple(Arrays.asList(campaignId, cpamCode))).map(rows -> {
                    List<FollowUpCount> counts = new ArrayList<>();
                    rows.forEach(r -> counts.add(new FollowUpCount(r.getString("cpam_code"), r.getString("status"),
                            r.getLong("n"))));
                    return counts;
                });
    }

    private static Recorded recorded(Row r) {
        FollowUp followUp = r.getUUID("f_id") == null ? null : followUp(r, r.getUUID("id"));
        return new Recorded(new Visit(r.getUUID("id"), r.getString("rpps"), r.getLocalDate("visited_on"),
                VisitOutcome.valueOf(r.getString("outcome")), r.getString("note"), Sql.instant(r, "recorded_at"),
                r.getString("recorded_by"), followUp), r.getString("request_hash"));
    }

    private static ClaimedFollowUp claimed(Row r) {
        return new ClaimedFollowUp(followUp(r, r.getUUID("visit_id")), r.getUUID("campaign_id"), r.getString("rpps"));
    }

    private static FollowUp followUp(Row r, UUID visitId) {
        return new FollowUp(r.getUUID("f_id"), visitId, r.getString("recipient"),
                FollowUpStatus.valueOf(r.getString("status")), Sql.instant(r, "due_at"),
                Sql.instant(r, "next_attempt_at"), r.getInteger("attempts"), r.getString("last_error"),
                Sql.instant(r, "sent_at"));
    }
}
