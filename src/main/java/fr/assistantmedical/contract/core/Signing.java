package fr.assistantmedical.contract.core;

import static fr.assistantmedical.rules.Text.date;

import fr.assistantmedical.rules.AidDue.Target;
import fr.assistantmedical.rules.EligibilityStatus;
import fr.assistantmedical.rules.IndicatorObjective;
import fr.assistantmedical.rules.Objective;
import fr.assistantmedical.rules.OptionSimulation;
import fr.assistantmedical.rules.ScheduleYear;
import fr.assistantmedical.rules.Simulation;
import fr.assistantmedical.rules.Simulator;
import fr.assistantmedical.rules.Warning;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Signing a contract: the doctor must be eligible for the option on the signature date, which may
 * not lie further in the future than the margin allowed; the doctor may hold no other contract over
 * the new one's term. The schedule and objective are those of the rules on that date, the objective
 * the CPAM set winning over the computed one.
 */
public final class Signing {

    /** How a contract starts: a new one, or a renewal (table year, renewable option). */
    record Terms(UUID previousContractId, int amountsFromYear, boolean closedOptionRenewable,
            List<Warning> warnings) {

        static final Terms NEW = new Terms(null, 1, false, List.of());
    }

    private Signing() {
    }

    /** A new contract, SIGNED, and its SIGNED event. */
    public static Change sign(Commands.Sign command, List<Engagement> engagements, Period margin, Context context) {
        return create(command, engagements, margin, context, Terms.NEW);
    }

    static Change create(Commands.Sign command, List<Engagement> engagements, Period margin, Context context,
            Terms terms) {
        LocalDate signedOn = command.profile().asOf();
        LocalDate latest = context.today().plus(margin);
        if (signedOn.isAfter(latest)) {
            throw new ContractValidationException("asOf", margin.isZero()
                    ? "la date de signature ne peut être dans le futur"
                    : "la date de signature ne peut dépasser le " + date(latest));
        }
        Simulator simulator = new Simulator(context.rulebook());
        Simulation simulation = simulator.simulate(command.profile(), command.option(), false);
        if (simulation.eligibility().status() != EligibilityStatus.ELIGIBLE) {
            throw new NotEligibleException(simulation.eligibility().status() == EligibilityStatus.TO_CONFIRM
                    ? "L'éligibilité du médecin au " + date(signedOn) + " reste à confirmer."
                    : "Le médecin n'est pas éligible au " + date(signedOn) + ".", simulation.eligibility());
        }
        OptionSimulation chosen = simulation.simulations().stream().findFirst().orElse(null);
        List<ScheduleYear> rowsFrom;
        if (chosen != null) {
            rowsFrom = chosen.years();
        } else if (terms.closedOptionRenewable()) {
            // Closed to new contracts but renewable: the rows are those of any option open that day.
            Simulation open = simulator.simulate(command.profile(), null, false);
            rowsFrom = open.simulations().isEmpty() ? List.of() : open.simulations().get(0).years();
        } else {
            rowsFrom = List.of();
        }
        if (rowsFrom.isEmpty()) {
            throw new NotEligibleException("L'option " + command.option().label() + " ne peut pas être souscrite au "
                    + date(signedOn) + ".", simulation.eligibility());
        }
        List<String> rows = new ArrayList<>();
        for (int n = 1; n <= rowsFrom.size(); n++) {
            rows.add(rowsFrom.get(Math.min(n + terms.amountsFromYear() - 1, rowsFrom.size()) - 1).row().key());
        }
        var years = Schedule.build(context.rulebook(), signedOn, signedOn, command.option(), rows,
                terms.amountsFromYear());
        LocalDate term = years.get(years.size() - 1).to();
        // A renewal names the doctor, as a collective signature names its member.
        Exclusivity.inTheWay(engagements, signedOn, term).ifPresent(e -> {
            throw new DoctorEngagedException(e, terms.previousContractId() == null ? null : command.rpps());
        });
        List<Warning> warnings = new ArrayList<>(simulation.eligibility().warnings());
        if (chosen != null) {
            warnings.addAll(chosen.warnings());
        }
        warnings.addAll(LawParameters.firstYearStart(context.rulebook(), signedOn).warnings());
        warnings.addAll(terms.warnings());
        List<Warning> distinct = Transitions.merge(List.of(), warnings);
        Contract contract = Contract.builder().id(UUID.randomUUID()).rpps(command.rpps()).cpamCode(command.cpamCode())
                .profile(command.profile()).option(command.option())
                .regime(simulation.eligibility().regime().code())
                .objective(objective(chosen == null ? null : chosen.objective(), command))
                .signingWarnings(distinct).provisional(!distinct.isEmpty())
                .rulebookVersion(context.rulebook().version()).status(ContractStatus.SIGNED)
                .amountsFromYear(terms.amountsFromYear()).years(years)
                .previousContractId(terms.previousContractId()).version(0).createdAt(context.now())
                .createdBy(context.actor()).updatedAt(context.now()).build();
        return new Change(null, Schedule.settle(contract, context.rulebook()), new Change.Event("SIGNED", signedOn,
                terms.previousContractId() == null ? null : "Renouvellement du contrat " + terms.previousContractId(),
                context.actor()));
    }

    /** The objective the CPAM set wins over the rules' one, indicator by indicator. */
    private static ContractObjective objective(Objective computed, Commands.Sign command) {
        boolean cpam = command.targetMt() != null || command.targetFa() != null;
        Target mt = command.targetMt() != null ? new Target(command.profile().patientsMt(), command.targetMt(), null)
                : target(computed == null ? null : computed.patientsMt());
        Target fa = command.targetFa() != null
                ? new Target(command.profile().patientsFileActive(), command.targetFa(), null)
                : target(computed == null ? null : computed.patientsFileActive());
        return new ContractObjective(computed == null ? null : computed.basis().name(),
                cpam ? ContractObjective.CPAM : ContractObjective.RULEBOOK, mt, fa);
    }

    private static Target target(IndicatorObjective objective) {
        return objective == null ? null : new Target(objective.start(), objective.target(), objective.minimum());
    }
}
