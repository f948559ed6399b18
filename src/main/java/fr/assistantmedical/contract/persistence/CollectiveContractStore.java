package fr.assistantmedical.contract.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.assistantmedical.contract.core.CollectiveContract;
import fr.assistantmedical.contract.core.Engagement;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * Collective contracts, kept whole as a document, and their members as rows. Every change runs in one
 * transaction on one connection; a signature takes the same per-doctor locks as an individual one.
 */
@ApplicationScoped
public class CollectiveContractStore {

    private final Pool pool;
    private final ObjectMapper json;

    CollectiveContractStore(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    public <T> Uni<T> inTransaction(Function<SqlConnection, Uni<T>> work) {
        return pool.withTransaction(work);
    }

    /** Locks each doctor, in a fixed order so that two groups sharing doctors never wait on each other. */
    public Uni<Void> lockDoctors(SqlConnection conn, List<String> rpps) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String r : new TreeSet<>(rpps)) {
            chain = chain.chain(() -> conn.preparedQuery("SELECT count(*) FROM pg_advisory_xact_lock("
                    + "hashtextextended($1, 0))").execute(Tuple.of("doctor:" + r)).replaceWithVoid());
        }
        return chain;
    }

    /** Every doctor's engagements: individual contracts and collective memberships. */
    public Uni<Map<String, List<Engagement>>> engagements(SqlConnection conn, List<String> rpps) {
        String[] ids = rpps.toArray(String[]::new);
        return conn.preparedQuery("SELECT c.rpps, c.id, c.signed_on, coalesce(c.ends_on, (SELECT max(y.ends_on) "
                + "FROM contract_year y WHERE y.contract_id = c.id)) AS last_day, false AS collective FROM contract c "
                + "WHERE c.rpps = ANY($1) UNION ALL SELECT m.rpps, k.id, k.signed_on, k.last_day, true "
                + "FROM collective_contract k JOIN collective_member m ON m.contract_id = k.id WHERE m.rpps = ANY($1)")
                .execute(Tuple.of(ids)).map(rows -> {
                    Map<String, List<Engagement>> found = new HashMap<>();
                    for (Row row : rows) {
                        found.computeIfAbsent(row.getString("rpps"), k -> new ArrayList<>()).add(new Engagement(
                                row.getUUID("id"), row.getBoolean("collective") ? Engagement.Kind.COLLECTIVE
                                        : Engagement.Kind.INDIVIDUAL,
                                row.getLocalDate("signed_on"), row.getLocalDate("last_day")));
                    }
                    return found;
                });
    }

    public Uni<CollectiveContract> insert(SqlConnection conn, CollectiveContract c) {
        Uni<Void> members = Uni.createFrom().voidItem();
        for (CollectiveContract.Member m : c.members()) {
            members = members.chain(() -> conn.preparedQuery("INSERT INTO collective_member (contract_id, rpps) "
                    + "VALUES ($1, $2)").execute(Tuple.of(c.id(), m.rpps())).replaceWithVoid());
        }
        Uni<Void> contract = conn.preparedQuery("INSERT INTO collective_contract (id, cpam_code, structure_type, etp, "
                + "signed_on, last_day, status, document, created_at, updated_at, version) "
                + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text::jsonb, $9, $10, $11)")
                .execute(Tuple.tuple(List.of(c.id(), c.cpamCode(), c.structureType().name(), c.etp(), c.signedOn(),
                        c.lastDay(), c.status().name(), write(c), c.createdAt().atOffset(ZoneOffset.UTC),
                        c.updatedAt().atOffset(ZoneOffset.UTC), c.version())))
                .replaceWithVoid();
        Uni<Void> allMembers = members;
        return contract.chain(() -> allMembers).replaceWith(c);
    }

    /** The contract, locked for a change when {@code forUpdate}; null when there is none. */
    public Uni<CollectiveContract> find(SqlConnection conn, UUID id, boolean forUpdate) {
        return conn.preparedQuery("SELECT document::text AS document FROM collective_contract WHERE id = $1"
                + (forUpdate ? " FOR UPDATE" : "")).execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : read(rows.iterator().next().getString("document")));
    }

    public Uni<CollectiveContract> find(UUID id) {
        return pool.withConnection(conn -> find(conn, id, false));
    }

    public Uni<CollectiveContract> update(SqlConnection conn, CollectiveContract c) {
        LocalDate lastDay = c.lastDay();
        return conn.preparedQuery("UPDATE collective_contract SET status = $2, last_day = $3, document = $4::text::jsonb, "
                + "updated_at = $5, version = $6 WHERE id = $1")
                .execute(Tuple.tuple(List.of(c.id(), c.status().name(), lastDay, write(c),
                        c.updatedAt().atOffset(ZoneOffset.UTC), c.version())))
                .replaceWith(c);
    }

    /** Holds a transaction-scoped lock named {@code name}: retries of one idempotency key run one after the other. */
    public Uni<Void> lock(SqlConnection conn, String name) {
        return conn.preparedQuery("SELECT count(*) FROM pg_advisory_xact_lock(hashtextextended($1, 0))")
                .execute(Tuple.of(name)).replaceWithVoid();
    }

    /** The request hash and contract a key was first used for, or null. */
    public Uni<String[]> findKey(SqlConnection conn, String key) {
        return conn.preparedQuery("SELECT request_hash, contract_id FROM collective_idempotency_key WHERE key = $1")
                .execute(Tuple.of(key)).map(rows -> rows.size() == 0 ? null : new String[] {
                    rows.iterator().next().getString("request_hash"),
                    rows.iterator().next().getUUID("contract_id").toString()});
    }

    public Uni<Void> rememberKey(SqlConnection conn, String key, String hash, UUID contractId,
            Instant at) {
        return conn.preparedQuery("INSERT INTO collective_idempotency_key (key, request_hash, contract_id, created_at) "
                + "VALUES ($1, $2, $3, $4)").execute(Tuple.of(key, hash, contractId,
                        at.atOffset(ZoneOffset.UTC))).replaceWithVoid();
    }

    /** Whether the contract is shared with the organisation. */
    public Uni<Boolean> granted(UUID id, String organisation) {
        return pool.withConnection(conn -> conn.preparedQuery("SELECT 1 FROM collective_contract_grant "
                + "WHERE contract_id = $1 AND organisation = $2").execute(Tuple.of(id, organisation))
                .map(rows -> rows.size() > 0));
    }

    /** Shares the contract with the organisation; sharing it again changes nothing. */
    public Uni<Void> grant(SqlConnection conn, UUID id, String organisation, String by, Instant at) {
        return conn.preparedQuery("INSERT INTO collective_contract_grant (contract_id, organisation, granted_at, "
                + "granted_by) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING")
                .execute(Tuple.of(id, organisation, at.atOffset(ZoneOffset.UTC), by)).replaceWithVoid();
    }

    public Uni<Void> revoke(SqlConnection conn, UUID id, String organisation) {
        return conn.preparedQuery("DELETE FROM collective_contract_grant WHERE contract_id = $1 AND organisation = $2")
                .execute(Tuple.of(id, organisation)).replaceWithVoid();
    }

    private String write(CollectiveContract c) {
        try {
            return json.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CollectiveContract read(String document) {
        try {
            return json.readValue(document, CollectiveContract.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
