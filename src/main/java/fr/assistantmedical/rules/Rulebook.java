package fr.assistantmedical.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The loaded law: sources, specialties, regimes and dated parameters. Immutable. */
public final class Rulebook {

    private final String id;
    private final String version;
    private final LocalDate publishedOn;
    private final Map<String, Source> sources;
    private final Map<String, Specialty> specialties;
    private final List<Regime> regimes;
    private final List<Regime> collectiveRegimes;
    private final Map<String, Parameter> parameters;

    public Rulebook(String id, String version, LocalDate publishedOn, Map<String, Source> sources,
            List<Specialty> specialties, List<Regime> regimes, List<Parameter> parameters) {
        this(id, version, publishedOn, sources, specialties, regimes, List.of(), parameters);
    }

    /**
     * @param collectiveRegimes the texts of the collective contract (signed by a group's company): they
     *        run beside the individual regimes, which stay the only ones {@link #regimeAt} answers with
     */
    public Rulebook(String id, String version, LocalDate publishedOn, Map<String, Source> sources,
            List<Specialty> specialties, List<Regime> regimes, List<Regime> collectiveRegimes,
            List<Parameter> parameters) {
        this.id = id;
        this.version = version;
        this.publishedOn = publishedOn;
        this.sources = Map.copyOf(sources);
        Map<String, Specialty> bySpecialty = new LinkedHashMap<>();
        specialties.forEach(s -> bySpecialty.put(s.code(), s));
        this.specialties = bySpecialty;
        this.regimes = regimes.stream().sorted(Comparator.comparing(Regime::from)).toList();
        this.collectiveRegimes = collectiveRegimes.stream().sorted(Comparator.comparing(Regime::from)).toList();
        Map<String, Parameter> byName = new LinkedHashMap<>();
        parameters.forEach(p -> byName.put(p.name(), p));
        this.parameters = byName;
    }

    public String id() {
        return id;
    }

    public String version() {
        return version;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public Map<String, Source> sources() {
        return sources;
    }

    public List<Specialty> specialties() {
        return List.copyOf(specialties.values());
    }

    public Optional<Specialty> specialty(String code) {
        return Optional.ofNullable(specialties.get(code));
    }

    /** Oldest first. */
    public List<Regime> regimes() {
        return regimes;
    }

    /** The collective contract's regimes, oldest first; empty when the rulebook does not know it. */
    public List<Regime> collectiveRegimes() {
        return collectiveRegimes;
    }

    /** The collective regime in force on {@code date}; empty before the first one. */
    public Optional<Regime> collectiveRegimeAt(LocalDate date) {
        return latestFrom(collectiveRegimes, date);
    }

    public List<Parameter> parameters() {
        return List.copyOf(parameters.values());
    }

    public Optional<Parameter> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    /** The regime in force on {@code date}; empty before the first one. */
    public Optional<Regime> regimeAt(LocalDate date) {
        return latestFrom(regimes, date);
    }

    private static Optional<Regime> latestFrom(List<Regime> list, LocalDate date) {
        Regime found = null;
        for (Regime r : list) {
            if (r.from().isAfter(date)) {
                break;
            }
            found = r;
        }
        return Optional.ofNullable(found);
    }

    /** The date before which no regime is in force. */
    public LocalDate firstDate() {
        return regimes.get(0).from();
    }
}
