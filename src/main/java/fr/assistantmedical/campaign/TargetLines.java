package fr.assistantmedical.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import fr.assistantmedical.api.input.Inputs;
import fr.assistantmedical.batch.BoundedLines;
import fr.assistantmedical.batch.Csv;
import fr.assistantmedical.rules.PercentileBand;
import java.math.BigDecimal;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the targets of an import file: a CSV header then one doctor per line, or one JSON object per line. */
final class TargetLines {

    static final List<String> COLUMNS = List.of("rpps", "cpam", "specialty", "sector", "optam", "patientsMt",
            "patientsFileActive", "percentileBand", "priorityZone", "groupPractice", "ccamShare", "age", "installedOn",
            "email");

    /** What is wrong with a field of a line. */
    record Problem(String field, String message) {
    }

    /** A line that cannot be read into a target. */
    static final class LineException extends RuntimeException {
        private final transient List<Problem> problems;

        LineException(List<Problem> problems) {
            super(problems.toString(), null, false, false);
            this.problems = problems;
        }

        LineException(String field, String message) {
            this(List.of(new Problem(field, message)));
        }

        List<Problem> problems() {
            return problems;
        }
    }

    private TargetLines() {
    }

    /** The columns of a CSV header, checked. */
    static List<String> header(String line) {
        if (line == null || line.isBlank() || line == BoundedLines.TOO_LONG) {
            throw new CampaignInputException("header", "La première ligne doit être l'en-tête CSV, par exemple : "
                    + String.join(",", COLUMNS));
        }
        List<String> header;
        try {
            header = Csv.split(line.startsWith("\uFEFF") ? line.substring(1) : line).stream().map(String::trim).toList();
        } catch (IllegalArgumentException e) {
            throw new CampaignInputException("header", "En-tête illisible : " + e.getMessage());
        }
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (!COLUMNS.contains(column)) {
                throw new CampaignInputException("header", "Colonne inconnue « " + column + " » ; colonnes possibles : "
                        + String.join(",", COLUMNS));
            }
            if (!seen.add(column)) {
                throw new CampaignInputException("header", "Colonne en double : " + column);
            }
        }
        for (String required : List.of("rpps", "specialty", "sector")) {
            if (!seen.contains(required)) {
                throw new CampaignInputException("header", "Les colonnes rpps, specialty et sector sont obligatoires.");
            }
        }
        return header;
    }

    static TargetInput csv(List<String> header, String line) {
        check(line);
        List<String> fields;
        try {
            fields = Csv.split(line);
        } catch (IllegalArgumentException e) {
            throw new LineException("line", e.getMessage());
        }
        if (fields.size() != header.size()) {
            throw new LineException("line", fields.size() + " champs au lieu de " + header.size());
        }
        TargetInput t = new TargetInput();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            String value = fields.get(i).trim();
            if (value.isEmpty()) {
                continue;
            }
            try {
                switch (column) {
                    case "rpps" -> t.rpps = value;
                    case "cpam" -> t.cpam = value;
                    case "specialty" -> t.specialty = value;
                    case "sector" -> t.sector = value;
                    case "optam" -> t.optam = bool(value);
                    case "patientsMt" -> t.patientsMt = Integer.valueOf(value);
                    case "patientsFileActive" -> t.patientsFileActive = Integer.valueOf(value);
                    case "percentileBand" -> t.percentileBand = PercentileBand.valueOf(value);
                    case "priorityZone" -> t.priorityZone = bool(value);
                    case "groupPractice" -> t.groupPractice = bool(value);
                    case "ccamShare" -> t.ccamShare = decimal(value);
                    case "age" -> t.age = Integer.valueOf(value);
                    case "installedOn" -> t.installedOn = Inputs.date(value);
                    case "email" -> t.email = value;
                    default -> throw new IllegalStateException(column);
                }
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new LineException(column, "valeur invalide");
            } catch (IllegalArgumentException e) {
                throw new LineException(column, "valeur inconnue");
            }
        }
        return t;
    }

    static TargetInput json(ObjectReader reader, String line) {
        check(line);
        try {
            TargetInput t = reader.readValue(line);
            if (t == null) {
                throw new LineException("line", "un objet JSON est attendu");
            }
            if (t.asOf != null) {
                throw new LineException("asOf", "la date de référence est celle de la campagne");
            }
            return t;
        } catch (JsonMappingException e) {
            String field = e.getPath().isEmpty() ? null : e.getPath().get(e.getPath().size() - 1).getFieldName();
            throw new LineException(field == null ? "line" : field, field == null ? "un objet JSON est attendu"
                    : e.getClass().getSimpleName().startsWith("Unrecognized") ? "champ inconnu" : "type ou valeur invalide");
        } catch (JsonProcessingException e) {
            throw new LineException("line", "la ligne n'est pas un document JSON valide");
        } catch (java.io.IOException e) {
            throw new LineException("line", "ligne illisible");
        }
    }

    private static void check(String line) {
        if (line == BoundedLines.TOO_LONG) {
            throw new LineException("line", "ligne trop longue");
        }
        if (line.isBlank()) {
            throw new LineException("line", "ligne vide");
        }
        if (line.indexOf('\0') >= 0) {
            throw new LineException("line", "caractère nul");
        }
    }

    private static BigDecimal decimal(String value) {
        if (value.length() > 12) {
            throw new NumberFormatException();
        }
        return Inputs.decimal(value);
    }

    private static Boolean bool(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(value);
        };
    }
}
