package fr.assistantmedical.rules;

/** A public text that a rulebook value comes from. */
public record Source(String id, String title, String url) {
}
