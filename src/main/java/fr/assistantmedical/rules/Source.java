package fr.assistantmedical.rules;

import java.util.List;

/**
 * A public text that a rulebook value comes from.
 *
 * @param regimes the codes of the regimes whose period the text speaks of: a value it gives for another
 *        period must say it is carried over
 */
public record Source(String id, String title, String url, List<String> regimes) {

    public Source {
        regimes = regimes == null ? List.of() : List.copyOf(regimes);
    }
}
