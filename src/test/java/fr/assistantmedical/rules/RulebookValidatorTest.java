package fr.assistantmedical.rules;

import static fr.assistantmedical.rules.Rulebooks.withExtra;
import static fr.assistantmedical.rules.Rulebooks.withParameter;
import static fr.assistantmedical.rules.Rulebooks.withParameters;
import static fr.assistantmedical.rules.Rulebooks.withRegimes;
import static fr.assistantmedical.rules.Rulebooks.withValueAt;
import static fr.assistantmedical.rules.Rulebooks.without;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.assistantmedical.support.BundledRulebook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A rulebook with one thing wrong is refused with exactly the problem that names it, and nothing
 * else: the bundled rulebook has no problem, so every problem listed comes from the change.
 */
class RulebookValidatorTest {

    private static final Rulebook BUNDLED = load();
    private static final LocalDate FIRST = LocalDate.parse("2019-08-21");

    private static Rulebook load() {
        return BundledRulebook.RULEBOOK;
    }

    /** The bundled rulebook with the first value of {@code name} holding {@code value} instead. */
    private static Rulebook withFirstValue(String name, Object value) {
        return withValueAt(BUNDLED, name, 0, v -> new ParameterValue(v.from(), value, v.source(),
                v.certainty(), v.verified(), v.note(), v.boundary(), v.carriedOver()));
    }

    private static ParameterValue value(LocalDate from, Object value) {
        // A source that speaks of the three individual regimes: a value from it may apply to any of them.
        return new ParameterValue(from, value, BUNDLED.sources().get("ameli-2024-changes"), Certainty.OFFICIAL,
                LocalDate.parse("2026-12-02"), null, null, false);
    }

    private static List<String> problems(Rulebook rulebook) {
        return RulebookValidator.validate(rulebook);
    }

