package fr.assistantmedical.contract.core;

import static fr.assistantmedical.rules.Text.date;

import fr.assistantmedical.rules.AidDue;
import fr.assistantmedical.rules.AidDue.Target;
import fr.assistantmedical.rules.CollectiveNames;
import fr.assistantmedical.rules.CollectiveProfile;
import fr.assistantmedical.rules.CollectiveRules;
import fr.assistantmedical.rules.CollectiveSimulation;
import fr.assistantmedical.rules.EligibilityStatus;
import fr.assistantmedical.rules.Evaluation;
import fr.assistantmedical.rules.IndicatorObjective;
import fr.assistantmedical.rules.ParameterValue;
import fr.assistantmedical.rules.Rulebook;
import fr.assistantmedical.rules.Warning;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The life of a collective contract: signature (the group eligible, no member bound by another
 * contract or still waiting after a collective one), activation at the hire, the group's yearly
 * reviews, termination, and the end at term.
 */
public final class CollectiveContracts {

    /** What a signature asks for, already checked for form. */
    public record Sign(String cpamCode, String companyId, CollectiveProfile group) {
    }

    private CollectiveContracts() {
    }

    /**
     * @param engagements each member's engagements (individual contracts and collective memberships), by RPPS
     * @throws DoctorEngagedException naming the first member in the way and the contract that binds them
     */
    public static CollectiveContract sign(Sign command, Map<String, List<Engagement>> engagements, Period margin,
            Context context) {
        CollectiveProfile group = command.group();
        LocalDate signedOn = group.asOf();
        LocalDate latest = context.today().plus(margin);
        if (signedOn.isAfter(latest)) {
            throw new ContractValidationException("asOf", margin.isZero()
                    ? "la date de signature ne peut être dans le futur"
                    : "la date de signature ne peut dépasser le " + date(latest));
        }
        CollectiveSimulation simulation = CollectiveRules.simulate(group, new Evaluation(context.rulebook(), false));
        if (simulation.eligibility().status() != EligibilityStatus.ELIGIBLE) {
            throw new CollectiveNotEligibleException(simulation.eligibility().status() == EligibilityStatus.TO_CONFIRM
                    ? "L'éligibilité du groupe au " + date(signedOn) + " reste à confirmer."
                    : "Le groupe n'est pas éligible au " + date(signedOn) + ".", simulation.eligibility());
        }
        List<CollectiveContract.Year> years = simulation.years().stream()
                .map(y -> new CollectiveContract.Year(y.contractYear(), y.from(), y.to(), y.maxAid(),
                        y.objectiveChecked()))
                .toList();
        LocalDate term = years.get(years.size() - 1).to();
        for (var member : group.members()) {
            List<Engagement> bound = waiting(engagements.getOrDefault(member.rpps(), List.of()), context.rulebook());
            Exclusivity.inTheWay(bound, signedOn, term).ifPresent(e -> {
                throw new DoctorEngagedException(e, member.rpps());
            });
        }
        List<CollectiveContract.Member> members = new ArrayList<>();
        for (var m : group.members()) {
            var own = simulation.memberObjectives().stream().filter(o -> o.rpps().equals(m.rpps())).findFirst();
            members.add(new CollectiveContract.Member(m.rpps(), m.patientsMt(), m.patientsFileActive(), m.installedOn(),
                    own.map(o -> target(o.patientsMt())).orElse(null),
                    own.map(o -> target(o.patientsFileActive())).orElse(null)));
        }
        List<Warning> warnings = Transitions.merge(List.of(), simulation.warnings());
        return new CollectiveContract(UUID.randomUUID(), command.cpamCode(), group.structureType(), command.companyId(),
                group.etp(), signedOn, simulation.eligibility().regime().code(), members,
                target(simulation.objective().patientsMt()), target(simulation.objective().patientsFileActive()), years,
                List.of(), ContractStatus.SIGNED, null, null, null, warnings, context.rulebook().version(), 0,
                context.now(), context.actor(), context.now());
    }

    /**
     * Engagements as a signature sees them: a collective membership binds its member until the waiting
     * period after the collective contract's end is over.
     */
    public static List<Engagement> waiting(List<Engagement> engagements, Rulebook rulebook) {
        return engagements.stream().map(e -> {
            if (e.kind() != Engagement.Kind.COLLECTIVE || e.to() == null) {
                return e;
            }
            ParameterValue years = rulebook.parameter(CollectiveNames.WAITING_YEARS).flatMap(p -> p.at(e.to()))
                    .orElse(null);
            return years == null || !years.known() ? e
                    : new Engagement(e.contractId(), e.kind(), e.from(), e.to().plusYears(years.asInteger()));
        }).toList();
    }

