package fr.assistantmedical.support;

import java.security.SecureRandom;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A property checked over generated values: each run draws a seed (or takes the one given by
 * {@code -Dproperty.seed=…}), prints it, and names it in a failure together with the failing value,
 * so that the same values can be drawn again.
 */
public final class Property {

    /** The system property that replays a run. */
    public static final String SEED = "property.seed";
    /**
     * The system property that caps the tries of every property: mutation testing runs the tests once
     * per mutant and sets it low; an ordinary run keeps each property's own number.
     */
    public static final String MAX_TRIES = "property.maxTries";

    private Property() {
    }

    public static long seed() {
        String given = System.getProperty(SEED);
        return given == null || given.isBlank() ? new SecureRandom().nextLong() : Long.parseLong(given.trim());
    }

    /**
     * Checks {@code property} on {@code tries} values drawn by {@code generator} from one seeded source.
     */
    public static <T> void check(String name, int tries, Function<Random, T> generator, Consumer<T> property) {
        long seed = seed();
        int runs = Math.min(tries, Integer.getInteger(MAX_TRIES, tries));
        System.out.printf("property « %s »: %d tries, seed %d (replay with -D%s=%d)%n", name, runs, seed, SEED, seed);
        Random random = new Random(seed);
        for (int i = 1; i <= runs; i++) {
            T value = generator.apply(random);
            try {
                property.accept(value);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("property « " + name + " » fails at try " + i + " of seed " + seed
                        + " (replay with -D" + SEED + "=" + seed + "): " + value, e);
            }
        }
    }
}
