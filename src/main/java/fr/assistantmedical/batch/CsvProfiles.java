package fr.assistantmedical.batch;

import fr.assistantmedical.api.input.Inputs;
import fr.assistantmedical.api.model.SimulationRequest;
import fr.assistantmedical.api.model.ObjectiveTargets;
import fr.assistantmedical.rules.Option;
import fr.assistantmedical.rules.PercentileBand;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads profiles from CSV: a header naming the request fields, then one profile per line. */
final class CsvProfiles {

    static final List<String> COLUMNS = List.of("asOf", "specialty", "sector", "optam", "patientsMt",
            "patientsFileActive", "ccamShare", "age", "installedOn", "priorityZone", "groupPractice", "percentileBand",
            "option", "currentOption", "currentContractYear", "objectivesMet", "objectiveTargets.patientsMt",
            "objectiveTargets.patientsFileActive");

    /** A field of a CSV line that cannot be read. */
    static final class CsvFieldException extends RuntimeException {
        private final String field;

        CsvFieldException(String field, String message) {
            super(message);
            this.field = field;
        }

        String field() {
            return field;
        }
    }

    private CsvProfiles() {
    }

    static List<String> header(String line) {
        if (line == null || line.isBlank()) {
            throw new BatchHeaderException("La première ligne doit être l'en-tête CSV, par exemple : "
                    + String.join(",", COLUMNS));
        }
        List<String> header = Csv.split(line.startsWith("\uFEFF") ? line.substring(1) : line).stream()
                .map(String::trim).toList();
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                throw new BatchHeaderException("Colonne inconnue « " + Inputs.echo(column) + " » ; colonnes possibles : "
                        + String.join(",", COLUMNS));
            }
            if (!seen.add(column)) {
                throw new BatchHeaderException("Colonne en double : " + Inputs.echo(column));
            }
        }
        if (!seen.contains("specialty") || !seen.contains("sector")) {
            throw new BatchHeaderException("Les colonnes specialty et sector sont obligatoires.");
        }
        return header;
    }

    static SimulationRequest request(List<String> header, String line) {
        if (line.isBlank()) {
            throw new CsvFieldException("line", "ligne vide");
        }
        List<String> fields;
        try {
            fields = Csv.split(line);
        } catch (IllegalArgumentException e) {
            throw new CsvFieldException("line", e.getMessage());
        }
        if (fields.size() != header.size()) {
            throw new CsvFieldException("line", fields.size() + " champs au lieu de " + header.size());
        }
        SimulationRequest r = new SimulationRequest();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            String value = fields.get(i).trim();
            if (value.isEmpty()) {
                continue;
            }
            try {
                switch (column) {
                    case "asOf" -> r.asOf = Inputs.date(value);
                    case "specialty" -> r.specialty = value;
                    case "sector" -> r.sector = value;
                    case "optam" -> r.optam = bool(value);
                    case "patientsMt" -> r.patientsMt = Integer.valueOf(value);
                    case "patientsFileActive" -> r.patientsFileActive = Integer.valueOf(value);
                    case "ccamShare" -> r.ccamShare = Inputs.decimal(value);
                    case "age" -> r.age = Integer.valueOf(value);
                    case "installedOn" -> r.installedOn = Inputs.date(value);
                    case "priorityZone" -> r.priorityZone = bool(value);
                    case "groupPractice" -> r.groupPractice = bool(value);
                    case "percentileBand" -> r.percentileBand = PercentileBand.valueOf(value);
                    case "option" -> r.option = Option.valueOf(value);
                    case "currentOption" -> r.currentOption = Option.valueOf(value);
                    case "currentContractYear" -> r.currentContractYear = Integer.valueOf(value);
                    case "objectivesMet" -> r.objectivesMet = bool(value);
                    case "objectiveTargets.patientsMt" -> targets(r).patientsMt = Integer.valueOf(value);
                    case "objectiveTargets.patientsFileActive" -> targets(r).patientsFileActive = Integer.valueOf(value);
                    default -> throw new IllegalStateException(column);
                }
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new CsvFieldException(column, "valeur invalide : " + Inputs.echo(value));
            } catch (IllegalArgumentException e) {
                throw new CsvFieldException(column, "valeur inconnue : " + Inputs.echo(value));
            }
        }
        return r;
    }

    private static ObjectiveTargets targets(SimulationRequest r) {
        if (r.objectiveTargets == null) {
            r.objectiveTargets = new ObjectiveTargets();
        }
        return r.objectiveTargets;
    }

    private static Boolean bool(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(value);
        };
    }
}