    @Test
    void theBundledRulebookHasNoProblem() {
        assertEquals(List.of(), problems(BUNDLED));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            contract.durationYears                    | -1         | parameter contract.durationYears from 2019-08-21: -1 is not a whole number >= 0
            contract.durationYears                    | 2.5        | parameter contract.durationYears from 2019-08-21: 2.5 is not a whole number >= 0
            eligibility.activityFloor.inclusive       | yes        | parameter eligibility.activityFloor.inclusive from 2019-08-21: yes is not true or false
            eligibility.activityFloor.percentile      | P31        | parameter eligibility.activityFloor.percentile from 2019-08-21: unknown percentile code P31
            objectives.increaseRounding               | CEILING    | parameter objectives.increaseRounding from 2019-08-21: unknown rounding code CEILING
            review.modulation                         | HALF       | parameter review.modulation from 2019-08-21: unknown modulation code HALF
            review.indicatorCombination               | MEDIAN     | parameter review.indicatorCombination from 2019-08-21: unknown combination code MEDIAN
            contract.firstYearStart                   | ANYTIME    | parameter contract.firstYearStart from 2019-08-21: unknown contract start code ANYTIME
            eligibility.activityFloor.indicator.default | PATIENTS | parameter eligibility.activityFloor.indicator.default from 2019-08-21: unknown indicator code PATIENTS
            eligibility.sectors                       | SECTOR_1   | parameter eligibility.sectors from 2019-08-21: SECTOR_1 is not a list of sector codes
            """)
    void aValueOfTheWrongKindIsNamed(String name, String written, String problem) {
        Object value = written.matches("-?[0-9]+") ? (Object) Integer.valueOf(written)
                : written.matches("[0-9.]+") ? new BigDecimal(written) : written;
        assertEquals(List.of(problem), problems(withFirstValue(name, value)));
    }

    @Test
    void sharesLieBetweenZeroAndOne() {
        String name = "objectives.increase.THIRD_TIME.P30_P50";
        LocalDate from = BUNDLED.parameter(name).orElseThrow().values().get(0).from();
        String where = "parameter " + name + " from " + from + ": ";
        assertEquals(List.of(where + "1.0001 is not a share between 0 and 1"),
                problems(withFirstValue(name, new BigDecimal("1.0001"))).stream().filter(p -> p.startsWith(where)).toList());
        assertEquals(List.of(where + "-0.01 is not a share between 0 and 1"),
                problems(withFirstValue(name, new BigDecimal("-0.01"))).stream().filter(p -> p.startsWith(where)).toList());
        assertEquals(List.of(where + "20 % is not a share between 0 and 1"),
                problems(withFirstValue(name, "20 %")).stream().filter(p -> p.startsWith(where)).toList());
        assertEquals(List.of(), problems(withFirstValue(name, BigDecimal.ONE)).stream().filter(p -> p.startsWith(where))
                .toList());
        assertEquals(List.of(), problems(withFirstValue(name, BigDecimal.ZERO)).stream().filter(p -> p.startsWith(where))
                .toList());
    }

    @Test
    void amountsAreEurosAndCents() {
        String name = ParameterNames.amount(Option.HALF_TIME, AmountRow.YEAR_1);
        String where = "parameter " + name + " from " + BUNDLED.parameter(name).orElseThrow().values().get(0).from() + ": ";
        assertEquals(List.of(where + "10.005 is not an amount in euros >= 0 with at most 2 decimals"),
                problems(withFirstValue(name, new BigDecimal("10.005"))).stream().filter(p -> p.startsWith(where)).toList());
        assertEquals(List.of(where + "-1 is not an amount in euros >= 0 with at most 2 decimals"),
                problems(withFirstValue(name, new BigDecimal("-1"))).stream().filter(p -> p.startsWith(where)).toList());
        assertEquals(List.of(where + "12000 is not an amount in euros >= 0 with at most 2 decimals"),
                problems(withFirstValue(name, 12000)).stream().filter(p -> p.startsWith(where)).toList());
        assertEquals(List.of(), problems(withFirstValue(name, new BigDecimal("99999.500"))).stream()
                .filter(p -> p.startsWith(where)).toList());
    }

    @Test
    void anEtpIsAMultipleOfAHalf() {
        String name = "collective.etp.perMember";
        String where = "parameter " + name + " from 2026-02-25: ";
        assertEquals(List.of(where + "0.3 is not a number of ETP >= 0, a multiple of 0.5"),
                problems(withFirstValue(name, new BigDecimal("0.3"))));
        assertEquals(List.of(where + "-0.5 is not a number of ETP >= 0, a multiple of 0.5"),
                problems(withFirstValue(name, new BigDecimal("-0.5"))));
        assertEquals(List.of(where + "1 is not a number of ETP >= 0, a multiple of 0.5"),
                problems(withFirstValue(name, 1)));
        assertEquals(List.of(), problems(withFirstValue(name, new BigDecimal("1.5"))));
        assertEquals(List.of(), problems(withFirstValue(name, new BigDecimal("0"))));
    }

    @Test
    void codesInAListAreKnownOnes() {
        assertEquals(List.of("parameter collective.structures from 2026-02-25: unknown structure code SARL"),
                problems(withFirstValue("collective.structures", List.of("SCP", "SARL"))));
        assertEquals(List.of("parameter eligibility.sectors from 2019-08-21: unknown sector code SECTOR_3"),
                problems(withFirstValue("eligibility.sectors", List.of("SECTOR_1", "SECTOR_3"))));
        assertEquals(List.of("parameter eligibility.excludedSpecialties from 2019-08-21: unknown specialty code DENTISTE"),
                problems(withFirstValue("eligibility.excludedSpecialties", List.of("RADIOLOGIE", "DENTISTE"))));
    }

    @Test
    void aTextIsOneLineOfAtMostSixHundredCharacters() {
        String name = "information.paymentTiming";
        String problem = "parameter " + name + " from 2019-08-21: a text is one line of 1 to 600 characters";
        assertEquals(List.of(problem), problems(withFirstValue(name, "ligne\nsuivante")));
        assertEquals(List.of(problem), problems(withFirstValue(name, "  ")));
        assertEquals(List.of(problem), problems(withFirstValue(name, "x".repeat(601))));
        assertEquals(List.of(problem), problems(withFirstValue(name, List.of("texte"))));
        assertEquals(List.of(), problems(withFirstValue(name, "x".repeat(600))));
    }

    @Test
    void aMissingValueSaysWhatIsMissing() {
        assertEquals(List.of("parameter contract.durationYears from 2019-08-21: a missing value needs a note saying "
                + "what is missing"), problems(withParameter(BUNDLED, "contract.durationYears",
                        p -> new Parameter(p.name(), p.description(), p.type(), p.unit(), List.of(new ParameterValue(
                                FIRST, null, null, null, null, " ", null, false))))));
        assertEquals(List.of(), problems(withParameter(BUNDLED, "contract.durationYears", p -> new Parameter(p.name(),
                p.description(), p.type(), p.unit(), List.of(new ParameterValue(FIRST, null, null, null, null,
                        "Introuvable.", null, false))))));
    }

    @Test
    void aKnownValueHasItsProvenance() {
        assertEquals(List.of("parameter contract.durationYears from 2019-08-21: no source",
                "parameter contract.durationYears from 2019-08-21: no certainty",
                "parameter contract.durationYears from 2019-08-21: no verification date"),
                problems(withParameter(BUNDLED, "contract.durationYears", p -> new Parameter(p.name(), p.description(),
                        p.type(), p.unit(), List.of(new ParameterValue(FIRST, 5, null, null, null, null, null,
                                false))))));
        ParameterValue v = value(FIRST, 5);
        assertEquals(List.of("parameter contract.durationYears from 2019-08-21: boundary without certainty"),
                problems(withParameter(BUNDLED, "contract.durationYears", p -> new Parameter(p.name(), p.description(),
                        p.type(), p.unit(), List.of(new ParameterValue(FIRST, 5, v.source(), v.certainty(),
                                v.verified(), null, new Boundary(true, null, null), false))))));
    }

    @Test
    void aHistoryHasNoGapAndNoOverlap() {
        String name = "contract.durationYears";
        assertEquals(List.of("parameter " + name + ": no values"),
                problems(withParameter(BUNDLED, name, p -> new Parameter(name, p.description(), p.type(), p.unit(),
                        List.of()))));
        assertEquals(List.of("parameter " + name + ": no value between 2019-08-21 and 2019-08-22"),
                problems(withParameter(BUNDLED, name, p -> new Parameter(name, p.description(), p.type(), p.unit(),
                        List.of(value(LocalDate.parse("2019-08-22"), 5))))));
        assertEquals(List.of("parameter " + name + ": value from 2019-08-21 overlaps the value from 2019-08-21"),
                problems(withParameter(BUNDLED, name, p -> new Parameter(name, p.description(), p.type(), p.unit(),
                        List.of(value(FIRST, 5), value(FIRST, 5))))));
        assertEquals(List.of("parameter " + name + ": value from 2019-08-20 overlaps the value from 2019-08-21"),
                problems(withParameter(BUNDLED, name, p -> new Parameter(name, p.description(), p.type(), p.unit(),
                        List.of(value(FIRST, 5), value(LocalDate.parse("2019-08-20"), 5))))));
        // A value from before the first regime is no gap.
        assertEquals(List.of(), problems(withParameter(BUNDLED, name, p -> new Parameter(name, p.description(),
                p.type(), p.unit(), List.of(value(LocalDate.parse("2019-08-20"), 5), value(FIRST, 5))))));
    }

    @Test
    void aRequiredParameterIsThereAndAnUnknownOneIsNot() {
        assertEquals(List.of("parameter contract.durationYears: missing"),
                problems(without(BUNDLED, "contract.durationYears")));
        assertEquals(List.of("parameter collective.structures: missing"),
                problems(without(BUNDLED, "collective.structures")));
        // Without the collective regime, its parameters are not required; its sources then speak of nothing known.
        assertEquals(List.of("source ameli-aide-collective: unknown regime COLLECTIF_2026",
                "source mesdocs-collectif: unknown regime COLLECTIF_2026"), problems(withParameters(
                        withRegimes(BUNDLED, BUNDLED.regimes(), List.of()), BUNDLED.parameters().stream()
                                .filter(p -> !p.name().startsWith(CollectiveNames.PREFIX)).toList())).stream().sorted()
                        .toList());
        Parameter unknown = new Parameter("contract.durationMonths", null, ParameterType.INTEGER, null,
                List.of(value(FIRST, 60)));
        assertEquals(List.of("parameter contract.durationMonths: unknown parameter"),
                problems(withExtra(BUNDLED, unknown)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            percentiles.DENTISTE.MT.P30                         | parameter percentiles.DENTISTE.MT.P30 from 2019-08-21: unknown specialty code DENTISTE
            percentiles.MEDECINE_GENERALE.XX.P30                | parameter percentiles.MEDECINE_GENERALE.XX.P30 from 2019-08-21: unknown indicator code XX
            percentiles.MEDECINE_GENERALE.MT.P35                | parameter percentiles.MEDECINE_GENERALE.MT.P35 from 2019-08-21: unknown percentile code P35
            percentiles.MEDECINE_GENERALE.MT                    | parameter percentiles.MEDECINE_GENERALE.MT: unknown parameter
            renewal.renewableOptions.AVENANT_9                  | parameter renewal.renewableOptions.AVENANT_9 from 2019-08-21: unknown regime code AVENANT_9
            eligibility.activityFloor.indicator.DENTISTE        | parameter eligibility.activityFloor.indicator.DENTISTE from 2019-08-21: unknown specialty code DENTISTE
            objectives.indicators.DENTISTE                      | parameter objectives.indicators.DENTISTE from 2019-08-21: unknown specialty code DENTISTE
            """)
    void aParameterNamedAfterACodeNamesAKnownOne(String name, String problem) {
        Parameter extra = new Parameter(name, null, ParameterType.INTEGER, null, List.of(value(FIRST, 1)));
        List<String> found = problems(withExtra(BUNDLED, extra));
        assertEquals(List.of(problem.replace(" from 2019-08-21", "")), found.stream()
                .filter(p -> p.startsWith("parameter " + name + ":")).toList(), found.toString());
    }

