package fr.assistantmedical.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.assistantmedical.contract.Commands.Initiator;
import fr.assistantmedical.contract.persistence.ContractEntity;
import fr.assistantmedical.contract.persistence.ContractRepository;
import fr.assistantmedical.contract.persistence.ContractYearEntity;
import fr.assistantmedical.contract.persistence.ContractYearRepository;
import fr.assistantmedical.contract.persistence.EventEntity;
import fr.assistantmedical.contract.persistence.EventRepository;
import fr.assistantmedical.contract.persistence.GrantEntity;
import fr.assistantmedical.contract.persistence.GrantRepository;
import fr.assistantmedical.contract.persistence.IdempotencyKeyEntity;
import fr.assistantmedical.contract.persistence.IdempotencyKeyRepository;
import fr.assistantmedical.contract.persistence.PaymentEntity;
import fr.assistantmedical.contract.persistence.PaymentRepository;
import fr.assistantmedical.contract.persistence.ReviewEntity;
import fr.assistantmedical.contract.persistence.ReviewRepository;
import fr.assistantmedical.rulebook.RulebookProvider;
import fr.assistantmedical.rules.AidDue;
import fr.assistantmedical.rules.ContractYears;
import fr.assistantmedical.rules.EligibilityStatus;
import fr.assistantmedical.rules.IndicatorObjective;
import fr.assistantmedical.rules.Objective;
import fr.assistantmedical.rules.OptionSimulation;
import fr.assistantmedical.rules.ParameterNames;
import fr.assistantmedical.rules.Profile;
import fr.assistantmedical.rules.Rulebook;
import fr.assistantmedical.rules.ScheduleYear;
import fr.assistantmedical.rules.Simulation;
import fr.assistantmedical.rules.Text;
import fr.assistantmedical.rules.Warning;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.FlushMode;

/**
 * Signs and follows aid contracts. Every change runs in one transaction that also appends its event
 * (with the state before and after), so nothing is half-written; the contract's version guards
 * against concurrent changes.
 */
@ApplicationScoped
public class ContractService {

    public static final String SYSTEM = "system";

    /** The result of a signature: the contract, and whether it was already signed under the same key. */
    public record Signed(ContractState state, boolean replayed) {
    }

    /** The result of a review: the review and the contract after it; replayed when it already existed. */
    public record Reviewed(ReviewEntity review, ContractState state, boolean replayed) {
    }

    public record Paid(PaymentEntity payment, ContractState state, boolean replayed) {
    }

    public record Page(List<ContractEntity> contracts, Long nextCursor) {
    }

    private final ContractRepository contracts;
    private final ContractYearRepository years;
    private final ReviewRepository reviews;
    private final PaymentRepository payments;
    private final EventRepository events;
    private final IdempotencyKeyRepository keys;
    private final GrantRepository grants;
    private final RulebookProvider rulebooks;
    private final Clock clock;
    private final ObjectMapper json;

