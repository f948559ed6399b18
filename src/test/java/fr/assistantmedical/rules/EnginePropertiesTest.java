package fr.assistantmedical.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.assistantmedical.rulebook.RulebookParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the rules engine over generated profiles and dates. */
class EnginePropertiesTest {

    private static final Rulebook RULEBOOK = load();
    private static final Simulator SIMULATOR = new Simulator(RULEBOOK);
    private static final LocalDate FIRST = RULEBOOK.firstDate();
    private static final LocalDate LAST = LocalDate.parse("2031-12-31");

    private static Rulebook load() {
        try (InputStream in = EnginePropertiesTest.class.getClassLoader().getResourceAsStream("rulebook/rulebook.yaml")) {
            return RulebookParser.parse(in, "bundled");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Case(Profile profile, Option option) {
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(0, FIRST.until(LAST, java.time.temporal.ChronoUnit.DAYS)).map(FIRST::plusDays);
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<LocalDate> asOf = dates();
        Arbitrary<String> specialty = Arbitraries.of(RULEBOOK.specialties().stream().map(Specialty::code).toList());
        Arbitrary<Integer> sector = Arbitraries.of(1, 2);
        Arbitrary<Boolean> optional = Arbitraries.of(true, false).injectNull(0.3);
        Arbitrary<Integer> counts = Arbitraries.integers().between(0, 100_000).injectNull(0.15)
                .edgeCases(c -> c.add(774).add(775).add(640).add(1503).add(1721));
        Arbitrary<BigDecimal> share = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(2)
                .injectNull(0.4);
        Arbitrary<Integer> age = Arbitraries.integers().between(18, 120).injectNull(0.6);
        Arbitrary<Integer> installedDaysBefore = Arbitraries.integers().between(0, 4000).injectNull(0.7);
        Arbitrary<PercentileBand> band = Arbitraries.of(PercentileBand.class).injectNull(0.4);
        Arbitrary<Option> option = Arbitraries.of(Option.class).injectNull(0.5);
        return Combinators.combine(asOf, specialty, sector, optional, counts, counts, share, age).as(
                (d, s, sec, optam, mt, fa, ccam, a) -> new Profile(d, s, sec, optam, mt, fa, ccam, a, null, null, null,
                        null))
                .flatMap(p -> Combinators.combine(installedDaysBefore, optional, optional, band, option).as(
                        (days, zip, group, b, o) -> new Case(new Profile(p.asOf(), p.specialty(), p.sector(), p.optam(),
                                p.patientsMt(), p.patientsFileActive(), p.ccamShare(), p.age(),
                                days == null ? null : p.asOf().minusDays(days), zip, group, b), o)));
    }

    @Property(tries = 2000)
    void theEngineNeverThrowsAndAmountsAreNeverNegative(@ForAll("cases") Case c) {
        Simulation s = SIMULATOR.simulate(c.profile(), c.option(), c.profile().hashCode() % 4 == 0);
        for (OptionSimulation o : s.simulations()) {
            for (ScheduleYear y : o.years()) {
                assertTrue(y.maxAid() == null || y.maxAid().signum() >= 0, () -> c + ": " + y);
            }
        }
    }

    @Property(tries = 2000)
    void theTotalIsTheSumOfTheYears(@ForAll("cases") Case c) {
        for (OptionSimulation o : SIMULATOR.simulate(c.profile(), c.option(), false).simulations()) {
            if (o.years().stream().allMatch(y -> y.maxAid() != null)) {
                assertEquals(0, o.years().stream().map(ScheduleYear::maxAid).reduce(BigDecimal.ZERO, BigDecimal::add)
                        .compareTo(o.totalMaxAid()), c::toString);
            } else {
                assertEquals(null, o.totalMaxAid(), c::toString);
            }
        }
    }

    @Property(tries = 2000)
    void amountsNeverRiseFromYearOneToYearThreeExceptInTheFixedRow(@ForAll("cases") Case c) {
        for (OptionSimulation o : SIMULATOR.simulate(c.profile(), c.option(), false).simulations()) {
            List<ScheduleYear> y = o.years();
            if (y.get(0).row() == AmountRow.P95_PLUS) {
                assertTrue(y.stream().limit(3).allMatch(x -> x.row() == AmountRow.P95_PLUS), c::toString);
                continue;
            }
            for (int i = 1; i < 3; i++) {
                BigDecimal before = y.get(i - 1).maxAid();
                BigDecimal now = y.get(i).maxAid();
                if (before != null && now != null) {
                    assertTrue(now.compareTo(before) <= 0, () -> c + ": year " + y);
                }
            }
        }
    }

    @Property(tries = 2000)
    void aDoctorWhoIsNotEligibleGetsNoSchedule(@ForAll("cases") Case c) {
        Simulation s = SIMULATOR.simulate(c.profile(), c.option(), false);
        if (s.eligibility().status() == EligibilityStatus.NOT_ELIGIBLE) {
            assertTrue(s.simulations().isEmpty(), c::toString);
            assertTrue(s.eligibility().options().isEmpty(), c::toString);
        }
        assertEquals(5, s.simulations().stream().mapToInt(o -> o.years().size()).max().orElse(5));
    }

    @Property(tries = 1000)
    void theRegimeDependsOnlyOnTheDate(@ForAll("cases") Case a, @ForAll("cases") Case b) {
        Profile sameDate = new Profile(a.profile().asOf(), b.profile().specialty(), b.profile().sector(),
                b.profile().optam(), b.profile().patientsMt(), b.profile().patientsFileActive(), b.profile().ccamShare(),
                b.profile().age(), null, b.profile().priorityZone(), b.profile().groupPractice(),
                b.profile().percentileBand());
        assertEquals(SIMULATOR.eligibility(a.profile(), false).regime(), SIMULATOR.eligibility(sameDate, false).regime());
    }

    @Property(tries = 1000)
    void theRegimeChangesOnlyOnItsEffectiveDates(@ForAll("dates") LocalDate date) {
        Regime today = RULEBOOK.regimeAt(date).orElseThrow();
        Regime yesterday = RULEBOOK.regimeAt(date.minusDays(1)).orElse(null);
        boolean effectiveDate = RULEBOOK.regimes().stream().anyMatch(r -> r.from().equals(date));
        assertEquals(!effectiveDate, today.equals(yesterday), date::toString);
    }
}