    @Test
    void limitsThatAreAllowed() {
        // Year 2 may pay as much as year 3 and later, not less.
        assertEquals(List.of(), problems(withFirstValue("amounts.THIRD_TIME.year2", new BigDecimal("7000"))));
        assertEquals(List.of("amounts.THIRD_TIME on 2019-08-21: year2 (6999.99) is below year3Plus (7000)"),
                problems(withFirstValue("amounts.THIRD_TIME.year2", new BigDecimal("6999.99"))));
        // Zero is a whole number and an amount; two decimals are cents.
        assertEquals(List.of(), problems(withFirstValue("contract.durationYears", 0)));
        String year1 = "amounts.THIRD_TIME.year1";
        String where = "parameter " + year1 + " from 2019-08-21: ";
        assertEquals(List.of(), problems(withFirstValue(year1, new BigDecimal("12000.55"))).stream()
                .filter(p -> p.startsWith(where)).toList());
        assertEquals(List.of(), problems(withFirstValue(year1, BigDecimal.ZERO)).stream()
                .filter(p -> p.startsWith(where)).toList());
    }

    @Test
    void codesOfOptionsAndIndicatorsAreKnownOnes() {
        assertEquals(List.of("parameter options.open from 2019-08-21: unknown option code TWO_THIRDS"),
                problems(withFirstValue("options.open", List.of("HALF_TIME", "TWO_THIRDS"))));
        assertEquals(List.of("parameter objectives.indicators.MEDECINE_GENERALE from 2019-08-21: unknown indicator "
                + "code XX"), problems(withFirstValue("objectives.indicators.MEDECINE_GENERALE", List.of("MT", "XX"))));
    }

