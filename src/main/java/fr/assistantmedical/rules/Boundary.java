package fr.assistantmedical.rules;

/**
 * Whether a threshold itself passes, and how sure we are of it. Only matters when an observed value
 * equals the threshold exactly.
 */
public record Boundary(boolean inclusive, Certainty certainty, String note) {
}
