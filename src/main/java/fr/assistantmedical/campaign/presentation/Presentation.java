package fr.assistantmedical.campaign.presentation;

import java.util.List;

/**
 * Everything the presentation template prints, already in French: the template only lays it out.
 *
 * @param facts the doctor's figures as the CPAM holds them, label and value
 * @param options one column per option simulated (none when the doctor is not eligible)
 * @param years one row per contract year: label, period and the amount of each option
 * @param notes footnotes: provisional values and how the objective is set, each once
 * @param information facts the doctor should know on the date, as the rules state them
 */
public record Presentation(String title, String campaign, String cpamCode, String asOf, String generatedOn,
        String rulebookVersion, String rpps, String specialty, List<Fact> facts, String verdict, String verdictText,
        List<ReasonLine> reasons, List<String> missing, List<String> options, List<YearRow> years, List<String> totals,
        List<String> objectivesMt, List<String> objectivesFa, String noOption, List<String> notes,
        List<String> information, List<SourceLine> sources) {

    public record Fact(String label, String value) {
    }

    public record ReasonLine(String outcome, String message) {
    }

    public record YearRow(String label, String period, List<String> amounts) {
    }

    public record SourceLine(String title, String url) {
    }

    public boolean hasOptions() {
        return !options.isEmpty();
    }
}
