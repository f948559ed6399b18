package fr.assistantmedical.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One dated value of a parameter: it applies from {@code from} until the next value. A {@code null}
 * value means no readable source gives it; {@code note} then says what is missing.
 *
 * @param value Integer, BigDecimal, Boolean, String or List&lt;String&gt;, according to the parameter type
 * @param carriedOver the value applies to a period its source does not speak of; {@code note} says so
 */
public record ParameterValue(LocalDate from, Object value, Source source, Certainty certainty,
        LocalDate verified, String note, Boundary boundary, boolean carriedOver) {

    public boolean known() {
        return value != null;
    }

    public Integer asInteger() {
        return (Integer) value;
    }

    public BigDecimal asDecimal() {
        return (BigDecimal) value;
    }

    public Boolean asBoolean() {
        return (Boolean) value;
    }

    public String asCode() {
        return (String) value;
    }

    @SuppressWarnings("unchecked")
    public List<String> asCodes() {
        return value == null ? null : (List<String>) value;
    }
}
