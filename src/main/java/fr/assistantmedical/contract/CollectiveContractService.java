package fr.assistantmedical.contract;

import fr.assistantmedical.config.ContractConfig;
import fr.assistantmedical.contract.core.CollectiveContract;
import fr.assistantmedical.contract.core.CollectiveContracts;
import fr.assistantmedical.contract.core.Context;
import fr.assistantmedical.contract.core.ContractConflictException;
import fr.assistantmedical.contract.core.Transitions;
import fr.assistantmedical.contract.persistence.CollectiveContractStore;
import fr.assistantmedical.rulebook.RulebookProvider;
import fr.assistantmedical.rules.CollectiveMember;
import fr.assistantmedical.rules.Rulebook;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Signs and follows collective contracts. A signature locks every member as an individual signature
 * locks its doctor, so that no doctor ends up bound by two contracts signed at the same time.
 */
@ApplicationScoped
public class CollectiveContractService {

    private final CollectiveContractStore store;
    private final RulebookProvider rulebooks;
    private final Clock clock;
    private final Period signatureMargin;

    CollectiveContractService(CollectiveContractStore store, RulebookProvider rulebooks, Clock clock,
            ContractConfig config) {
        this.store = store;
        this.rulebooks = rulebooks;
        this.clock = clock;
        this.signatureMargin = Period.ofDays(config.signatureMarginDays());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A signature, and whether it was already made under the same idempotency key. */
    public record Signed(CollectiveContract contract, boolean replayed) {
    }

    /** A review, and whether the same one was already recorded. */
    public record Reviewed(CollectiveContract contract, boolean replayed) {
    }

    /**
     * Signs a collective contract. With an idempotency key, a retry of the same request returns the
     * contract first signed; the same key with another request is refused (422).
     */
    @WithSpan
    public Uni<Signed> sign(CollectiveContracts.Sign command, Rulebook rulebook, String clientKey, Access access) {
        if (!access.agent() || !access.cpamCode().equals(command.cpamCode())) {
            return Uni.createFrom().failure(new ForbiddenCpamException(command.cpamCode()));
        }
        Context context = new Context(rulebook, today(), Instant.now(clock), access.actor());
        // Keys are scoped to the CPAM: another CPAM's key never reveals its contract.
        String key = clientKey == null ? null : access.cpamCode() + ":" + clientKey;
        String hash = hash(command.toString());
        List<String> rpps = command.group().members().stream().map(CollectiveMember::rpps).toList();
        return store.inTransaction(conn -> (key == null ? Uni.createFrom().<String[]>nullItem()
                : store.lock(conn, "collective-key:" + key).chain(() -> store.findKey(conn, key)))
                .flatMap(found -> {
                    if (found != null && !found[0].equals(hash)) {
                        return Uni.createFrom().failure(new ContractConflictException("idempotency-key-reused",
                                "Cette clé d'idempotence a déjà servi pour une autre demande."));
                    }
                    if (found != null) {
                        return store.find(conn, UUID.fromString(found[1]), false).map(c -> new Signed(c, true));
                    }
                    return store.lockDoctors(conn, rpps)
                            .chain(() -> store.engagements(conn, rpps))
                            .map(engagements -> CollectiveContracts.sign(command, engagements, signatureMargin,
                                    context))
                            .chain(contract -> store.insert(conn, contract))
                            .call(contract -> key == null ? Uni.createFrom().voidItem()
                                    : store.rememberKey(conn, key, hash, contract.id(), context.now()))
                            .map(contract -> new Signed(contract, false));
                }));
    }

    /** The contract of the agent's CPAM; one whose term is over is recorded EXPIRED (or LAPSED) first. */
    public Uni<CollectiveContract> get(UUID id, Access access) {
        return store.find(id).flatMap(found -> {
            visible(found, id, access);
            CollectiveContract atTerm = CollectiveContracts.atTerm(found, context(access));
            return atTerm == found ? Uni.createFrom().item(found) : change(id, null, access, c -> c);
        });
    }

    @WithSpan
    public Uni<CollectiveContract> activate(UUID id, Set<Long> ifMatch, LocalDate hiredOn, Access access) {
        return change(id, ifMatch, access, c -> CollectiveContracts.activate(c, hiredOn, context(access)));
    }

    @WithSpan
    public Uni<CollectiveContract> terminate(UUID id, Set<Long> ifMatch, LocalDate lastDay, String reason, Access access) {
        return change(id, ifMatch, access, c -> CollectiveContracts.terminate(c, lastDay, reason, context(access)));
    }

    /** SUSPEND or RESUME, on the rules of an individual contract. */
    @WithSpan
    public Uni<CollectiveContract> suspend(UUID id, Set<Long> ifMatch, LocalDate from, String reason, Access access) {
        return change(id, ifMatch, access, c -> CollectiveContracts.suspend(c, from, reason, context(access)));
    }

    @WithSpan
    public Uni<CollectiveContract> resume(UUID id, Set<Long> ifMatch, LocalDate on, Access access) {
        return change(id, ifMatch, access, c -> CollectiveContracts.resume(c, on, context(access)));
    }

    /**
     * The contract for its status: agents of its CPAM, and partners it is shared with. A term that is
     * over is recorded first, by the system, whoever reads.
     */
    public Uni<CollectiveContract> status(UUID id, Access access) {
        if (access.agent()) {
            return get(id, access);
        }
        if (access.organisation() == null) {
            return Uni.createFrom().failure(new ContractNotFoundException(id));
        }
        return store.granted(id, access.organisation()).flatMap(granted -> !granted
                ? Uni.createFrom().failure(new ContractNotFoundException(id))
                : store.find(id).flatMap(found -> {
                    Context system = context(Access.agent(Transitions.SYSTEM, found.cpamCode()));
                    return CollectiveContracts.atTerm(found, system) == found ? Uni.createFrom().item(found)
                            : change(id, null, Access.agent(Transitions.SYSTEM, found.cpamCode()), c -> c);
                }));
    }

    /** Shares the contract with a partner organisation; sharing it again changes nothing. */
    @WithSpan
    public Uni<Void> grant(UUID id, String organisation, Access access) {
        return store.inTransaction(conn -> store.find(conn, id, true).flatMap(found -> {
            visible(found, id, access);
            return store.grant(conn, id, organisation, access.actor(), Instant.now(clock));
        }));
    }

    @WithSpan
    public Uni<Void> revoke(UUID id, String organisation, Access access) {
        return store.inTransaction(conn -> store.find(conn, id, true).flatMap(found -> {
            visible(found, id, access);
            return store.revoke(conn, id, organisation);
        }));
    }

    /** The same review again changes nothing and answers the contract as it is. */
    @WithSpan
    public Uni<Reviewed> review(UUID id, int year, int patientsMt, int patientsFileActive, Access access) {
        boolean[] replayed = {false};
        return change(id, null, access, c -> {
            var same = c.review(year).filter(r -> r.patientsMt() == patientsMt
                    && r.patientsFileActive() == patientsFileActive);
            replayed[0] = same.isPresent();
            return same.isPresent() ? c : CollectiveContracts.review(c, year, patientsMt, patientsFileActive,
                    context(access));
        }).map(c -> new Reviewed(c, replayed[0]));
    }

    /** Loads and locks the contract, records its term if due, applies the change and saves it. */
    private Uni<CollectiveContract> change(UUID id, Set<Long> ifMatch, Access access,
            Function<CollectiveContract, CollectiveContract> rule) {
        return store.inTransaction(conn -> store.find(conn, id, true).flatMap(found -> {
            visible(found, id, access);
            found.requireVersion(ifMatch);
            CollectiveContract atTerm = CollectiveContracts.atTerm(found, context(access));
            CollectiveContract changed = rule.apply(atTerm);
            return changed == found ? Uni.createFrom().item(found) : store.update(conn, changed);
        }));
    }

    /** Another CPAM's contract, or none, is not found: its existence is not revealed. */
    private static void visible(CollectiveContract found, UUID id, Access access) {
        if (found == null || !access.agent() || !found.cpamCode().equals(access.cpamCode())) {
            throw new ContractNotFoundException(id);
        }
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rulebook in force, taken once for a signature: its command is read and checked against the same. */
    public Rulebook rulebook() {
        return rulebooks.rulebook();
    }

    private Context context(Access access) {
        return new Context(rulebooks.rulebook(), today(), Instant.now(clock), access.actor());
    }
}
