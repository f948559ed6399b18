package fr.assistantmedical.api.mapping;

import fr.assistantmedical.api.model.collective.CollectiveEligibilityResponse;
import fr.assistantmedical.api.model.collective.CollectiveMemberRequest;
import fr.assistantmedical.api.model.collective.CollectiveRequest;
import fr.assistantmedical.api.model.collective.CollectiveSimulationResponse;
import fr.assistantmedical.api.problem.InvalidRequestException;
import fr.assistantmedical.api.problem.Problem.Violation;
import fr.assistantmedical.rules.CollectiveEligibility;
import fr.assistantmedical.rules.CollectiveMember;
import fr.assistantmedical.rules.CollectiveProfile;
import fr.assistantmedical.rules.CollectiveSimulation;
import fr.assistantmedical.rules.Rulebook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** From a syntactically valid collective request to the rules' group, and from the rules back to the API. */
public final class CollectiveMapper {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private CollectiveMapper() {
    }

    /** @param etpRequired the simulation needs the ETP asked for; the eligibility does not */
    public static CollectiveProfile toProfile(CollectiveRequest r, Rulebook rulebook, LocalDate today,
            boolean etpRequired) {
        LocalDate asOf = r.asOf == null ? today : r.asOf;
        List<Violation> violations = new ArrayList<>();
        if (rulebook.regimeAt(asOf).isEmpty()) {
            violations.add(new Violation("asOf", "aucun texte n'est en vigueur le " + asOf
                    + " ; le dispositif commence le " + rulebook.firstDate()));
        }
        if (r.etp == null && etpRequired) {
            violations.add(new Violation("etp", "le nombre d'ETP demandé est obligatoire pour une simulation"));
        } else if (r.etp != null && r.etp.remainder(HALF).signum() != 0) {
            violations.add(new Violation("etp", "le nombre d'ETP est compris entre 0,5 et 100, par pas de 0,5"));
        }
        Set<String> seen = new HashSet<>();
        List<CollectiveMember> members = new ArrayList<>();
        for (int i = 0; i < r.members.size(); i++) {
            CollectiveMemberRequest m = r.members.get(i);
            String at = "members[" + i + "].";
            if (rulebook.specialty(m.specialty).isEmpty()) {
                violations.add(new Violation(at + "specialty", "spécialité inconnue (liste sur GET /api/v1/specialties)"));
            }
            if (!seen.add(m.rpps)) {
                violations.add(new Violation(at + "rpps", "ce médecin figure deux fois dans la liste"));
            }
            if (m.installedOn != null && m.installedOn.isAfter(asOf)) {
                violations.add(new Violation(at + "installedOn", "la date d'installation est postérieure à asOf ("
                        + asOf + ")"));
            }
            members.add(new CollectiveMember(m.rpps, m.specialty, "2".equals(m.sector) ? 2 : 1, m.optam, m.patientsMt,
                    m.patientsFileActive, m.installedOn, m.particularPractice, Boolean.TRUE.equals(m.traineeSupervisor)));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new CollectiveProfile(asOf, r.structureType, r.etp, members);
    }

    public static CollectiveEligibilityResponse eligibility(CollectiveProfile group, CollectiveEligibility e,
            boolean explain) {
        return new CollectiveEligibilityResponse(group.asOf(), e.status(), e.regime() == null ? null : e.regime().code(),
                group.structureType(), group.members().size(), e.averageMt(), e.maxEtp(),
                ResponseMapper.reasons(e.reasons()), e.missingInputs(), e.provisional(),
                ResponseMapper.warnings(e.warnings()), explain ? ResponseMapper.trace(e.trace()) : null);
    }

    public static CollectiveSimulationResponse simulation(CollectiveProfile group, CollectiveSimulation s,
            boolean explain) {
        List<CollectiveSimulationResponse.Year> years = s.years().stream()
                .map(y -> new CollectiveSimulationResponse.Year(y.contractYear(), y.from(), y.to(), y.maxAid(),
                        y.objectiveChecked(), y.amount().certainty(), ResponseMapper.source(y.amount().source())))
                .toList();
        List<CollectiveSimulationResponse.MemberObjective> members = s.memberObjectives().stream()
                .map(m -> new CollectiveSimulationResponse.MemberObjective(m.rpps(),
                        ResponseMapper.indicator(m.patientsMt()), ResponseMapper.indicator(m.patientsFileActive()),
                        m.by()))
                .toList();
        return new CollectiveSimulationResponse(group.asOf(), eligibility(group, s.eligibility(), false), s.etp(), years,
                s.totalMaxAid(), ResponseMapper.objective(s.objective()), members, s.provisional(),
                ResponseMapper.warnings(s.warnings()), explain ? ResponseMapper.trace(s.trace()) : null);
    }
}
