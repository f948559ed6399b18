package fr.assistantmedical.contract;

import fr.assistantmedical.config.ContractConfig;
import fr.assistantmedical.contract.core.Change;
import fr.assistantmedical.contract.core.CollectiveContracts;
import fr.assistantmedical.contract.core.Commands;
import fr.assistantmedical.contract.core.Context;
import fr.assistantmedical.contract.core.Contract;
import fr.assistantmedical.contract.core.ContractAction;
import fr.assistantmedical.contract.core.ContractConflictException;
import fr.assistantmedical.contract.core.ContractFilter;
import fr.assistantmedical.contract.core.ContractSummary;
import fr.assistantmedical.contract.core.ContractView;
import fr.assistantmedical.contract.core.Grant;
import fr.assistantmedical.contract.core.LoggedEvent;
import fr.assistantmedical.contract.core.ObjectiveRules;
import fr.assistantmedical.contract.core.Payment;
import fr.assistantmedical.contract.core.Payments;
import fr.assistantmedical.contract.core.Renewals;
import fr.assistantmedical.contract.core.Reviews;
import fr.assistantmedical.contract.core.Signing;
import fr.assistantmedical.contract.core.Transitions;
import fr.assistantmedical.contract.persistence.ContractReader;
import fr.assistantmedical.contract.persistence.ContractRepository;
import fr.assistantmedical.contract.persistence.ContractStore;
import fr.assistantmedical.contract.persistence.ContractStore.Loaded;
import fr.assistantmedical.contract.persistence.GrantEntity;
import fr.assistantmedical.contract.persistence.GrantRepository;
import fr.assistantmedical.contract.persistence.IdempotencyKeyEntity;
import fr.assistantmedical.contract.persistence.IdempotencyKeyRepository;
import fr.assistantmedical.rulebook.RulebookProvider;
import fr.assistantmedical.rules.Rulebook;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
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
 * Signs and follows aid contracts: loads a contract, asks the contract rules what a request does to
 * it, saves the result and logs the event, in one transaction. A change locks the contract's row, so
 * that changes to one contract run one after the other, each on the state the previous one left.
 */
@ApplicationScoped
public class ContractService {

    /** A signature, and whether it was already made under the same idempotency key. */
    public record Signed(ContractView view, boolean replayed) {
    }

    /** A review, and whether it was already recorded. */
    public record Reviewed(ContractView view, boolean replayed) {
    }

    public record Paid(Payment payment, ContractView view, boolean replayed) {
    }

    public record Page(List<ContractSummary> contracts, Long nextCursor) {
    }

    private final ContractStore store;
    private final ContractReader reader;
    private final ContractRepository contracts;
    private final IdempotencyKeyRepository keys;
    private final GrantRepository grants;
    private final RulebookProvider rulebooks;
    private final Clock clock;
    private final Period signatureMargin;

