package fr.assistantmedical.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.assistantmedical.support.BundledRulebook;
import fr.assistantmedical.support.Property;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the rules engine over generated profiles and dates. The generator leans on the
 * places where the law changes its answer (activity floors, P90/P95, ages 64–66, twelve months since
 * installation, the regimes' first days and contract anniversaries); each run prints its seed.
 */
class EnginePropertiesTest {

    private static final Rulebook RULEBOOK = load();
    private static final Simulator SIMULATOR = new Simulator(RULEBOOK);
    private static final LocalDate FIRST = RULEBOOK.firstDate();
    private static final LocalDate LAST = LocalDate.parse("2031-12-31");
    /** Counts where an answer changes: the GP floors (P30 = 775, the 640 of group practice), P90 and P95. */
    private static final int[] COUNT_EDGES = {0, 640, 775, 1503, 1721, 100_000};
    private static final int[] AGE_EDGES = {64, 65, 66};

    private static Rulebook load() {
        return BundledRulebook.RULEBOOK;
    }

    record Case(Profile profile, Option option) {
    }

    /** A date of the rulebook's span, one time in three on or next to a regime's first day or an anniversary of it. */
    static LocalDate date(Random r) {
        if (r.nextInt(3) == 0) {
            LocalDate edge = RULEBOOK.regimes().get(r.nextInt(RULEBOOK.regimes().size())).from();
            LocalDate anniversary = edge.plusYears(r.nextInt(3));
            LocalDate d = anniversary.plusDays(r.nextInt(3) - 1);
            return d.isBefore(FIRST) ? FIRST : d;
        }
        return FIRST.plusDays(r.nextLong(FIRST.until(LAST, ChronoUnit.DAYS) + 1));
    }

    static Integer count(Random r) {
        int pick = r.nextInt(100);
        if (pick < 15) {
            return null;
        }
        if (pick < 55) {
            int edge = COUNT_EDGES[r.nextInt(COUNT_EDGES.length)] + r.nextInt(3) - 1;
            return Math.max(0, Math.min(100_000, edge));
        }
        return r.nextInt(100_001);
    }

    static Integer age(Random r) {
        int pick = r.nextInt(10);
        if (pick < 6) {
            return null;
        }
        return pick < 8 ? AGE_EDGES[r.nextInt(AGE_EDGES.length)] : 18 + r.nextInt(103);
    }

    /** Installed one year before the date, give or take a day, or anywhere in the previous eleven years. */
    static LocalDate installedOn(Random r, LocalDate asOf) {
        int pick = r.nextInt(10);
        if (pick < 7) {
            return null;
        }
        return pick < 9 ? asOf.minusMonths(12).plusDays(r.nextInt(3) - 1) : asOf.minusDays(r.nextInt(4001));
    }

    static Boolean maybe(Random r, double nulls) {
        return r.nextDouble() < nulls ? null : r.nextBoolean();
    }

    static <T> T maybe(Random r, double nulls, T[] values) {
        return r.nextDouble() < nulls ? null : values[r.nextInt(values.length)];
    }

    static Case generate(Random r) {
        LocalDate asOf = date(r);
        List<Specialty> specialties = RULEBOOK.specialties();
        String specialty = specialties.get(r.nextInt(specialties.size())).code();
        int sector = 1 + r.nextInt(2);
        Boolean optam = maybe(r, 0.3);
        Integer mt = count(r);
        Integer fa = count(r);
        BigDecimal ccam = r.nextDouble() < 0.4 ? null
                : r.nextInt(4) == 0 ? new BigDecimal(r.nextBoolean() ? "0.20" : "0.21")
                        : BigDecimal.valueOf(r.nextInt(101), 2);
        Integer age = age(r);
        LocalDate installed = installedOn(r, asOf);
        Boolean zone = maybe(r, 0.3);
        Boolean group = maybe(r, 0.3);
        PercentileBand band = maybe(r, 0.4, PercentileBand.values());
        Option option = maybe(r, 0.5, Option.values());
        return new Case(new Profile(asOf, specialty, sector, optam, mt, fa, ccam, age, installed, zone, group, band),
                option);
    }

    @Test
    void theEngineNeverThrowsAndAmountsAreNeverNegative() {
        Property.check("the engine never throws and amounts are never negative", 2000, EnginePropertiesTest::generate,
                c -> {
                    Simulation s = SIMULATOR.simulate(c.profile(), c.option(), c.profile().hashCode() % 4 == 0);
                    for (OptionSimulation o : s.simulations()) {
                        for (ScheduleYear y : o.years()) {
                            assertTrue(y.maxAid() == null || y.maxAid().signum() >= 0, () -> c + ": " + y);
                        }
                    }
                });
    }

    @Test
    void theTotalIsTheSumOfTheYears() {
        Property.check("the total is the sum of the years", 2000, EnginePropertiesTest::generate, c -> {
            for (OptionSimulation o : SIMULATOR.simulate(c.profile(), c.option(), false).simulations()) {
                if (o.years().stream().allMatch(y -> y.maxAid() != null)) {
                    assertEquals(0, o.years().stream().map(ScheduleYear::maxAid).reduce(BigDecimal.ZERO,
                            BigDecimal::add).compareTo(o.totalMaxAid()), c::toString);
                } else {
                    assertEquals(null, o.totalMaxAid(), c::toString);
                }
            }
        });
    }

    @Test
    void amountsNeverRiseFromYearOneToYearThreeExceptInTheFixedRow() {
        Property.check("amounts never rise from year 1 to year 3 except in the fixed row", 2000,
                EnginePropertiesTest::generate, c -> {
                    for (OptionSimulation o : SIMULATOR.simulate(c.profile(), c.option(), false).simulations()) {
                        List<ScheduleYear> y = o.years();
                        if (y.get(0).row() == AmountRow.P95_PLUS) {
                            assertTrue(y.stream().allMatch(x -> x.row() == AmountRow.P95_PLUS), c::toString);
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
                });
    }

    @Test
    void yearsFourAndFiveFollowYearThree() {
        Property.check("years 4 and 5 follow year 3: same row, checked, no gap, no older regime", 2000,
                EnginePropertiesTest::generate, c -> {
                    for (OptionSimulation o : SIMULATOR.simulate(c.profile(), c.option(), false).simulations()) {
                        List<ScheduleYear> y = o.years();
                        assertEquals(c.profile().asOf(), y.get(0).from(), c::toString);
                        for (int i = 1; i < y.size(); i++) {
                            ScheduleYear before = y.get(i - 1);
                            ScheduleYear now = y.get(i);
                            assertEquals(i + 1, now.contractYear(), c::toString);
                            assertEquals(before.to().plusDays(1), now.from(), () -> c + ": " + y);
                            assertFalse(now.regime().from().isBefore(before.regime().from()), () -> c + ": " + y);
                            assertTrue(!before.objectiveChecked() || now.objectiveChecked(), () -> c + ": " + y);
                        }
                        for (int i = 3; i < y.size(); i++) {
                            assertEquals(y.get(2).row(), y.get(i).row(), () -> c + ": " + y);
                            assertTrue(y.get(i).objectiveChecked(), () -> c + ": " + y);
                        }
                        assertFalse(y.get(0).objectiveChecked(), () -> c + ": " + y);
                        assertFalse(y.get(1).objectiveChecked(), () -> c + ": " + y);
                    }
                });
    }

    @Test
    void aDoctorWhoIsNotEligibleGetsNoSchedule() {
        Property.check("a doctor who is not eligible gets no schedule", 2000, EnginePropertiesTest::generate, c -> {
            Simulation s = SIMULATOR.simulate(c.profile(), c.option(), false);
            if (s.eligibility().status() == EligibilityStatus.NOT_ELIGIBLE) {
                assertTrue(s.simulations().isEmpty(), c::toString);
                assertTrue(s.eligibility().options().isEmpty(), c::toString);
            }
            assertEquals(5, s.simulations().stream().mapToInt(o -> o.years().size()).max().orElse(5));
        });
    }

    @Test
    void theRegimeDependsOnlyOnTheDate() {
        Property.check("the regime depends only on the date", 1000, r -> List.of(generate(r), generate(r)), pair -> {
            Case a = pair.get(0);
            Case b = pair.get(1);
            Profile sameDate = new Profile(a.profile().asOf(), b.profile().specialty(), b.profile().sector(),
                    b.profile().optam(), b.profile().patientsMt(), b.profile().patientsFileActive(),
                    b.profile().ccamShare(), b.profile().age(), null, b.profile().priorityZone(),
                    b.profile().groupPractice(), b.profile().percentileBand());
            assertEquals(SIMULATOR.eligibility(a.profile(), false).regime(),
                    SIMULATOR.eligibility(sameDate, false).regime());
        });
    }

    @Test
    void theRegimeChangesOnlyOnItsEffectiveDates() {
        Property.check("the regime changes only on its effective dates", 1000, EnginePropertiesTest::date, date -> {
            Regime today = RULEBOOK.regimeAt(date).orElseThrow();
            Regime yesterday = RULEBOOK.regimeAt(date.minusDays(1)).orElse(null);
            boolean effectiveDate = RULEBOOK.regimes().stream().anyMatch(r -> r.from().equals(date));
            assertEquals(!effectiveDate, today.equals(yesterday), date::toString);
        });
    }
}
