package fr.assistantmedical.rules;

/** Says that an answer rests on a provisional or missing value, and names it. */
public record Warning(String parameter, String message) {
}