    ContractService(ContractStore store, ContractReader reader, ContractRepository contracts, IdempotencyKeyRepository keys,
            GrantRepository grants, RulebookProvider rulebooks, Clock clock, ContractConfig config) {
        this.store = store;
        this.reader = reader;
        this.contracts = contracts;
        this.keys = keys;
        this.grants = grants;
        this.rulebooks = rulebooks;
        this.clock = clock;
        this.signatureMargin = Period.ofDays(config.signatureMarginDays());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ------------------------------------------------------------------ signing

    /**
     * Signs a contract. With an idempotency key, a retry of the same request returns the contract
     * first signed; the same key with another request is refused. Retries of one key, and signatures
     * for one doctor, run one after the other.
     */
    @WithSpan
    @WithTransaction
    public Uni<Signed> sign(Commands.Sign command, Rulebook rulebook, String clientKey, Access access) {
        if (!access.agent() || !access.cpamCode().equals(command.cpamCode())) {
            return Uni.createFrom().failure(new ForbiddenCpamException(command.cpamCode()));
        }
        // Keys are scoped to the CPAM: another CPAM's key never reveals its contract.
        String key = clientKey == null ? null : access.cpamCode() + ":" + clientKey;
        String hash = hash(command.toString());
        Context context = new Context(rulebook, today(), Instant.now(clock), access.actor());
        return (key == null ? Uni.createFrom().voidItem() : contracts.lock("key:" + key))
                .chain(() -> replay(key, hash))
                .flatMap(replayed -> replayed != null ? Uni.createFrom().item(replayed)
                        : contracts.lock("doctor:" + command.rpps())
                                .chain(() -> contracts.engagementsOf(command.rpps()))
                                .flatMap(engagements -> {
                                    Change signed = Signing.sign(command,
                                            CollectiveContracts.waiting(engagements, context.rulebook()),
                                            signatureMargin, context);
                                    return store.insert(signed.after()).chain(() -> store.log(signed))
                                            .chain(() -> rememberKey(key, hash, signed.after().id(), context.now()))
                                            .replaceWith(new Signed(view(signed.after()), false));
                                }));
    }

    private Uni<Signed> replay(String key, String hash) {
        if (key == null) {
            return Uni.createFrom().nullItem();
        }
        return keys.findById(key).flatMap(found -> {
            if (found == null) {
                return Uni.createFrom().nullItem();
            }
            if (!found.requestHash.equals(hash)) {
                return Uni.createFrom().failure(new ContractConflictException("idempotency-key-reused",
                        "Cette clé d'idempotence a déjà servi pour une autre demande."));
            }
            return store.load(found.contractId, false).map(loaded -> new Signed(view(loaded.contract()), true));
        });
    }

    private Uni<Void> rememberKey(String key, String hash, UUID contractId, Instant now) {
        if (key == null) {
            return Uni.createFrom().voidItem();
        }
        IdempotencyKeyEntity entity = new IdempotencyKeyEntity();
        entity.key = key;
        entity.requestHash = hash;
        entity.contractId = contractId;
        entity.createdAt = now;
        return keys.persist(entity).replaceWithVoid();
    }

    // ------------------------------------------------------------------ reading

    /**
     * The contract; a contract whose term is over is recorded EXPIRED (or LAPSED) first. A read is one
     * statement outside any session or transaction; only recording the term opens a transaction.
     */
    public Uni<ContractView> get(UUID id, Access access) {
        if (!access.agent() && access.organisation() == null) {
            return Uni.createFrom().failure(new ContractNotFoundException(id));
        }
        return reader.read(id, access.agent() ? null : access.organisation()).flatMap(read -> {
            if (read == null || (access.agent() ? !access.cpamCode().equals(read.contract().cpamCode()) : !read.shared())) {
                return Uni.createFrom().failure(new ContractNotFoundException(id));
            }
            return Transitions.atTermDue(read.contract(), today()) ? recordTerm(id, access)
                    : Uni.createFrom().item(view(read.contract()));
        });
    }

    /**
     * Records the end of a contract at its term, for a reader who found it due (a concurrent one may
     * have). Called on {@code this}: Quarkus intercepts self-invocation, so the transaction applies.
     */
    @WithTransaction
    Uni<ContractView> recordTerm(UUID id, Access access) {
        return visible(id, access, true).map(loaded -> view(loaded.contract()));
    }

    /** The contracts the caller may see: an agent's CPAM, or those shared with a partner. */
    @WithSession
    public Uni<Page> list(ContractFilter requested, Long after, int size, Access access) {
        ContractFilter filter = access.agent()
                ? new ContractFilter(requested.rpps(), access.cpamCode(), requested.status(),
                        requested.specialty(), null)
                : new ContractFilter(requested.rpps(), requested.cpamCode(), requested.status(),
                        requested.specialty(), access.organisation());
        boolean otherCpam = access.agent() && requested.cpamCode() != null
                && !requested.cpamCode().equals(access.cpamCode());
        if (otherCpam || (!access.agent() && access.organisation() == null)) {
            return Uni.createFrom().item(new Page(List.of(), null));
        }
        return store.readOnly().chain(() -> store.page(filter, after, size + 1)).map(found -> {
            boolean more = found.size() > size;
            List<ContractStore.Listed> page = more ? found.subList(0, size) : found;
            return new Page(page.stream().map(ContractStore.Listed::contract).toList(),
                    more ? page.get(page.size() - 1).sequence() : null);
        });
    }

    public Uni<List<LoggedEvent>> events(UUID id, Access access) {
        return get(id, access).chain(() -> reader.events(id));
    }

    // ------------------------------------------------------------------ changes

    @WithSpan
    @WithTransaction
    public Uni<ContractView> transition(UUID id, Set<Long> ifMatch, Commands.Transition command, Access access) {
        return forChange(id, access).flatMap(loaded -> {
            loaded.contract().requireVersion(ifMatch);
            if (command.action() == ContractAction.RENEW) {
                return renew(loaded, command, access);
            }
            Change change = Transitions.apply(loaded.contract(), command, context(access));
            return save(loaded, change).replaceWith(view(change.after()));
        });
    }

    /** Renews an expired contract: the old one becomes RENEWED, and the answer is the new one. */
    private Uni<ContractView> renew(Loaded loaded, Commands.Transition command, Access access) {
        Contract old = loaded.contract();
        return contracts.lock("doctor:" + old.rpps()).chain(() -> contracts.engagementsOf(old.rpps()))
                .flatMap(engagements -> {
                    Renewals.Outcome outcome = Renewals.renew(old, command, engagements, signatureMargin,
                            context(access));
                    Contract renewed = outcome.renewed().after();
                    return store.insert(renewed).chain(() -> store.log(outcome.renewed()))
                            .chain(() -> save(loaded, outcome.old())).replaceWith(view(renewed));
                });
    }

    /** Records the review of a contract year; the same review again changes nothing. */
    @WithSpan
    @WithTransaction
    public Uni<Reviewed> review(UUID id, Set<Long> ifMatch, Commands.Review command, Access access) {
        return forChange(id, access).flatMap(loaded -> {
            Reviews.Outcome outcome = Reviews.review(loaded.contract(), command, context(access));
            Change change = checked(outcome.change(), ifMatch);
            return save(loaded, change).replaceWith(new Reviewed(view(change.after()), outcome.replayed()));
        });
    }

    /** Records a payment; the same payment again (same reference) changes nothing. */
    @WithSpan
    @WithTransaction
    public Uni<Paid> pay(UUID id, Set<Long> ifMatch, Commands.Payment command, Access access) {
        return forChange(id, access).flatMap(loaded -> store.payment(id, command.reference()).flatMap(existing -> {
            Payments.Outcome outcome = Payments.pay(loaded.contract(), command, existing, context(access));
            Change change = checked(outcome.change(), ifMatch);
            Uni<Void> written = outcome.replayed() ? Uni.createFrom().voidItem()
                    : store.insert(outcome.payment()).chain(() -> save(loaded, change));
            return written.replaceWith(new Paid(outcome.payment(), view(change.after()), outcome.replayed()));
        }));
    }

    /** Sets or corrects the objective; the same objective again changes nothing. */
    @WithSpan
    @WithTransaction
    public Uni<ContractView> setObjective(UUID id, Set<Long> ifMatch, Commands.SetObjective command, Access access) {
        return forChange(id, access).flatMap(loaded -> {
            Change change = checked(ObjectiveRules.set(loaded.contract(), command, context(access)), ifMatch);
            return save(loaded, change).replaceWith(view(change.after()));
        });
    }

    /** Shares a contract with a partner organisation; sharing it again changes nothing. */
    @WithSpan
    @WithTransaction
    public Uni<ContractView> grant(UUID id, String organisation, Access access) {
        return forChange(id, access).flatMap(loaded -> grants.findById(new GrantEntity.Key(id, organisation))
                .flatMap(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().item(view(loaded.contract()));
                    }
                    GrantEntity grant = new GrantEntity();
                    grant.contractId = id;
                    grant.organisation = organisation;
                    grant.grantedAt = Instant.now(clock);
                    grant.grantedBy = access.actor();
                    // The organisation reads the contract's events from this one on (change feed).
                    return grants.persist(grant).chain(() -> store.append(accessChange(loaded.contract(),
                            "ACCESS_GRANTED", "Accès ouvert à " + organisation, access)))
                            .invoke(eventId -> grant.sinceEvent = eventId).replaceWith(view(loaded.contract()));
                }));
    }

    /** The organisations a contract is shared with, for the agents of its CPAM. */
    @WithSession
    public Uni<List<Grant>> grants(UUID id, Access access) {
        if (!access.agent()) {
            return Uni.createFrom().failure(new ContractNotFoundException(id));
        }
        return store.readOnly().chain(() -> visible(id, access, false)).chain(() -> grants.ofContract(id))
                .map(found -> found.stream().map(g -> new Grant(g.organisation, g.grantedAt, g.grantedBy)).toList());
    }

    @WithSpan
    @WithTransaction
    public Uni<ContractView> revoke(UUID id, String organisation, Access access) {
        return forChange(id, access).flatMap(loaded -> grants.revoke(id, organisation)
                .flatMap(deleted -> !deleted ? Uni.createFrom().item(view(loaded.contract()))
                        : logAccess(loaded.contract(), "ACCESS_REVOKED", "Accès retiré à " + organisation, access)
                                .replaceWith(view(loaded.contract()))));
    }

    // ------------------------------------------------------------------ helpers

    /** A change must be made on the version the caller read; finding the same request again needs no version. */
    private static Change checked(Change change, Set<Long> ifMatch) {
        if (change.changed()) {
            change.before().requireVersion(ifMatch);
        }
        return change;
    }

    private Uni<Void> save(Loaded loaded, Change change) {
        return !change.changed() ? Uni.createFrom().voidItem()
                : store.save(loaded, change.after()).chain(() -> store.log(change));
    }

    /** Changes are for the agents of the contract's CPAM. */
    private Uni<Loaded> forChange(UUID id, Access access) {
        return access.agent() ? visible(id, access, true) : Uni.createFrom().failure(new ContractNotFoundException(id));
    }

    /**
     * The contract if the caller may see it (otherwise, as for a contract that does not exist, 404).
     * Locked for a change, it is first brought to its term when that is over.
     */
    private Uni<Loaded> visible(UUID id, Access access, boolean forUpdate) {
        return store.load(id, forUpdate).flatMap(loaded -> {
            if (loaded == null || (access.agent() && !access.cpamCode().equals(loaded.contract().cpamCode()))) {
                return Uni.createFrom().failure(new ContractNotFoundException(id));
            }
            Uni<Boolean> allowed = access.agent() ? Uni.createFrom().item(true)
                    : access.organisation() == null ? Uni.createFrom().item(false)
                            : grants.granted(id, access.organisation());
            return allowed.flatMap(ok -> !ok ? Uni.createFrom().failure(new ContractNotFoundException(id))
                    : forUpdate ? atTerm(loaded) : Uni.createFrom().item(loaded));
        });
    }

    private Uni<Loaded> atTerm(Loaded loaded) {
        Change change = Transitions.atTerm(loaded.contract(), context(Transitions.SYSTEM));
        return !change.changed() ? Uni.createFrom().item(loaded)
                : save(loaded, change).chain(() -> store.load(loaded.contract().id(), true));
    }

    private Uni<Void> logAccess(Contract contract, String type, String reason, Access access) {
        return store.log(accessChange(contract, type, reason, access));
    }

    private Change accessChange(Contract contract, String type, String reason, Access access) {
        return new Change(contract, contract.toBuilder().updatedAt(Instant.now(clock)).build(),
                new Change.Event(type, today(), reason, access.actor()));
    }

    /** The rulebook in force, taken once for a signature: its command is read and checked against the same. */
    public Rulebook rulebook() {
        return rulebooks.rulebook();
    }

    private Context context(Access access) {
        return context(access.actor());
    }

    private Context context(String actor) {
        return new Context(rulebooks.rulebook(), today(), Instant.now(clock), actor);
    }

    private ContractView view(Contract contract) {
        return ContractView.of(contract, today());
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean isUniqueViolation(Throwable failure) {
        return causes(failure, t -> t.getMessage() != null && (t.getMessage().contains("23505")
                || t.getMessage().contains("duplicate key")));
    }

    /** Another transaction got in the way: an optimistic check failed, or PostgreSQL broke a deadlock. */
    public static boolean isConcurrentUpdate(Throwable failure) {
        return causes(failure, t -> t instanceof jakarta.persistence.OptimisticLockException
                || t instanceof org.hibernate.StaleStateException
                || (t instanceof io.vertx.pgclient.PgException pg && ("40P01".equals(pg.getSqlState())
                        || "40001".equals(pg.getSqlState()))));
    }

    private static boolean causes(Throwable failure, Function<Throwable, Boolean> test) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (test.apply(t)) {
                return true;
            }
        }
        return false;
    }
}
