package fr.assistantmedical.contract.core;

import static fr.assistantmedical.rules.Text.date;

import fr.assistantmedical.contract.core.Commands.Initiator;
import fr.assistantmedical.contract.core.LawParameters.FirstYearStart;
import fr.assistantmedical.rules.Warning;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Activation, suspension, resumption and termination, each with the dates it accepts; and what the
 * calendar does on its own: a running contract ends at its term (EXPIRED, or LAPSED if the
 * assistant was never hired).
 */
public final class Transitions {

    public static final String SYSTEM = "system";

    private Transitions() {
    }

    /** ACTIVATE, SUSPEND, RESUME or TERMINATE; RENEW is {@link Renewals#renew}. */
    public static Change apply(Contract contract, Commands.Transition command, Context context) {
        ContractStatus next = Lifecycle.next(contract.status(), command.action());
        LocalDate on = command.effectiveDate();
        require(on != null, "la date d'effet est obligatoire");
        require(!on.isBefore(contract.signedOn()), "la date d'effet précède la signature du "
                + date(contract.signedOn()));
        LocalDate term = Schedule.term(contract);
        require(!on.isAfter(term), "la date d'effet suit le terme du contrat, le " + date(term));
        Contract.Builder after = contract.toBuilder().status(next);
        return switch (command.action()) {
            case ACTIVATE -> activate(contract, on, after, context, command.reason());
            case SUSPEND -> suspend(contract, on, after, context, command.reason());
            case RESUME -> resume(contract, on, after, context, command.reason());
            case TERMINATE -> terminate(contract, on, command.initiator(), after, context, command.reason());
            case RENEW -> throw new IllegalArgumentException("RENEW is a renewal");
        };
    }

    private static Change activate(Contract contract, LocalDate hire, Contract.Builder after, Context context,
            String reason) {
        require(!hire.isAfter(context.today()), "la date d'embauche ne peut être dans le futur");
        LawParameters.Read<FirstYearStart> start = LawParameters.firstYearStart(context.rulebook(),
                contract.signedOn());
        after.assistantHiredOn(hire).signingWarnings(merge(contract.signingWarnings(), start.warnings()));
        if (start.value() == FirstYearStart.HIRE && !hire.equals(Schedule.firstDay(contract))) {
            // Contract years count from the hire: the whole calendar moves.
            after.years(Schedule.moved(context.rulebook(), contract, hire));
        }
        return Change.of(contract, after, context, "ACTIVATED", hire, reason);
    }

    private static Change suspend(Contract contract, LocalDate from, Contract.Builder after, Context context,
            String reason) {
        List<Suspension> suspensions = Suspensions.suspend(contract.suspensions(), from, contract.assistantHiredOn(),
                reason, context.today());
        return Change.of(contract, after.suspensions(suspensions), context, "SUSPENDED", from, reason);
    }

    private static Change resume(Contract contract, LocalDate on, Contract.Builder after, Context context,
            String reason) {
        return Change.of(contract, after.suspensions(Suspensions.resume(contract.suspensions(), on, context.today())),
                context, "RESUMED", on, reason);
    }

    private static Change terminate(Contract contract, LocalDate on, Initiator initiator, Contract.Builder after,
            Context context, String reason) {
        if (initiator == null) {
            throw new ContractValidationException("initiator", "préciser qui résilie : DOCTOR ou CPAM");
        }
        if (initiator == Initiator.DOCTOR) {
            int notice = LawParameters.terminationNoticeMonths(context.rulebook(), contract.signedOn());
            LocalDate earliest = context.today().plusMonths(notice);
            require(!on.isBefore(earliest), "une résiliation par le médecin demande un préavis de " + notice
                    + " mois : au plus tôt le " + date(earliest));
        }
        Suspensions.requireEndAfterLast(contract.suspensions(), on);
        Suspensions.requireReason(reason);
        return Change.of(contract, after.endsOn(on).suspensions(close(contract, on)), context, "TERMINATED", on,
                reason);
    }

    /**
     * The change the calendar makes by {@code today}: a running contract whose last year is over
     * ends at its term, recorded by the system. None when nothing is due.
     */
    public static Change atTerm(Contract contract, Context context) {
        LocalDate term = Schedule.term(contract);
        if (!Lifecycle.running(contract.status()) || !context.today().isAfter(term)) {
            return Change.none(contract);
        }
        ContractStatus next = Lifecycle.atTerm(contract.status());
        Context system = new Context(context.rulebook(), context.today(), context.now(), SYSTEM);
        return Change.of(contract, contract.toBuilder().status(next).endsOn(term).suspensions(close(contract, term)),
                system, next.name(), term.plusDays(1), next == ContractStatus.LAPSED
                        ? "Fin de la dernière année du contrat, sans embauche de l'assistant : aucune aide n'était due"
                        : "Fin de la dernière année du contrat");
    }

    /** Whether {@link #atTerm} has something to record. */
    public static boolean atTermDue(Contract contract, LocalDate today) {
        return Lifecycle.running(contract.status()) && today.isAfter(Schedule.term(contract));
    }

    private static List<Suspension> close(Contract contract, LocalDate lastDay) {
        return Suspensions.close(contract.suspensions(), lastDay);
    }

    static List<Warning> merge(List<Warning> a, List<Warning> b) {
        LinkedHashSet<Warning> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new ContractValidationException("effectiveDate", message);
        }
    }
}
