package fr.assistantmedical.contract.core;

import static fr.assistantmedical.rules.Text.date;

import fr.assistantmedical.rules.AidDue.Target;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Setting a contract's objective. The CPAM sets it when the rules could not (« objectif à fixer »),
 * at any time; it may correct one until the objective starts being checked (year 3, later after
 * suspensions). A target needs the starting count of the signature.
 */
public final class ObjectiveRules {

    private ObjectiveRules() {
    }

    public static Change set(Contract contract, Commands.SetObjective command, Context context) {
        if (contract.status() == ContractStatus.LAPSED) {
            throw new InvalidTransitionException(contract.status(), null, Lifecycle.allowed(contract.status()));
        }
        if (command.targetMt() == null && command.targetFa() == null) {
            throw new ContractValidationException("body", "donner au moins une cible : patientsMt ou "
                    + "patientsFileActive");
        }
        Target mt = target(contract.profile().patientsMt(), command.targetMt(), "patientsMt");
        Target fa = target(contract.profile().patientsFileActive(), command.targetFa(), "patientsFileActive");
        ContractObjective current = contract.objective();
        if (Objects.equals(current.patientsMt(), mt) && Objects.equals(current.patientsFileActive(), fa)
                && ContractObjective.CPAM.equals(current.setBy())) {
            return Change.none(contract);
        }
        LocalDate checkedFrom = Schedule.objectiveClock(contract, context.rulebook());
        if (!current.toSet() && checkedFrom != null && !context.today().isBefore(checkedFrom)) {
            throw new ContractConflictException("objective-locked", "L'objectif ne peut plus être corrigé : il est "
                    + "vérifié depuis le " + date(checkedFrom) + ".");
        }
        String reason = command.reason() != null && !command.reason().isBlank() ? command.reason()
                : current.toSet() ? "Objectif fixé par la caisse" : "Objectif corrigé par la caisse";
        return Change.of(contract, contract.toBuilder()
                .objective(new ContractObjective(current.basis(), ContractObjective.CPAM, mt, fa)), context,
                "OBJECTIVE_SET", context.today(), reason);
    }

    private static Target target(Integer start, Integer target, String field) {
        if (target == null) {
            return null;
        }
        if (start == null) {
            throw new ContractValidationException(field, "l'effectif de départ de ce nombre de patients n'a pas été "
                    + "donné à la signature : pas de cible possible");
        }
        return new Target(start, target, null);
    }
}
