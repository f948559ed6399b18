package fr.assistantmedical.contract;

import fr.assistantmedical.contract.persistence.FeedRepository;
import fr.assistantmedical.contract.core.FeedEvent;
import fr.assistantmedical.contract.persistence.FeedRepository.FeedPage;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;

/**
 * The change feed: the events of every contract a reader may see (an agent: the CPAM's; a partner:
 * those shared with it, from the grant on), in commit order, after a cursor. A reader who keeps the
 * cursor of each page sees every event once, even while others write. A reader may wait for the
 * next events: the feed is read again every second until one comes or the wait is over.
 */
@ApplicationScoped
public class ContractFeed {

    /** A cursor that was not given to this reader, or was altered. */
    public static final class InvalidCursorException extends RuntimeException {
        InvalidCursorException() {
            super("invalid cursor", null, false, false);
        }
    }

    /** Events, and the cursor to read the next ones with. */
    public record Page(List<FeedEvent> events, String nextCursor) {
    }

    static final Duration POLL = Duration.ofSeconds(1);

    private final FeedRepository feed;
    private volatile FeedCursors cursors;

    ContractFeed(FeedRepository feed) {
        this.feed = feed;
    }

    /**
     * @param cursor the previous page's {@code nextCursor}; none: from the first event
     * @throws InvalidCursorException (in the Uni) for a cursor that is not this reader's
     */
    public Uni<Page> read(Access access, String cursor, int limit, Duration wait) {
        String reader = access.agent() ? "cpam:" + access.cpamCode()
                : access.organisation() == null ? null : "org:" + access.organisation();
        return cursors().flatMap(sealing -> {
            if (reader == null) {
                // A partner token without organisation is shared nothing.
                return Uni.createFrom().item(new Page(List.of(), cursor));
            }
            long after = cursor == null ? 0 : sealing.open(cursor, reader);
            long deadline = System.nanoTime() + wait.toNanos();
            return poll(access, after, limit, deadline).map(page -> {
                boolean full = page.events().size() == limit;
                // A page that is not full holds every event of the reader up to the head.
                long next = full ? page.events().get(limit - 1).position() : Math.max(after, page.head());
                return new Page(page.events(), sealing.seal(next, reader));
            });
        });
    }

    private Uni<FeedPage> poll(Access access, long after, int limit, long deadline) {
        Uni<FeedPage> page = access.agent() ? feed.ofCpam(access.cpamCode(), after, limit)
                : feed.ofOrganisation(access.organisation(), after, limit);
        return page.flatMap(found -> found.events().isEmpty() && System.nanoTime() + POLL.toNanos() <= deadline
                ? Uni.createFrom().voidItem().onItem().delayIt().by(POLL)
                        .flatMap(v -> poll(access, after, limit, deadline))
                : Uni.createFrom().item(found));
    }

    private Uni<FeedCursors> cursors() {
        FeedCursors known = cursors;
        return known != null ? Uni.createFrom().item(known)
                : feed.cursorKey().map(key -> cursors = new FeedCursors(key));
    }
}
