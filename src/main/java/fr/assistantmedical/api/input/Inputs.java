package fr.assistantmedical.api.input;

import fr.assistantmedical.api.problem.InvalidRequestException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Bounds every value read from a request before anything computes with it: a decimal with a huge
 * exponent costs minutes of arithmetic, a date past year 9999 overflows date arithmetic and the
 * database, a NUL character is refused by PostgreSQL.
 */
public final class Inputs {

    /** Decimals after the point any decimal input may have (a share has 4, an amount 2). */
    public static final int MAX_SCALE = 10;
    /** Digits before the point any decimal input may have. */
    public static final int MAX_INTEGER_DIGITS = 15;
    public static final String DECIMAL_REFUSED = "nombre hors des valeurs admises (au plus " + MAX_INTEGER_DIGITS
            + " chiffres avant la virgule et " + MAX_SCALE + " après)";
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 9999;
    public static final String DATE_REFUSED = "date attendue au format AAAA-MM-JJ, entre " + MIN_YEAR + " et "
            + MAX_YEAR;
    public static final String CONTROL_REFUSED = "caractère de contrôle interdit (caractère nul ou non imprimable)";
    /** The longest piece of an input value an answer repeats. */
    public static final int ECHO = 40;

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private Inputs() {
    }

    /** Whether a decimal is small enough in scale and magnitude to compute with. */
    public static boolean boundedDecimal(BigDecimal value) {
        if (value == null) {
            return true;
        }
        BigDecimal v = value;
        if (v.scale() > MAX_SCALE || v.scale() < -MAX_INTEGER_DIGITS) {
            if (v.signum() == 0) {
                return true;
            }
            // Cheap even for a huge scale: the unscaled value is as long as the text that was read.
            v = v.stripTrailingZeros();
            if (v.scale() > MAX_SCALE) {
                return false;
            }
        }
        return (long) v.precision() - v.scale() <= MAX_INTEGER_DIGITS;
    }

    /**
     * Reads a decimal from text, refusing it before any arithmetic when it is out of bounds.
     *
     * @throws NumberFormatException when the text is no decimal or out of bounds
     */
    public static BigDecimal decimal(String text) {
        if (text.length() > 40) {
            throw new NumberFormatException();
        }
        BigDecimal value = new BigDecimal(text);
        if (!boundedDecimal(value)) {
            throw new NumberFormatException();
        }
        return value;
    }

    /**
     * Reads a calendar date written AAAA-MM-JJ, from year 1900 to 9999; no time, no sign, no other form.
     *
     * @throws DateTimeParseException when the text is no such date
     */
    public static LocalDate date(String text) {
        if (text == null || !DATE.matcher(text).matches()) {
            throw new DateTimeParseException(DATE_REFUSED, String.valueOf(text), 0);
        }
        LocalDate date = LocalDate.parse(text);
        if (date.getYear() < MIN_YEAR) {
            throw new DateTimeParseException(DATE_REFUSED, text, 0);
        }
        return date;
    }

    /** Whether a date lies in the range the service stores and computes with. */
    public static boolean boundedDate(LocalDate date) {
        return date == null || (date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR);
    }

    /** An Idempotency-Key header: none, or 1 to 200 printable characters (its column's width). */
    public static void checkIdempotencyKey(String key) {
        if (key != null && (key.isBlank() || key.length() > 200 || hasControl(key))) {
            throw new InvalidRequestException("Idempotency-Key", "clé de 1 à 200 caractères imprimables");
        }
    }

    /** Whether text has a NUL or another control character other than tab and line ends. */
    public static boolean hasControl(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    /** A value as an answer may repeat it: printable, and at most a few dozen characters. */
    public static String echo(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), ECHO + 1));
        for (int i = 0; i < value.length() && out.length() < ECHO; i++) {
            char c = value.charAt(i);
            out.append(c < 0x20 || c == 0x7F ? '?' : c);
        }
        return value.length() > ECHO ? out + "…" : out.toString();
    }
}