    @Test
    void theCcamCeilingAndTheClinicalFloorShareTheirBoundary() {
        // From 2024-06-22 the CCAM ceiling and the clinical floor split the fees: made exclusive, the
        // ceiling no longer meets the inclusive floor.
        Rulebook exclusive = withValueAt(BUNDLED, ParameterNames.MAX_CCAM_SHARE, 2, v -> new ParameterValue(v.from(),
                v.value(), v.source(), v.certainty(), v.verified(), v.note(), new Boundary(false,
                        v.boundary().certainty(), v.boundary().note()), v.carriedOver()));
        assertEquals(List.of("fee split on 2024-06-22: the CCAM ceiling (0.2, inclusive false) and the clinical floor "
                + "(0.8, inclusive true) disagree"), problems(exclusive).stream().filter(p -> p.startsWith("fee split"))
                        .toList());
    }

    @Test
    void equalThresholdsOfTwoPercentilesAreRefused() {
        // P95 given the value of P90 (1 503) from 2023-05-01, still in force on 2024-06-22 (when P30 and P50 change).
        Rulebook equal = withValueAt(BUNDLED, "percentiles.MEDECINE_GENERALE.MT.P95", 1, v -> new ParameterValue(
                v.from(), 1503, v.source(), v.certainty(), v.verified(), v.note(), v.boundary(), v.carriedOver()));
        assertEquals(List.of("parameter percentiles.MEDECINE_GENERALE.MT.P95 on 2023-05-01: 1503 is not above the "
                + "lower percentile (1503)", "parameter percentiles.MEDECINE_GENERALE.MT.P95 on 2024-06-22: 1503 is not "
                + "above the lower percentile (1503)"), problems(equal));
    }

