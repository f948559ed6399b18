package fr.assistantmedical.rules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact fraction, for shares of an objective or of a year: amounts are multiplied by it and
 * rounded once, at the end, to the cent.
 */
public record Ratio(BigInteger numerator, BigInteger denominator) implements Comparable<Ratio> {

    public static final Ratio ZERO = of(0, 1);
    public static final Ratio ONE = of(1, 1);

    public Ratio {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator " + denominator);
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (gcd.signum() > 0 && !gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
    }

    public static Ratio of(long numerator, long denominator) {
        return new Ratio(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    public Ratio times(Ratio other) {
        return new Ratio(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    public Ratio plus(Ratio other) {
        return new Ratio(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    public Ratio clamp() {
        return signum() < 0 ? ZERO : compareTo(ONE) > 0 ? ONE : this;
    }

    public int signum() {
        return numerator.signum();
    }

    /** {@code amount} times this ratio, rounded half-up to the cent: the only rounding of an amount. */
    public BigDecimal applyTo(BigDecimal amount) {
        return new BigDecimal(amount.unscaledValue().multiply(numerator), amount.scale())
                .divide(new BigDecimal(denominator), 2, RoundingMode.HALF_UP);
    }

    /** For display: the ratio with {@code scale} decimals, rounded half-up. */
    public BigDecimal rate(int scale) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP);
    }

    @Override
    public int compareTo(Ratio other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }
}
