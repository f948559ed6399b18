package fr.assistantmedical.api.mapping;

import fr.assistantmedical.api.model.ProfileRequest;
import fr.assistantmedical.api.problem.InvalidRequestException;
import fr.assistantmedical.api.problem.Problem.Violation;
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
        LocalDate asOf = r.asOf == null ? today : r.asOf;
        List<Violation> violations = new ArrayList<>();
        if (rulebook.specialty(r.specialty).isEmpty()) {
            violations.add(new Violation("specialty", "spécialité inconnue : " + r.specialty
                    + " (liste sur GET /api/v1/specialties)"));
        }
        if (rulebook.regimeAt(asOf).isEmpty()) {
            violations.add(new Violation("asOf", "aucun texte n'est en vigueur le " + asOf
                    + " ; le dispositif commence le " + rulebook.firstDate()));
        }
        if (r.installedOn != null && r.installedOn.isAfter(asOf)) {
            violations.add(new Violation("installedOn", "la date d'installation est postérieure à asOf (" + asOf + ")"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new Profile(asOf, r.specialty, Integer.parseInt(r.sector), r.optam, r.patientsMt, r.patientsFileActive,
                r.ccamShare, r.age, r.installedOn, r.priorityZone, r.groupPractice, r.percentileBand);
    }
}
