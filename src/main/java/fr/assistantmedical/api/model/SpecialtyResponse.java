package fr.assistantmedical.api.model;

public record SpecialtyResponse(String code, String label) {
}
