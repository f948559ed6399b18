package fr.assistantmedical.rules;

public record Specialty(String code, String label) {
}