    @Test
    void onlyThePercentileThresholdsOfOneSpecialtyAndIndicatorAreOrdered() {
        // Names outside the percentile families are refused as unknown, never compared as thresholds.
        List<Parameter> extra = List.of(
                new Parameter("objectives.table.MT.P50", null, ParameterType.PATIENTS, null, List.of(value(FIRST, 1000))),
                new Parameter("objectives.table.MT.P70", null, ParameterType.PATIENTS, null, List.of(value(FIRST, 900))),
                new Parameter("percentiles.MEDECINE_GENERALE.MT.X.P50", null, ParameterType.PATIENTS, null,
                        List.of(value(FIRST, 1000))),
                new Parameter("percentiles.MEDECINE_GENERALE.MT.X.P70", null, ParameterType.PATIENTS, null,
                        List.of(value(FIRST, 900))));
        assertEquals(List.of("parameter objectives.table.MT.P50: unknown parameter",
                "parameter objectives.table.MT.P70: unknown parameter",
                "parameter percentiles.MEDECINE_GENERALE.MT.X.P50: unknown parameter",
                "parameter percentiles.MEDECINE_GENERALE.MT.X.P70: unknown parameter"),
                problems(withExtra(BUNDLED, extra.toArray(Parameter[]::new))).stream().sorted().toList());
    }

    @Test
    void aCollectiveRegimeHasACodeOfItsOwn() {
        Regime collective = BUNDLED.collectiveRegimes().get(0);
        String individual = BUNDLED.regimes().get(BUNDLED.regimes().size() - 1).code();
        Regime reusing = new Regime(individual, collective.label(), collective.from(),
                collective.takesRunningContractsAtAnniversary(), collective.source(), collective.certainty(),
                collective.verified(), collective.note());
        assertEquals(List.of("regime " + individual + ": defined twice"),
                problems(withRegimes(BUNDLED, BUNDLED.regimes(), List.of(reusing))).stream()
                        .filter(p -> p.startsWith("regime ")).toList());
    }
}
