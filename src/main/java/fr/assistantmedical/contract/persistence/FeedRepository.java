package fr.assistantmedical.contract.persistence;

import fr.assistantmedical.contract.core.FeedEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The change feed in plain SQL: events by their commit-order position (V20). A page reads the last
 * position first, then the events up to it: every position up to it had committed, so a page never
 * passes over an event that commits later.
 */
@ApplicationScoped
public class FeedRepository {

    /** An event of the feed. */
    /** Events after a position, and the last position committed when they were read. */
    public record FeedPage(List<FeedEvent> events, long head) {
    }

    private static final String COLUMNS = "f.position, e.contract_id, e.occurred_at, e.actor, e.type, "
            + "e.effective_date, e.reason, e.state_after";

    private final Pool pool;

    FeedRepository(Pool pool) {
        this.pool = pool;
    }

    /** The events of a CPAM's contracts, read from the CPAM's positions (V42). */
    public Uni<FeedPage> ofCpam(String cpamCode, long after, int limit) {
        return page("SELECT " + COLUMNS + " FROM contract_feed f JOIN contract_event e ON e.id = f.event_id "
                + "WHERE f.cpam_code = $1 AND f.position > $2 AND f.position <= $3 ORDER BY f.position LIMIT $4",
                cpamCode, after, limit);
    }

    /**
     * The events of the contracts shared with an organisation, from each grant on; the grants
     * themselves (which name other organisations) are not part of it. The organisation's positions
     * follow its current grants (V42): a revoked grant takes its contract's past events with it.
     */
    public Uni<FeedPage> ofOrganisation(String organisation, long after, int limit) {
        return page("SELECT " + COLUMNS + " FROM contract_feed_organisation f "
                + "JOIN contract_event e ON e.id = f.event_id "
                + "WHERE f.organisation = $1 AND f.position > $2 AND f.position <= $3 ORDER BY f.position LIMIT $4",
                organisation, after, limit);
    }

    /** The key that seals cursors, drawn by the migration. */
    public Uni<byte[]> cursorKey() {
        return pool.query("SELECT key FROM feed_cursor_key WHERE id = 1").execute()
                .map(rows -> rows.iterator().next().getBuffer("key").getBytes());
    }

    private Uni<FeedPage> page(String sql, String tenant, long after, int limit) {
        return pool.query("SELECT coalesce(max(position), 0) AS head FROM contract_feed").execute()
                .map(rows -> rows.iterator().next().getLong("head"))
                .flatMap(head -> pool.preparedQuery(sql).execute(Tuple.of(tenant, after, head, limit)).map(rows -> {
                    List<FeedEvent> events = new ArrayList<>();
                    for (Row row : rows) {
                        events.add(event(row));
                    }
                    return new FeedPage(events, head);
                }));
    }

    private static FeedEvent event(Row row) {
        OffsetDateTime at = row.getOffsetDateTime("occurred_at");
        return new FeedEvent(row.getLong("position"), row.getUUID("contract_id"), at == null ? null : at.toInstant(),
                row.getString("actor"), row.getString("type"), row.getLocalDate("effective_date"),
                row.getString("reason"), row.getString("state_after"));
    }
}
