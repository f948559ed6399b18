package fr.assistantmedical.contract.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.assistantmedical.contract.core.Change;
import fr.assistantmedical.contract.core.Contract;
import fr.assistantmedical.contract.core.ContractFilter;
import fr.assistantmedical.contract.core.ContractSummary;
import fr.assistantmedical.contract.core.ContractYear;
import fr.assistantmedical.contract.core.Payment;
import fr.assistantmedical.contract.core.Review;
import fr.assistantmedical.contract.core.Snapshot;
import fr.assistantmedical.contract.core.Suspension;
import fr.assistantmedical.rules.Warning;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.FlushMode;

/**
 * Contracts in PostgreSQL: loads a contract with its years, reviews and suspensions as the rules
 * see it, and writes back what a rule changed, with the event of the change.
 */
@ApplicationScoped
public class ContractStore {

    /** A contract as loaded, with the rows it came from (managed by the current session). */
    public record Loaded(ContractEntity entity, List<ContractYearEntity> years, List<SuspensionEntity> suspensions,
            Contract contract) {
    }

    private final ContractRepository contracts;
    private final ContractYearRepository years;
    private final ReviewRepository reviews;
    private final SuspensionRepository suspensions;
    private final PaymentRepository payments;
    private final EventRepository events;
    private final ObjectMapper json;

    ContractStore(ContractRepository contracts, ContractYearRepository years, ReviewRepository reviews,
            SuspensionRepository suspensions, PaymentRepository payments, EventRepository events, ObjectMapper json) {
        this.contracts = contracts;
        this.years = years;
        this.reviews = reviews;
        this.suspensions = suspensions;
        this.payments = payments;
        this.events = events;
        this.json = json;
    }

    /** The current session only reads: no snapshots kept for dirty checking, no flush before each query. */
    public Uni<Void> readOnly() {
        return contracts.getSession().invoke(session -> {
            session.setDefaultReadOnly(true);
            session.setFlushMode(FlushMode.MANUAL);
        }).replaceWithVoid();
    }

    /** The current session writes again, from a clean state. */
    public Uni<Void> writable() {
        return contracts.getSession().invoke(session -> {
            session.clear();
            session.setDefaultReadOnly(false);
            session.setFlushMode(FlushMode.AUTO);
        }).replaceWithVoid();
    }

    /** The contract, or null; {@code forUpdate} locks its row until the transaction ends. */
    public Uni<Loaded> load(UUID id, boolean forUpdate) {
        Uni<ContractEntity> found = forUpdate ? contracts.findById(id, LockModeType.PESSIMISTIC_WRITE)
                : contracts.findById(id);
        return found.flatMap(c -> c == null ? Uni.createFrom().nullItem() : years.ofContract(id)
                .flatMap(ys -> reviews.ofContract(id).flatMap(rs -> suspensions.ofContract(id)
                        .map(ss -> new Loaded(c, ys, ss, ContractRecords.contract(c, ys, rs, ss, this::warnings))))));
    }

    public Uni<Void> insert(Contract contract) {
        ContractEntity entity = new ContractEntity();
        ContractRecords.write(contract, entity, toJson(contract.signingWarnings()));
        List<ContractYearEntity> rows = new ArrayList<>();
        for (ContractYear y : contract.years()) {
            ContractYearEntity row = new ContractYearEntity();
            row.contractId = contract.id();
            ContractRecords.write(y, row);
            rows.add(row);
        }
        return contracts.persist(entity).chain(() -> years.persist(rows)).chain(contracts::flush);
    }

    /** Writes back what changed between the contract as loaded and {@code after}. */
    public Uni<Void> save(Loaded loaded, Contract after) {
        ContractRecords.write(after, loaded.entity(), toJson(after.signingWarnings()));
        List<Supplier<Uni<?>>> writes = new ArrayList<>();
        Map<Integer, ContractYearEntity> rows = new HashMap<>();
        loaded.years().forEach(row -> rows.put((int) row.contractYear, row));
        for (ContractYear y : after.years()) {
            ContractYearEntity row = rows.remove(y.number());
            if (row == null) {
                ContractYearEntity fresh = new ContractYearEntity();
                fresh.contractId = after.id();
                ContractRecords.write(y, fresh);
                writes.add(() -> years.persist(fresh));
            } else {
                ContractRecords.write(y, row);
            }
        }
        rows.values().forEach(row -> writes.add(() -> years.delete(row)));
        Set<UUID> known = new HashSet<>(loaded.contract().reviews().stream().map(Review::id).toList());
        for (Review r : after.reviews()) {
            if (!known.contains(r.id())) {
                writes.add(() -> reviews.persist(ContractRecords.entity(r, toJson(r.warnings()))));
            }
        }
        Map<LocalDate, SuspensionEntity> periods = new HashMap<>();
        loaded.suspensions().forEach(s -> periods.put(s.startsOn, s));
        for (Suspension s : after.suspensions()) {
            SuspensionEntity row = periods.get(s.from());
            if (row == null) {
                SuspensionEntity fresh = new SuspensionEntity();
                fresh.contractId = after.id();
                fresh.startsOn = s.from();
                fresh.endsOn = s.to();
                writes.add(() -> suspensions.persist(fresh));
            } else {
                row.endsOn = s.to();
            }
        }
        Uni<?> chain = Uni.createFrom().voidItem();
        for (Supplier<Uni<?>> write : writes) {
            chain = chain.chain(write);
        }
        return chain.chain(contracts::flush);
    }

    /** Appends the event of a change, with the contract's state before and after it. */
    public Uni<Void> log(Change change) {
        return append(change).replaceWithVoid();
    }

    /** Appends the event of a change; its id in the log. */
    public Uni<Long> append(Change change) {
        Change.Event e = change.event();
        EventEntity event = new EventEntity();
        event.contractId = change.after().id();
        event.occurredAt = change.after().updatedAt();
        event.actor = e.actor();
        event.type = e.type();
        event.effectiveDate = e.effectiveDate();
        event.reason = e.reason();
        event.stateBefore = change.before() == null ? null : toJson(Snapshot.of(change.before()));
        event.stateAfter = toJson(Snapshot.of(change.after()));
        return events.persist(event).map(persisted -> persisted.id);
    }

    public Uni<Payment> payment(UUID contractId, String reference) {
        return payments.byReference(contractId, reference).map(ContractRecords::payment);
    }

    public Uni<Void> insert(Payment payment) {
        return payments.persist(ContractRecords.entity(payment)).replaceWithVoid();
    }

    /** A contract of a list, with its insertion order (the cursor of the next page). */
    public record Listed(long sequence, ContractSummary contract) {
    }

    public Uni<List<Listed>> page(ContractFilter filter, Long after, int size) {
        return contracts.page(filter, after, size).map(list -> list.stream().map(c -> new Listed(c.seq,
                new ContractSummary(c.id, c.rpps, c.cpamCode, c.specialty, c.option, c.signedOn, c.regime, c.status,
                        c.version))).toList());
    }

    private List<Warning> warnings(String text) {
        try {
            return text == null ? List.of() : List.of(json.readValue(text, Warning[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