    ContractService(ContractRepository contracts, ContractYearRepository years, ReviewRepository reviews,
            PaymentRepository payments, EventRepository events, IdempotencyKeyRepository keys, GrantRepository grants,
            RulebookProvider rulebooks, Clock clock, ObjectMapper json) {
        this.contracts = contracts;
        this.years = years;
        this.reviews = reviews;
        this.payments = payments;
        this.events = events;
        this.keys = keys;
        this.grants = grants;
        this.rulebooks = rulebooks;
        this.clock = clock;
        this.json = json;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ------------------------------------------------------------------ signing

    /**
     * Signs a contract. With an idempotency key, a retry of the same request returns the contract
     * first signed; the same key with another request is refused.
     */
    public Uni<Signed> sign(Commands.Sign command, String clientKey, Access access) {
        if (!access.agent() || !access.cpamCode().equals(command.cpamCode())) {
            return Uni.createFrom().failure(new ForbiddenCpamException(command.cpamCode()));
        }
        String actor = access.actor();
        // Keys are scoped to the CPAM: another CPAM's key never reveals its contract.
        String idempotencyKey = clientKey == null ? null : access.cpamCode() + ":" + clientKey;
        String hash = hash(command.toString());
        return Panache.withTransaction(() -> replay(idempotencyKey, hash).flatMap(existing -> existing != null
                ? Uni.createFrom().item(existing)
                : create(command, null, actor).flatMap(state -> rememberKey(idempotencyKey, hash, state)
                        .replaceWith(new Signed(state, false)))))
                // Two retries racing with one key: the loser finds the winner's contract.
                .onFailure(ContractService::isUniqueViolation).recoverWithUni(failure -> idempotencyKey == null
                        ? Uni.createFrom().failure(failure)
                        : Panache.withSession(() -> replay(idempotencyKey, hash)));
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
            return contracts.findById(found.contractId).flatMap(c -> years.ofContract(c.id)
                    .flatMap(ys -> reviews.ofContract(c.id).map(rs -> new Signed(new ContractState(c, ys, rs), true))));
        });
    }

    private Uni<Void> rememberKey(String key, String hash, ContractState state) {
        if (key == null) {
            return Uni.createFrom().voidItem();
        }
        IdempotencyKeyEntity entity = new IdempotencyKeyEntity();
        entity.key = key;
        entity.requestHash = hash;
        entity.contractId = state.contract().id;
        entity.createdAt = Instant.now(clock);
        return keys.persistAndFlush(entity).replaceWithVoid();
    }

    private Uni<ContractState> create(Commands.Sign command, UUID previous, String actor) {
        Rulebook rulebook = rulebooks.rulebook();
        Profile profile = command.profile();
        Simulation simulation = rulebooks.simulator().simulate(profile, command.option(), false);
        if (simulation.eligibility().status() != EligibilityStatus.ELIGIBLE) {
            return Uni.createFrom().failure(new NotEligibleException("Le médecin n'est pas éligible au "
                    + Text.date(profile.asOf()) + " (" + simulation.eligibility().status() + ").",
                    simulation.eligibility()));
        }
        if (simulation.simulations().isEmpty()) {
            return Uni.createFrom().failure(new NotEligibleException("L'option " + command.option().label()
                    + " ne peut pas être souscrite au " + Text.date(profile.asOf()) + ".", simulation.eligibility()));
        }
        OptionSimulation schedule = simulation.simulations().get(0);
        Instant now = Instant.now(clock);
        ContractEntity c = new ContractEntity();
        c.id = UUID.randomUUID();
        c.rpps = command.rpps();
        c.cpamCode = command.cpamCode();
        c.specialty = profile.specialty();
        c.sector = (short) profile.sector();
        c.optam = profile.optam();
        c.option = command.option();
        c.signedOn = profile.asOf();
        c.regime = simulation.eligibility().regime().code();
        c.patientsMt = profile.patientsMt();
        c.patientsFileActive = profile.patientsFileActive();
        c.percentileBand = profile.percentileBand();
        c.priorityZone = profile.priorityZone();
        c.groupPractice = profile.groupPractice();
        c.ccamShare = profile.ccamShare();
        c.age = profile.age() == null ? null : profile.age().shortValue();
        c.installedOn = profile.installedOn();
        objective(c, schedule.objective(), command);
        c.provisional = simulation.provisional();
        c.rulebookVersion = rulebook.version();
        c.status = ContractStatus.SIGNED;
        c.version = 0;
        c.previousContractId = previous;
        c.createdAt = now;
        c.createdBy = actor;
        c.updatedAt = now;
        List<ContractYearEntity> scheduleYears = new ArrayList<>();
        for (ScheduleYear y : schedule.years()) {
            ContractYearEntity year = new ContractYearEntity();
            year.contractId = c.id;
            year.contractYear = (short) y.contractYear();
            year.startsOn = y.from();
            year.endsOn = y.to();
            year.regime = y.regime().code();
            year.amountRow = y.row().key();
            year.maxAid = y.maxAid();
            year.objectiveChecked = y.objectiveChecked();
            year.amountPaid = BigDecimal.ZERO.setScale(2);
            scheduleYears.add(year);
        }
        ContractState state = new ContractState(c, scheduleYears, List.of());
        return contracts.persist(c).chain(() -> years.persist(scheduleYears)).chain(() -> contracts.flush())
                .chain(() -> appendEvent(state, null, "SIGNED", c.signedOn,
                        previous == null ? null : "Renouvellement du contrat " + previous, actor))
                .replaceWith(state);
    }

    /** The objective the CPAM set wins over the rules' one; a count without a target has no objective. */
    private static void objective(ContractEntity c, Objective computed, Commands.Sign command) {
        IndicatorObjective mt = computed == null ? null : computed.patientsMt();
        IndicatorObjective fa = computed == null ? null : computed.patientsFileActive();
        c.objectiveBasis = computed == null ? null : computed.basis().name();
        c.objectiveSetBy = "RULEBOOK";
        if (command.targetMt() != null || command.targetFa() != null) {
            c.objectiveSetBy = "CPAM";
        }
        c.objectiveMtStart = command.targetMt() != null ? c.patientsMt : mt == null ? null : mt.start();
        c.objectiveMtTarget = command.targetMt() != null ? command.targetMt() : mt == null ? null : mt.target();
        c.objectiveMtMinimum = command.targetMt() != null ? null : mt == null ? null : mt.minimum();
        c.objectiveFaStart = command.targetFa() != null ? c.patientsFileActive : fa == null ? null : fa.start();
        c.objectiveFaTarget = command.targetFa() != null ? command.targetFa() : fa == null ? null : fa.target();
        c.objectiveFaMinimum = command.targetFa() != null ? null : fa == null ? null : fa.minimum();
    }

    // ------------------------------------------------------------------ reading

    /** The contract, expired first if its term is over (a concurrent reader may have done it). */
    public Uni<ContractState> get(UUID id, Access access) {
        return readOnly(() -> state(id, access)).flatMap(state -> !expiryDue(state)
                ? Uni.createFrom().item(state)
                : Panache.withTransaction(() -> load(id, access))
                        .onFailure(ContractService::isConcurrentUpdate)
                        .recoverWithUni(() -> readOnly(() -> state(id, access))));
    }

    /** A session that only reads: no snapshots kept for dirty checking, no flush before each query. */
    private static <T> Uni<T> readOnly(Supplier<Uni<T>> work) {
        return Panache.withSession(() -> Panache.getSession().invoke(session -> {
            session.setDefaultReadOnly(true);
            session.setFlushMode(FlushMode.MANUAL);
        }).chain(session -> work.get()));
    }

    private boolean expiryDue(ContractState state) {
        return ContractLifecycle.expires(state.contract().status) && today().isAfter(state.lastYear().endsOn);
    }

    /** The contracts the caller may see: an agent's CPAM, or those shared with a partner. */
    public Uni<Page> list(ContractRepository.Filter requested, Long after, int size, Access access) {
        ContractRepository.Filter filter = access.agent()
                ? new ContractRepository.Filter(requested.rpps(), access.cpamCode(), requested.status(),
                        requested.specialty(), null)
                : new ContractRepository.Filter(requested.rpps(), requested.cpamCode(), requested.status(),
                        requested.specialty(), access.organisation());
        boolean otherCpam = access.agent() && requested.cpamCode() != null
                && !requested.cpamCode().equals(access.cpamCode());
        if (otherCpam || (!access.agent() && access.organisation() == null)) {
            return Uni.createFrom().item(new Page(List.of(), null));
        }
        return readOnly(() -> contracts.page(filter, after, size + 1)).map(found -> {
            boolean more = found.size() > size;
            List<ContractEntity> page = more ? found.subList(0, size) : found;
            return new Page(page, more ? page.get(page.size() - 1).seq : null);
        });
    }

    public Uni<List<EventEntity>> events(UUID id, Access access) {
        return get(id, access).flatMap(state -> readOnly(() -> events.ofContract(id)));
    }

    /** Shares a contract with a partner organisation; sharing it again changes nothing. */
    public Uni<ContractState> grant(UUID id, String organisation, Access access) {
        return Panache.withTransaction(() -> load(id, access).flatMap(state -> grants
                .findById(new GrantEntity.Key(id, organisation)).flatMap(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().item(state);
                    }
                    GrantEntity grant = new GrantEntity();
                    grant.contractId = id;
                    grant.organisation = organisation;
                    grant.grantedAt = Instant.now(clock);
                    grant.grantedBy = access.actor();
                    String snapshot = snapshot(state);
                    return grants.persist(grant).chain(() -> appendEvent(state, snapshot, "ACCESS_GRANTED",
                            today(), "Accès ouvert à " + organisation, access.actor())).replaceWith(state);
                })));
    }

    public Uni<ContractState> revoke(UUID id, String organisation, Access access) {
        return Panache.withTransaction(() -> load(id, access).flatMap(state -> grants
                .deleteById(new GrantEntity.Key(id, organisation)).flatMap(deleted -> {
                    if (!deleted) {
                        return Uni.createFrom().item(state);
                    }
                    String snapshot = snapshot(state);
                    return appendEvent(state, snapshot, "ACCESS_REVOKED", today(), "Accès retiré à " + organisation,
                            access.actor()).replaceWith(state);
                })));
    }

    /** The contract if the caller may see it; otherwise, as for a contract that does not exist, 404. */
    private Uni<ContractState> state(UUID id, Access access) {
        return contracts.findById(id).flatMap(c -> {
            if (c == null || (access.agent() && !access.cpamCode().equals(c.cpamCode))) {
                return Uni.createFrom().failure(new ContractNotFoundException(id));
            }
            Uni<Boolean> visible = access.agent() ? Uni.createFrom().item(true)
                    : access.organisation() == null ? Uni.createFrom().item(false)
                            : grants.granted(id, access.organisation());
            return visible.flatMap(ok -> !ok ? Uni.createFrom().failure(new ContractNotFoundException(id))
                    : years.ofContract(id).flatMap(ys -> reviews.ofContract(id)
                            .map(rs -> new ContractState(c, ys, rs))));
        });
    }

    /** Changes are for the agents of the contract's CPAM. */
    private Uni<ContractState> loadForChange(UUID id, Access access) {
        return access.agent() ? load(id, access) : Uni.createFrom().failure(new ContractNotFoundException(id));
    }

    /** Loads the contract in the current transaction and records its expiry when its term is over. */
    private Uni<ContractState> load(UUID id, Access access) {
        return state(id, access).flatMap(state -> {
            ContractEntity c = state.contract();
            LocalDate term = state.lastYear().endsOn;
            if (!expiryDue(state)) {
                return Uni.createFrom().item(state);
            }
            String before = snapshot(state);
            c.status = ContractStatus.EXPIRED;
            c.endsOn = term;
            return touchAndLog(state, before, "EXPIRED", term.plusDays(1), "Fin de la dernière année du contrat",
                    SYSTEM);
        });
    }

    // ------------------------------------------------------------------ changes

    public Uni<ContractState> transition(UUID id, Long ifMatch, Commands.Transition command, Access access) {
        String actor = access.actor();
        return Panache.withTransaction(() -> loadForChange(id, access).flatMap(state -> {
            checkVersion(state, ifMatch);
            ContractEntity c = state.contract();
            ContractStatus next = ContractLifecycle.next(c.status, command.action());
            LocalDate effective = effectiveDate(state, command);
            String before = snapshot(state);
            String eventType = switch (command.action()) {
                case ACTIVATE -> {
                    c.assistantHiredOn = effective;
                    yield "ACTIVATED";
                }
                case SUSPEND -> "SUSPENDED";
                case RESUME -> "RESUMED";
                case TERMINATE -> {
                    c.endsOn = effective;
                    yield "TERMINATED";
                }
                case RENEW -> "RENEWED";
            };
            c.status = next;
            if (command.action() != ContractAction.RENEW) {
                return touchAndLog(state, before, eventType, effective, command.reason(), actor);
            }
            return create(renewal(c, command.renewal(), effective), c.id, actor).flatMap(renewed -> {
                c.renewedById = renewed.contract().id;
                return touchAndLog(state, before, eventType, effective, command.reason(), actor).replaceWith(renewed);
            });
        }));
    }

    private LocalDate effectiveDate(ContractState state, Commands.Transition command) {
        ContractEntity c = state.contract();
        LocalDate today = today();
        LocalDate date = command.effectiveDate();
        if (command.action() == ContractAction.RENEW) {
            LocalDate earliest = c.endsOn.plusDays(1);
            if (date == null) {
                return earliest;
            }
            require(!date.isBefore(earliest), "la date de renouvellement ne peut précéder le " + earliest);
            return date;
        }
        require(date != null, "la date d'effet est obligatoire");
        require(!date.isBefore(c.signedOn), "la date d'effet précède la signature (" + c.signedOn + ")");
        switch (command.action()) {
            case ACTIVATE -> require(!date.isAfter(today), "la date d'embauche ne peut être dans le futur");
            case SUSPEND, RESUME -> {
                require(!date.isAfter(today), "la date d'effet ne peut être dans le futur");
                require(c.assistantHiredOn == null || !date.isBefore(c.assistantHiredOn),
                        "la date d'effet précède l'embauche de l'assistant (" + c.assistantHiredOn + ")");
            }
            case TERMINATE -> {
                if (command.initiator() == null) {
                    throw new ContractValidationException("initiator", "préciser qui résilie : DOCTOR ou CPAM");
                }
                if (command.initiator() == Initiator.DOCTOR) {
                    int notice = rulebooks.rulebook().parameter(ParameterNames.TERMINATION_NOTICE)
                            .flatMap(p -> p.at(c.signedOn)).map(v -> v.asInteger()).orElse(0);
                    LocalDate earliest = today.plusMonths(notice);
                    require(!date.isBefore(earliest), "une résiliation par le médecin demande un préavis de " + notice
                            + " mois : au plus tôt le " + earliest);
                }
            }
            default -> {
            }
        }
        if (command.action() == ContractAction.SUSPEND || command.action() == ContractAction.TERMINATE) {
            if (command.reason() == null || command.reason().isBlank()) {
                throw new ContractValidationException("reason", "le motif est obligatoire");
            }
        }
        return date;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new ContractValidationException("effectiveDate", message);
        }
    }

    private static Commands.Sign renewal(ContractEntity old, Commands.Renewal renewal, LocalDate signedOn) {
        Commands.Renewal r = renewal == null ? new Commands.Renewal(null, null, null, null, null, null) : renewal;
        Profile profile = new Profile(signedOn, old.specialty, old.sector, old.optam,
                r.patientsMt() != null ? r.patientsMt() : old.patientsMt,
                r.patientsFileActive() != null ? r.patientsFileActive() : old.patientsFileActive, old.ccamShare,
                old.age == null ? null : old.age + (signedOn.getYear() - old.signedOn.getYear()), null,
                old.priorityZone, old.groupPractice,
                r.percentileBand() != null ? r.percentileBand() : old.percentileBand);
        return new Commands.Sign(old.rpps, old.cpamCode, profile, r.option() != null ? r.option() : old.option,
                r.targetMt(), r.targetFa());
    }

    public Uni<Reviewed> review(UUID id, Long ifMatch, Commands.Review command, Access access) {
        String actor = access.actor();
        String hash = hash(command.toString());
        return Panache.withTransaction(() -> loadForChange(id, access).flatMap(state -> {
            ContractEntity c = state.contract();
            ContractYearEntity year = checkYear(state, command.contractYear());
            ReviewEntity existing = state.reviews().stream().filter(r -> r.contractYear == year.contractYear)
                    .findFirst().orElse(null);
            if (existing != null) {
                if (existing.requestHash.equals(hash)) {
                    return Uni.createFrom().item(new Reviewed(existing, state, true));
                }
                return Uni.createFrom().failure(new ContractConflictException("review-exists",
                        "L'année " + command.contractYear() + " a déjà été revue le " + existing.reviewedOn
                                + " avec d'autres données."));
            }
            if (!ContractLifecycle.reviewable(c.status)) {
                throw new InvalidTransitionException(c.status, null, ContractLifecycle.allowed(c.status));
            }
            checkVersion(state, ifMatch);
            requireCount(c.objectiveMtTarget, command.patientsMt(), "patientsMt");
            requireCount(c.objectiveFaTarget, command.patientsFileActive(), "patientsFileActive");
            AidDue.Result result;
            try {
                result = AidDue.review(rulebooks.rulebook(), c.signedOn, command.contractYear(), year.maxAid,
                        target(c.objectiveMtStart, c.objectiveMtTarget, c.objectiveMtMinimum),
                        target(c.objectiveFaStart, c.objectiveFaTarget, c.objectiveFaMinimum),
                        command.patientsMt(), command.patientsFileActive(), false);
            } catch (AidDue.ObjectiveUnknownException e) {
                throw new ContractConflictException("objective-unknown", "Le contrat ne porte pas d'objectif "
                        + "mesurable : l'aide de l'année " + command.contractYear() + " ne peut être modulée.");
            }
            String before = snapshot(state);
            ReviewEntity review = new ReviewEntity();
            review.id = UUID.randomUUID();
            review.contractId = c.id;
            review.contractYear = year.contractYear;
            review.patientsMt = command.patientsMt();
            review.patientsFileActive = command.patientsFileActive();
            review.difficulties = command.difficulties();
            review.achievementMt = result.achievementMt();
            review.achievementFa = result.achievementFa();
            review.achievement = result.achievement();
            review.maxAid = year.maxAid;
            review.amountDue = result.amountDue();
            review.provisional = result.provisional();
            review.warnings = toJson(result.warnings());
            review.requestHash = hash;
            review.reviewedOn = today();
            review.createdAt = Instant.now(clock);
            review.createdBy = actor;
            year.amountDue = result.amountDue();
            List<ReviewEntity> allReviews = new ArrayList<>(state.reviews());
            allReviews.add(review);
            ContractState after = new ContractState(c, state.years(), allReviews);
            return reviews.persist(review).chain(() -> touchAndLog(after, before, "REVIEWED", review.reviewedOn,
                    "Revue de l'année " + command.contractYear(), actor))
                    .map(s -> new Reviewed(review, s, false));
        }));
    }

    public Uni<Paid> pay(UUID id, Long ifMatch, Commands.Payment command, Access access) {
        String actor = access.actor();
        return Panache.withTransaction(() -> loadForChange(id, access).flatMap(state -> {
            ContractEntity c = state.contract();
            ContractYearEntity year = checkYear(state, command.contractYear());
            return payments.byReference(id, command.reference()).flatMap(existing -> {
                if (existing != null) {
                    if (existing.contractYear == year.contractYear && existing.amount.compareTo(command.amount()) == 0) {
                        return Uni.createFrom().item(new Paid(existing, state, true));
                    }
                    return Uni.createFrom().failure(new ContractConflictException("payment-reference-exists",
                            "Le paiement " + command.reference() + " est déjà enregistré avec d'autres données."));
                }
                if (c.status == ContractStatus.SIGNED) {
                    throw new InvalidTransitionException(c.status, null, ContractLifecycle.allowed(c.status));
                }
                checkVersion(state, ifMatch);
                BigDecimal ceiling = year.amountDue != null ? year.amountDue : year.maxAid;
                BigDecimal paid = year.amountPaid.add(command.amount());
                if (ceiling == null || paid.compareTo(ceiling) > 0) {
                    throw new ContractConflictException("payment-exceeds-aid", "Ce paiement porterait le total versé "
                            + "pour l'année " + command.contractYear() + " à " + paid + " €, au-delà de "
                            + (year.amountDue != null ? "l'aide due (" : "l'aide maximale (") + ceiling + " €).");
                }
                String before = snapshot(state);
                PaymentEntity payment = new PaymentEntity();
                payment.id = UUID.randomUUID();
                payment.contractId = id;
                payment.contractYear = year.contractYear;
                payment.amount = command.amount();
                payment.paidOn = command.paidOn();
                payment.reference = command.reference();
                payment.createdAt = Instant.now(clock);
                payment.createdBy = actor;
                year.amountPaid = paid;
                return payments.persist(payment).chain(() -> touchAndLog(state, before, "PAYMENT_RECORDED",
                        command.paidOn(), "Paiement " + command.reference() + " de " + command.amount() + " €", actor))
                        .map(s -> new Paid(payment, s, false));
            });
        }));
    }

    /** A contract year that has started and falls within the contract. */
    private ContractYearEntity checkYear(ContractState state, int n) {
        ContractYearEntity year = state.year(n);
        if (year == null) {
            throw new ContractValidationException("contractYear", "le contrat compte " + state.years().size()
                    + " années");
        }
        if (year.startsOn.isAfter(today())) {
            throw new ContractValidationException("contractYear", "l'année " + n + " commence le " + year.startsOn
                    + " : elle ne peut pas encore être revue ni payée");
        }
        LocalDate end = state.contract().endsOn;
        if (end != null && year.startsOn.isAfter(end)) {
            throw new ContractValidationException("contractYear", "le contrat a pris fin le " + end);
        }
        return year;
    }

    private static void requireCount(Integer target, Integer observed, String field) {
        if (target != null && observed == null) {
            throw new ContractValidationException(field, "le contrat porte un objectif sur ce nombre de patients");
        }
    }

    private static AidDue.Target target(Integer start, Integer target, Integer minimum) {
        return start == null || target == null ? null : new AidDue.Target(start, target, minimum);
    }

    private static void checkVersion(ContractState state, Long ifMatch) {
        if (ifMatch != null && ifMatch != state.contract().version) {
            throw new PreconditionFailedException(state.contract().version);
        }
    }

    /**
     * Moves the contract to its next version, then appends the event. The conditional update takes the
     * row lock and fails when another transaction changed the contract since it was read: exactly one
     * change wins per version.
     */
    private Uni<ContractState> touchAndLog(ContractState state, String before, String type, LocalDate effective,
            String reason, String actor) {
        ContractEntity c = state.contract();
        long expected = c.version;
        Instant now = Instant.now(clock);
        return contracts.update("version = version + 1, updatedAt = ?1 where id = ?2 and version = ?3", now, c.id,
                expected).flatMap(updated -> {
                    if (updated != 1) {
                        return Uni.createFrom().failure(new ConcurrentUpdateException());
                    }
                    c.version = expected + 1;
                    c.updatedAt = now;
                    return contracts.flush();
                }).chain(() -> appendEvent(state, before, type, effective, reason, actor)).replaceWith(state);
    }

    private Uni<Void> appendEvent(ContractState state, String before, String type, LocalDate effective,
            String reason, String actor) {
        EventEntity event = new EventEntity();
        event.contractId = state.contract().id;
        event.occurredAt = Instant.now(clock);
        event.actor = actor;
        event.type = type;
        event.effectiveDate = effective;
        event.reason = reason;
        event.stateBefore = before;
        event.stateAfter = snapshot(state);
        return events.persist(event).replaceWithVoid();
    }

    // ------------------------------------------------------------------ helpers

    /** What an event records of the contract: enough to replay its state. */
    public record Snapshot(ContractStatus status, long version, LocalDate assistantHiredOn, LocalDate endsOn,
            UUID renewedById, List<YearSnapshot> years) {
    }

    public record YearSnapshot(int contractYear, BigDecimal amountDue, BigDecimal amountPaid) {
    }

    private String snapshot(ContractState state) {
        ContractEntity c = state.contract();
        return toJson(new Snapshot(c.status, c.version, c.assistantHiredOn, c.endsOn,
                c.renewedById, state.years().stream()
                        .map(y -> new YearSnapshot(y.contractYear, y.amountDue, y.amountPaid)).toList()));
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Warning> warnings(ReviewEntity review) {
        try {
            return List.of(json.readValue(review.warnings, Warning[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
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

    public static boolean isUniqueViolation(Throwable failure) {
        return causes(failure, t -> t.getMessage() != null && (t.getMessage().contains("23505")
                || t.getMessage().contains("duplicate key")));
    }

    public static boolean isConcurrentUpdate(Throwable failure) {
        return causes(failure, t -> t instanceof ConcurrentUpdateException
                || t instanceof jakarta.persistence.OptimisticLockException
                || t instanceof org.hibernate.StaleStateException);
    }

    private static boolean causes(Throwable failure, Function<Throwable, Boolean> test) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (test.apply(t)) {
                return true;
            }
        }
        return false;
    }

    /** The contract year in progress on {@code date}, or 0 before the signature. */
    public static int currentYear(ContractState state, LocalDate date) {
        return ContractYears.yearOn(state.contract().signedOn, date);
    }
}