    /** The assistant is hired: the contract becomes active from that day. */
    public static CollectiveContract activate(CollectiveContract c, LocalDate hiredOn, Context context) {
        if (c.status() != ContractStatus.SIGNED) {
            throw new InvalidTransitionException(c.status(), ContractAction.ACTIVATE, allowed(c.status()));
        }
        if (hiredOn.isBefore(c.signedOn()) || hiredOn.isAfter(c.lastDay())) {
            throw new ContractValidationException("effectiveDate", "l'embauche a lieu entre le " + date(c.signedOn())
                    + " et le " + date(c.lastDay()));
        }
        return c.with(ContractStatus.ACTIVE, hiredOn, null, null, c.reviews(), context);
    }

    /** Ends the contract on {@code lastDay}; its members then wait before any new contract. */
    public static CollectiveContract terminate(CollectiveContract c, LocalDate lastDay, String reason,
            Context context) {
        if (c.status() != ContractStatus.SIGNED && c.status() != ContractStatus.ACTIVE) {
            throw new InvalidTransitionException(c.status(), ContractAction.TERMINATE, allowed(c.status()));
        }
        if (lastDay.isBefore(c.signedOn()) || lastDay.isAfter(c.lastDay())) {
            throw new ContractValidationException("effectiveDate", "la résiliation prend effet entre le "
                    + date(c.signedOn()) + " et le " + date(c.lastDay()));
        }
        return c.with(ContractStatus.TERMINATED, c.assistantHiredOn(), lastDay, reason, c.reviews(), context);
    }

    /** A running contract whose last year is over is recorded EXPIRED (LAPSED if never activated). */
    public static CollectiveContract atTerm(CollectiveContract c, Context context) {
        boolean running = c.status() == ContractStatus.SIGNED || c.status() == ContractStatus.ACTIVE;
        if (!running || !context.today().isAfter(c.lastDay())) {
            return c;
        }
        return c.with(c.assistantHiredOn() == null ? ContractStatus.LAPSED : ContractStatus.EXPIRED,
                c.assistantHiredOn(), null, null, c.reviews(), context);
    }

    /**
     * The group's review of an ended year, from the totals of its members' counts. Years from the
     * checked one on are prorated by the share of the objective reached (rulebook review rules).
     */
    public static CollectiveContract review(CollectiveContract c, int contractYear, int patientsMt,
            int patientsFileActive, Context context) {
        if (c.assistantHiredOn() == null) {
            throw new ContractConflictException("not-activated", "Le contrat collectif n'a jamais été activé : "
                    + "aucune année ne peut être revue avant l'embauche.");
        }
        CollectiveContract.Year year = c.year(contractYear).orElseThrow(() -> new ContractValidationException(
                "contractYear", "le contrat compte " + c.years().size() + " années"));
        if (c.review(contractYear).isPresent()) {
            throw new ContractConflictException("review-exists", "L'année " + contractYear + " a déjà été revue.");
        }
        if (!context.today().isAfter(year.to())) {
            throw new ContractValidationException("contractYear", "l'année " + contractYear + " se termine le "
                    + date(year.to()) + " : elle pourra être revue à partir du " + date(year.to().plusDays(1)));
        }
        if (c.endsOn() != null && year.from().isAfter(c.endsOn())) {
            throw new ContractValidationException("contractYear", "le contrat a pris fin le " + date(c.endsOn())
                    + ", avant l'année " + contractYear);
        }
        AidDue.Result due = AidDue.review(context.rulebook(), c.signedOn(), contractYear, year.maxAid(), c.mt(), c.fa(),
                patientsMt, patientsFileActive, false);
        List<CollectiveContract.GroupReview> reviews = new ArrayList<>(c.reviews());
        reviews.add(new CollectiveContract.GroupReview(contractYear, patientsMt, patientsFileActive,
                due.achievement(), due.modulation(), due.amountDue(), due.warnings(), context.today(),
                context.actor()));
        return c.with(c.status(), c.assistantHiredOn(), c.endsOn(), c.endReason(), reviews, context);
    }

    /** What a collective contract may do next: it is activated once, and ended by termination or at term. */
    public static Set<ContractAction> allowed(ContractStatus status) {
        return switch (status) {
            case SIGNED -> Set.of(ContractAction.ACTIVATE, ContractAction.TERMINATE);
            case ACTIVE -> Set.of(ContractAction.TERMINATE);
            default -> Set.of();
        };
    }

    /** The aid due so far: the reviewed years' amounts. */
    public static BigDecimal aidDue(CollectiveContract c) {
        return c.reviews().stream().map(CollectiveContract.GroupReview::amountDue).filter(a -> a != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Target target(IndicatorObjective o) {
        return o == null ? null : new Target(o.start(), o.target(), o.minimum());
    }
}
