package fr.assistantmedical.rulebook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.assistantmedical.rules.Boundary;
import fr.assistantmedical.rules.Certainty;
import fr.assistantmedical.rules.Parameter;
import fr.assistantmedical.rules.ParameterType;
import fr.assistantmedical.rules.ParameterValue;
import fr.assistantmedical.rules.Regime;
import fr.assistantmedical.rules.Rulebook;
import fr.assistantmedical.rules.RulebookException;
import fr.assistantmedical.rules.RulebookValidator;
import fr.assistantmedical.rules.Source;
import fr.assistantmedical.rules.Specialty;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a rulebook YAML document into the rules model, then validates it. Every problem, from a
 * misspelt field to an overlapping date, is collected; a rulebook with any problem is refused whole.
 */
public final class RulebookParser {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final List<String> problems = new ArrayList<>();
    private final Map<String, Source> sources = new LinkedHashMap<>();

    private RulebookParser() {
    }

    /** @throws RulebookException listing every problem found */
    public static Rulebook parse(InputStream yaml, String origin) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (IOException e) {
            throw new RulebookException(List.of(origin + ": not readable YAML: " + e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new RulebookException(List.of(origin + ": not a YAML mapping"));
        }
        return new RulebookParser().read(root);
    }

    private Rulebook read(JsonNode root) {
        fields(root, "rulebook", "id", "version", "publishedOn", "sources", "specialties", "regimes",
                "collectiveRegimes", "parameters");
        root.path("sources").fields().forEachRemaining(e -> {
            String where = "source " + e.getKey();
            fields(e.getValue(), where, "title", "url", "regimes");
            // A text known only from the project's stored copy has no address: its title says where it is.
            String url = optionalText(e.getValue(), "url");
            if (url != null && !url.matches("https?://\\S+")) {
                problems.add(where + ": url " + url + " is not an http(s) address");
            }
            List<String> periods = new ArrayList<>();
            e.getValue().path("regimes").forEach(r -> periods.add(r.asText()));
            if (periods.isEmpty()) {
                problems.add(where + ": missing regimes (the periods the text speaks of)");
            }
            sources.put(e.getKey(), new Source(e.getKey(), text(e.getValue(), "title", where), url, periods));
        });
        List<Specialty> specialties = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (JsonNode node : list(root, "specialties")) {
            fields(node, "specialty", "code", "label");
            Specialty s = new Specialty(text(node, "code", "specialty"), text(node, "label", "specialty"));
            if (s.code() != null && !codes.add(s.code())) {
                problems.add("specialty " + s.code() + ": defined twice");
            }
            specialties.add(s);
        }
        List<Regime> regimes = new ArrayList<>();
        for (JsonNode node : list(root, "regimes")) {
            regimes.add(regime(node));
        }
        // Optional: a rulebook without the collective contract still serves the individual one.
        List<Regime> collectiveRegimes = new ArrayList<>();
        root.path("collectiveRegimes").forEach(node -> collectiveRegimes.add(regime(node)));
        List<Parameter> parameters = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonNode node : list(root, "parameters")) {
            Parameter parameter = parameter(node);
            if (parameter != null && !names.add(parameter.name())) {
                problems.add("parameter " + parameter.name() + ": defined twice");
            }
            if (parameter != null) {
                parameters.add(parameter);
            }
        }
        Rulebook rulebook = new Rulebook(text(root, "id", "rulebook"), text(root, "version", "rulebook"),
                optionalDate(root, "publishedOn", "rulebook"), sources, specialties, regimes, collectiveRegimes,
                parameters);
        problems.addAll(RulebookValidator.validate(rulebook));
        if (!problems.isEmpty()) {
            throw new RulebookException(problems);
        }
        return rulebook;
    }

    private Regime regime(JsonNode node) {
        String where = "regime " + node.path("code").asText("?");
        fields(node, where, "code", "label", "from", "takesRunningContractsAtAnniversary", "source", "certainty",
                "verified", "note");
        return new Regime(text(node, "code", where), text(node, "label", where), date(node, "from", where),
                node.path("takesRunningContractsAtAnniversary").asBoolean(false), source(node, where),
                certainty(node, where), optionalDate(node, "verified", where), optionalText(node, "note"));
    }

