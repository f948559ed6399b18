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
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
                context.now(), context.actor(), context.now(), List.of());
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
        ContractStatus next = next(c.status(), ContractAction.ACTIVATE);
        if (hiredOn.isBefore(c.signedOn()) || hiredOn.isAfter(c.lastDay())) {
            throw new ContractValidationException("effectiveDate", "l'embauche a lieu entre le " + date(c.signedOn())
                    + " et le " + date(c.lastDay()));
        }
        return c.with(next, hiredOn, null, null, c.reviews(), context);
    }

    /**
     * The assistant is absent for a long time: aid and objectives are on hold from {@code from}, on the
     * same rules as an individual contract ({@link Suspensions}).
     */
    public static CollectiveContract suspend(CollectiveContract c, LocalDate from, String reason, Context context) {
        ContractStatus next = next(c.status(), ContractAction.SUSPEND);
        within(c, from);
        return c.with(next, c.assistantHiredOn(), c.endsOn(), c.endReason(), c.reviews(),
                Suspensions.suspend(c.suspensions(), from, c.assistantHiredOn(), reason, context.today()), context);
    }

    /** The assistant is back: the suspension ends the day before {@code on}. */
    public static CollectiveContract resume(CollectiveContract c, LocalDate on, Context context) {
        ContractStatus next = next(c.status(), ContractAction.RESUME);
        within(c, on);
        return c.with(next, c.assistantHiredOn(), c.endsOn(), c.endReason(), c.reviews(),
                Suspensions.resume(c.suspensions(), on, context.today()), context);
    }

    /** Ends the contract on {@code lastDay}; its members then wait before any new contract. */
    public static CollectiveContract terminate(CollectiveContract c, LocalDate lastDay, String reason,
            Context context) {
        ContractStatus next = next(c.status(), ContractAction.TERMINATE);
        if (lastDay.isBefore(c.signedOn()) || lastDay.isAfter(c.lastDay())) {
            throw new ContractValidationException("effectiveDate", "la résiliation prend effet entre le "
                    + date(c.signedOn()) + " et le " + date(c.lastDay()));
        }
        Suspensions.requireEndAfterLast(c.suspensions(), lastDay);
        return c.with(next, c.assistantHiredOn(), lastDay, reason, c.reviews(),
                Suspensions.close(c.suspensions(), lastDay), context);
    }

    /** A running contract whose last year is over is recorded EXPIRED (LAPSED if never activated). */
    public static CollectiveContract atTerm(CollectiveContract c, Context context) {
        if (!Lifecycle.running(c.status()) || !context.today().isAfter(c.lastDay())) {
            return c;
        }
        return c.with(Lifecycle.atTerm(c.status()), c.assistantHiredOn(), null, null, c.reviews(),
                Suspensions.close(c.suspensions(), c.lastDay()), context);
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
                patientsMt, patientsFileActive);
        List<CollectiveContract.GroupReview> reviews = new ArrayList<>(c.reviews());
        reviews.add(new CollectiveContract.GroupReview(contractYear, patientsMt, patientsFileActive,
                due.achievement(), due.modulation(), outsideSuspensions(c, year, due.amountDue()), due.warnings(),
                context.today(), context.actor()));
        return c.with(c.status(), c.assistantHiredOn(), c.endsOn(), c.endReason(), reviews, context);
    }

    /**
     * What a collective contract may do next: the individual contract's lifecycle ({@link Lifecycle}),
     * but renewal, which a collective contract does not know yet.
     */
    public static Set<ContractAction> allowed(ContractStatus status) {
        Set<ContractAction> allowed = EnumSet.noneOf(ContractAction.class);
        allowed.addAll(Lifecycle.allowed(status));
        allowed.remove(ContractAction.RENEW);
        return allowed;
    }

    private static ContractStatus next(ContractStatus status, ContractAction action) {
        if (!allowed(status).contains(action)) {
            throw new InvalidTransitionException(status, action, allowed(status));
        }
        return Lifecycle.next(status, action);
    }

    private static void within(CollectiveContract c, LocalDate on) {
        if (on.isBefore(c.signedOn()) || on.isAfter(c.lastDay())) {
            throw new ContractValidationException("effectiveDate", "la date d'effet est entre le "
                    + date(c.signedOn()) + " et le " + date(c.lastDay()));
        }
    }

    /**
     * A year's aid, less the days the contract was suspended, as for an individual contract (aid on
     * hold during a suspension; prorated by days, rounded once to the cent).
     */
    private static BigDecimal outsideSuspensions(CollectiveContract c, CollectiveContract.Year year,
            BigDecimal amount) {
        if (amount == null || c.suspensions().isEmpty()) {
            return amount;
        }
        long days = Days.between(year.from(), year.to());
        long due = Suspensions.daysOutside(c.suspensions(), year.from(), year.to());
        return due == days ? amount
                : amount.multiply(BigDecimal.valueOf(due)).divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
    }

    /**
     * What a reader of the contract must know beyond its signing warnings: each suspension, and a
     * group whose total patientèle at its latest review fell below its level at signature.
     */
    public static List<ContractWarning> followUp(CollectiveContract c) {
        List<ContractWarning> warnings = new ArrayList<>();
        for (Suspension s : c.suspensions()) {
            warnings.add(new ContractWarning(ContractWarning.SUSPENDED, (s.open() ? "Suspendu depuis le "
                    + date(s.from()) : "Suspendu du " + date(s.from()) + " au " + date(s.to()))
                    + " : pas d'aide pour ces jours (règle du contrat individuel, provisoire, faute de source).",
                    null, null));
        }
        c.reviews().stream().reduce((a, b) -> b).ifPresent(r -> {
            drop(r, "médecin traitant", r.patientsMt(), c.mt()).ifPresent(warnings::add);
            drop(r, "file active", r.patientsFileActive(), c.fa()).ifPresent(warnings::add);
        });
        return warnings;
    }

    /**
     * « Si la patientèle totale du groupe baisse par rapport au niveau de départ, la CPAM peut résilier
     * le contrat si aucune solution n'est trouvée » (ameli, read in Mesdocs' copy, SECONDARY): a reason
     * the CPAM may act on, never an automatic end; a drop below P30 alone is none.
     */
    private static Optional<ContractWarning> drop(CollectiveContract.GroupReview r, String indicator,
            int count, Target start) {
        if (start == null || count >= start.start()) {
            return Optional.empty();
        }
        return Optional.of(new ContractWarning(ContractWarning.PATIENTELE_DROP, "Année " + r.contractYear()
                + " : la patientèle " + indicator + " totale du groupe (" + count + ") est passée sous son niveau "
                + "de départ (" + start.start() + "). D'après les termes du contrat collectif, la caisse peut "
                + "résilier le contrat si aucune solution n'est trouvée ; le contrat n'est pas résilié d'office. "
                + "Source : ameli.fr, « Aide collective à l'emploi d'assistants médicaux », lue dans la copie de "
                + "Mesdocs (source secondaire).", null, r.contractYear()));
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
