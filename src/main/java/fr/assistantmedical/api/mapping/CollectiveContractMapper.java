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
import fr.assistantmedical.api.model.contract.ContractStatusResponse;
import fr.assistantmedical.api.model.contract.ContractWarning;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.TreeSet;
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
                ResponseMapper.warnings(c.warnings()), followUp(c), c.version());
    }

    /**
     * The compact status partners ask for, in the shape of an individual contract's (ContractStatusView).
     * Payments of collective contracts are not recorded: paid and overpaid amounts are 0.
     */
    public static ContractStatusResponse status(CollectiveContract c, LocalDate today) {
        ContractStatusResponse r = new ContractStatusResponse();
        r.id = c.id();
        r.status = c.status();
        r.asOf = today;
        LocalDate on = today.isAfter(c.lastDay()) ? c.lastDay() : today;
        CollectiveContract.Year current = c.years().stream().filter(y -> !on.isBefore(y.from()) && !on.isAfter(y.to()))
                .findFirst().orElse(null);
        r.currentContractYear = current == null ? 0 : current.number();
        r.nextAnniversary = c.year(r.currentContractYear + 1).map(CollectiveContract.Year::from)
                .filter(next -> !next.isAfter(c.lastDay())).orElse(null);
        r.endsOn = c.endsOn();
        r.allowedActions = List.copyOf(new TreeSet<>(CollectiveContracts.allowed(c.status())));
        r.objectiveToSet = false;
        var latest = c.reviews().stream().reduce((a, b) -> b);
        r.patientsMt = progress(c.mt(), latest.map(CollectiveContract.GroupReview::patientsMt).orElse(null));
        r.patientsFileActive = progress(c.fa(),
                latest.map(CollectiveContract.GroupReview::patientsFileActive).orElse(null));
        r.currentYear = current == null ? null : aid(current.maxAid(),
                c.review(current.number()).map(CollectiveContract.GroupReview::amountDue).orElse(null));
        BigDecimal max = c.years().stream().map(CollectiveContract.Year::maxAid)
                .reduce(BigDecimal.ZERO, (a, b) -> a == null || b == null ? null : a.add(b));
        r.total = aid(max, CollectiveContracts.aidDue(c));
        List<ContractWarning> warnings = new ArrayList<>();
        c.warnings().forEach(w -> warnings.add(new ContractWarning(
                fr.assistantmedical.contract.core.ContractWarning.PROVISIONAL_VALUE, w.message(), w.parameter(), null)));
        warnings.addAll(followUp(c));
        r.warnings = warnings;
        r.provisional = c.provisional() || !c.suspensions().isEmpty();
        r.version = c.version();
        return r;
    }

    private static List<ContractWarning> followUp(CollectiveContract c) {
        return CollectiveContracts.followUp(c).stream()
                .map(w -> new ContractWarning(w.code(), w.message(), w.parameter(), w.contractYear())).toList();
    }

    private static ContractStatusResponse.Aid aid(BigDecimal max, BigDecimal due) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new ContractStatusResponse.Aid(max, max, due, zero, zero);
    }

    /** The share of the increase reached at the latest review, 0..1, as for an individual contract. */
    private static ContractStatusResponse.Progress progress(Target t, Integer latest) {
        if (t == null) {
            return null;
        }
        BigDecimal share = null;
        if (latest != null && t.target() > t.start()) {
            share = BigDecimal.valueOf(Math.max(0, Math.min(latest - t.start(), t.target() - t.start())))
                    .divide(BigDecimal.valueOf(t.target() - t.start()), 4, RoundingMode.HALF_UP);
        }
        return new ContractStatusResponse.Progress(t.start(), t.target(), latest, share);
    }

    private static CollectiveContractResponse.Target target(Target t) {
        return t == null ? null : new CollectiveContractResponse.Target(t.start(), t.target());
    }
}
