package fr.assistantmedical.batch;

import fr.assistantmedical.api.model.BatchLine;
import fr.assistantmedical.rules.Option;
import fr.assistantmedical.rules.ParameterNames;
import fr.assistantmedical.rules.ParameterValue;
import fr.assistantmedical.rules.Rulebook;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Writes batch results as CSV: one row per input line, with every option's yearly maximum amounts,
 * total and targets side by side; lists inside a cell are separated by "|". The summary follows as
 * comment lines starting with "#". There is one amount column per contract year of the longest
 * contract the rulebook knows, so that every line of a batch fits the same header.
 */
final class CsvResults {

    private CsvResults() {
    }

    /** The number of yearly amount columns: the longest contract duration in the rulebook. */
    static int years(Rulebook rulebook) {
        return rulebook.parameter(ParameterNames.CONTRACT_DURATION).orElseThrow().values().stream()
                .filter(ParameterValue::known).mapToInt(ParameterValue::asInteger).max().orElseThrow();
    }

    static String header(int years) {
        StringBuilder h = new StringBuilder("line,status,regime,options,missingInputs,provisional,warnings");
        for (Option option : Option.values()) {
            for (int year = 1; year <= years; year++) {
                h.append(',').append(option).append("_year").append(year);
            }
            h.append(',').append(option).append("_total,").append(option).append("_targetMt,").append(option)
                    .append("_targetFa");
        }
        return h.append(",error\n").toString();
    }

    static void row(StringBuilder out, BatchLine line, int years) {
        out.append(line.line()).append(',');
        if (line.error() != null) {
            out.append(",".repeat(6 + Option.values().length * (years + 3)));
            Csv.append(out, line.error().detail());
            out.append('\n');
            return;
        }
        out.append(line.status()).append(',').append(line.regime()).append(',');
        out.append(String.join("|", line.options().stream().map(Enum::name).toList())).append(',');
        out.append(String.join("|", line.missingInputs())).append(',').append(line.provisional()).append(',');
        Set<String> warnings = new LinkedHashSet<>();
        line.simulations().forEach(s -> warnings.addAll(s.warnings()));
        Csv.append(out, String.join("|", warnings));
        for (Option option : Option.values()) {
            BatchLine.Simulated s = line.simulations().stream().filter(x -> x.option() == option).findFirst()
                    .orElse(null);
            for (int year = 0; year < years; year++) {
                out.append(',');
                if (s != null && year < s.maxAid().size()) {
                    Csv.append(out, s.maxAid().get(year));
                }
            }
            out.append(',');
            if (s != null) {
                Csv.append(out, s.totalMaxAid());
            }
            out.append(',');
            if (s != null && s.objective() != null && s.objective().patientsMt() != null) {
                out.append(s.objective().patientsMt().target());
            }
            out.append(',');
            if (s != null && s.objective() != null && s.objective().patientsFileActive() != null) {
                out.append(s.objective().patientsFileActive().target());
            }
        }
        out.append(",\n");
    }

    static String summary(BatchLine.SummaryCounts s) {
        StringBuilder out = new StringBuilder("# summary,lines=").append(s.lines()).append(",simulated=")
                .append(s.simulated()).append(",errors=").append(s.errors());
        s.status().forEach((k, v) -> out.append(',').append(k).append('=').append(v));
        s.options().forEach((k, v) -> out.append(',').append(k).append('=').append(v));
        return out.append('\n').toString();
    }
}
