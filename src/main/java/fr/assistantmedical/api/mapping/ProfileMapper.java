package fr.assistantmedical.api.mapping;

import fr.assistantmedical.api.input.Inputs;
import fr.assistantmedical.api.model.ProfileRequest;
import fr.assistantmedical.api.model.SimulationRequest;
import fr.assistantmedical.api.model.ObjectiveTargets;
import fr.assistantmedical.api.problem.InvalidRequestException;
import fr.assistantmedical.api.problem.Problem.Violation;
import fr.assistantmedical.rules.CpamTargets;
import fr.assistantmedical.rules.Profile;
import fr.assistantmedical.rules.Rulebook;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Turns a syntactically valid request into a profile, checking what only the rulebook knows. */
public final class ProfileMapper {

    private ProfileMapper() {
    }

    public static Profile toProfile(ProfileRequest r, Rulebook rulebook, LocalDate today) {
        return toProfile(r, rulebook, today, List.of());
    }

    /**
     * The same, after the request's own field checks (bean validation) found {@code invalid}: the
     * answer lists those and every check of this mapper on the other fields, so that a request with
     * several bad fields learns of all of them at once. A field is named once, by its first check.
     */
    public static Profile toProfile(ProfileRequest r, Rulebook rulebook, LocalDate today, List<Violation> invalid) {
        LocalDate asOf = r.asOf == null ? today : r.asOf;
        List<Violation> found = new ArrayList<>();
        if (rulebook.specialty(r.specialty).isEmpty()) {
            found.add(new Violation("specialty", "spécialité inconnue : " + Inputs.echo(r.specialty)
                    + " (liste sur GET /api/v1/specialties)"));
        }
        if (rulebook.regimeAt(asOf).isEmpty()) {
            found.add(new Violation("asOf", "aucun texte n'est en vigueur le " + asOf
                    + " ; le dispositif commence le " + rulebook.firstDate()));
        }
        if (r.installedOn != null && r.installedOn.isAfter(asOf)) {
            found.add(new Violation("installedOn", "la date d'installation est postérieure à asOf (" + asOf + ")"));
        }
        if (r.currentOption != null && r.currentOption.secondAssistant()) {
            found.add(new Violation("currentOption", "le contrat en cours est celui d'un premier assistant "
                    + "(THIRD_TIME, HALF_TIME ou FULL_TIME)"));
        }
        if (r.currentOption == null && (r.currentContractYear != null || r.objectivesMet != null)) {
            found.add(new Violation("currentOption", "l'option du contrat en cours est obligatoire avec "
                    + "currentContractYear ou objectivesMet"));
        }
        List<Violation> violations = new ArrayList<>(invalid);
        for (Violation v : found) {
            if (violations.stream().noneMatch(w -> w.field().equals(v.field()))) {
                violations.add(v);
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new Profile(asOf, r.specialty, Integer.parseInt(r.sector), r.optam, r.patientsMt, r.patientsFileActive,
                r.ccamShare, r.age, r.installedOn, r.priorityZone, r.groupPractice, r.percentileBand, r.currentOption,
                r.currentContractYear, r.objectivesMet);
    }

    /**
     * The objective the CPAM communicated, or null. Each target needs the starting count it is
     * measured from, and is never below it.
     */
    public static CpamTargets targets(SimulationRequest r) {
        ObjectiveTargets t = r.objectiveTargets;
        if (t == null || (t.patientsMt == null && t.patientsFileActive == null)) {
            return null;
        }
        List<Violation> violations = new ArrayList<>();
        target(t.patientsMt, r.patientsMt, "patientsMt", violations);
        target(t.patientsFileActive, r.patientsFileActive, "patientsFileActive", violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new CpamTargets(t.patientsMt, t.patientsFileActive);
    }

    private static void target(Integer target, Integer start, String field, List<Violation> violations) {
        if (target == null) {
            return;
        }
        if (start == null) {
            violations.add(new Violation("objectiveTargets." + field, "l'objectif demande la patientèle de départ ("
                    + field + ")"));
        } else if (target < start) {
            violations.add(new Violation("objectiveTargets." + field, "l'objectif communiqué ne peut être inférieur à "
                    + "la patientèle de départ (" + start + ")"));
        }
    }
}