    private Parameter parameter(JsonNode node) {
        String name = node.path("name").asText(null);
        String where = "parameter " + (name == null ? "?" : name);
        fields(node, where, "name", "description", "type", "unit", "values");
        ParameterType type = enumValue(ParameterType.class, node, "type", where);
        if (name == null || type == null) {
            problems.add(where + ": needs a name and a type");
            return null;
        }
        List<ParameterValue> values = new ArrayList<>();
        for (JsonNode v : list(node, "values")) {
            String at = where + " from " + v.path("from").asText("?");
            fields(v, at, "from", "value", "source", "certainty", "verified", "note", "boundary", "carriedOver");
            Boundary boundary = null;
            if (v.has("boundary")) {
                JsonNode b = v.get("boundary");
                fields(b, at + " boundary", "inclusive", "certainty", "note");
                boundary = new Boundary(b.path("inclusive").asBoolean(), enumValue(Certainty.class, b, "certainty", at),
                        optionalText(b, "note"));
            }
            JsonNode raw = v.path("value");
            boolean known = !raw.isNull() && !raw.isMissingNode();
            values.add(new ParameterValue(date(v, "from", at), known ? value(type, raw) : null, source(v, at),
                    certainty(v, at), optionalDate(v, "verified", at), optionalText(v, "note"), boundary,
                    v.path("carriedOver").asBoolean(false)));
        }
        return new Parameter(name, optionalText(node, "description"), type, optionalText(node, "unit"), values);
    }

    private static Object value(ParameterType type, JsonNode raw) {
        switch (type) {
            case INTEGER, PATIENTS:
                if (raw.isIntegralNumber() && raw.canConvertToInt()) {
                    return raw.intValue();
                }
                break;
            case SHARE, EUROS, ETP:
                if (raw.isNumber()) {
                    return raw.decimalValue();
                }
                break;
            case BOOLEAN:
                if (raw.isBoolean()) {
                    return raw.booleanValue();
                }
                break;
            case SECTORS, SPECIALTIES, OPTIONS, INDICATORS, STRUCTURES:
                if (raw.isArray()) {
                    List<String> codes = new ArrayList<>();
                    raw.forEach(c -> codes.add(c.asText()));
                    return List.copyOf(codes);
                }
                break;
            default:
                if (raw.isTextual()) {
                    return raw.textValue();
                }
        }
        // Kept as written: the validator says what is wrong with it.
        return raw.isTextual() ? raw.textValue() : raw.toString();
    }

    private void fields(JsonNode node, String where, String... allowed) {
        Set<String> known = Set.of(allowed);
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String field = it.next();
            if (!known.contains(field)) {
                problems.add(where + ": unknown field " + field);
            }
        }
    }

    private List<JsonNode> list(JsonNode node, String field) {
        List<JsonNode> items = new ArrayList<>();
        node.path(field).forEach(items::add);
        if (items.isEmpty()) {
            problems.add(field + ": missing or empty");
        }
        return items;
    }

    private String text(JsonNode node, String field, String where) {
        String value = optionalText(node, field);
        if (value == null) {
            problems.add(where + ": missing " + field);
        }
        return value;
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    private LocalDate date(JsonNode node, String field, String where) {
        LocalDate date = optionalDate(node, field, where);
        if (date == null) {
            problems.add(where + ": missing " + field + " date");
            return LocalDate.MIN;
        }
        return date;
    }

    private LocalDate optionalDate(JsonNode node, String field, String where) {
        String value = optionalText(node, field);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(where + ": " + field + " " + value + " is not a date (YYYY-MM-DD)");
            return null;
        }
    }

    private Source source(JsonNode node, String where) {
        String id = optionalText(node, "source");
        if (id != null && !sources.containsKey(id)) {
            problems.add(where + ": unknown source " + id);
            return new Source(id, null, null, List.of());
        }
        return id == null ? null : sources.get(id);
    }

    private Certainty certainty(JsonNode node, String where) {
        return enumValue(Certainty.class, node, "certainty", where);
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, JsonNode node, String field, String where) {
        String value = optionalText(node, field);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            problems.add(where + ": unknown " + field + " " + value);
            return null;
        }
    }
}
