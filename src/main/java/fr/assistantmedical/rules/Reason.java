package fr.assistantmedical.rules;

/**
 * One condition checked, with its outcome and where the rule comes from.
 *
 * @param code stable identifier, for software
 * @param message French explanation, for people
 * @param option the option the condition is about, or null when it is about the doctor
 * @param parameter the rulebook parameter that decided it, or null
 * @param source the source of that parameter's value, or null when none is known
 * @param input the request field that would settle or change the outcome, or null
 */
public record Reason(String code, Outcome outcome, String message, Option option, String parameter, Source source,
        String input) {
}
