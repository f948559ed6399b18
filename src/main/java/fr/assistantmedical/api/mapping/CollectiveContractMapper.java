package fr.assistantmedical.api.mapping;

import fr.assistantmedical.api.model.collective.CollectiveContractRequest;
import fr.assistantmedical.api.model.collective.CollectiveContractResponse;
import fr.assistantmedical.contract.core.CollectiveContract;
import fr.assistantmedical.contract.core.CollectiveContracts;
import fr.assistantmedical.rules.AidDue.Target;
import fr.assistantmedical.rules.ContractYears;
import fr.assistantmedical.rules.Rulebook;
import fr.assistantmedical.api.problem.InvalidRequestException;
import fr.assistantmedical.api.problem.Problem.Violation;
import fr.assistantmedical.contract.core.Rpps;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;

/** Collective contracts between the API model and the contract core. */
public final class CollectiveContractMapper {

    private CollectiveContractMapper() {
    }

    public static CollectiveContracts.Sign toCommand(CollectiveContractRequest r, Rulebook rulebook, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; r.members != null && i < r.members.size(); i++) {
            if (r.members.get(i) != null && r.members.get(i).rpps != null && !Rpps.isValid(r.members.get(i).rpps)) {
                violations.add(new Violation("members[" + i + "].rpps", "numéro RPPS invalide (clé de contrôle)"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new CollectiveContracts.Sign(r.cpamCode, r.companyId,
                CollectiveMapper.toProfile(r, rulebook, today, true));
    }

    public static CollectiveContractResponse contract(CollectiveContract c, LocalDate today) {
        var members = c.members().stream().map(m -> new CollectiveContractResponse.Member(m.rpps(), m.patientsMt(),
                m.patientsFileActive(), m.installedOn(), target(m.ownMt()), target(m.ownFa()))).toList();
        var years = c.years().stream().map(y -> new CollectiveContractResponse.Year(y.number(), y.from(), y.to(),
                y.maxAid(), y.objectiveChecked(), c.review(y.number()).map(r -> new CollectiveContractResponse.Review(
                        r.patientsMt(), r.patientsFileActive(), r.achievement(), r.modulation(), r.amountDue(),
                        r.reviewedOn(), !r.warnings().isEmpty())).orElse(null))).toList();
        BigDecimal total = c.years().stream().map(CollectiveContract.Year::maxAid)
                .reduce(BigDecimal.ZERO, (a, b) -> a == null || b == null ? null : a.add(b));
        Integer current = today.isAfter(c.lastDay()) ? null : ContractYears.yearOn(c.signedOn(), today);
        return new CollectiveContractResponse(c.id(), c.cpamCode(), c.structureType(), c.companyId(), c.etp(),
                c.signedOn(), c.regime(), c.status(), c.status().label(), c.assistantHiredOn(), c.endsOn(),
                c.endReason(), CollectiveContracts.allowed(c.status()), members,
                new CollectiveContractResponse.Objective(target(c.mt()), target(c.fa())), years, current,
                c.reviews().size(), total, CollectiveContracts.aidDue(c), c.provisional(),
                ResponseMapper.warnings(c.warnings()), c.version());
    }

    private static CollectiveContractResponse.Target target(Target t) {
        return t == null ? null : new CollectiveContractResponse.Target(t.start(), t.target());
    }
}
