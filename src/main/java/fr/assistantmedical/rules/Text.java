package fr.assistantmedical.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** French renderings of numbers and dates in explanations. */
public final class Text {

    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"};

    private Text() {
    }

    public static String percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString().replace('.', ',') + " %";
    }

    /** 2025-03-01 becomes "1er mars 2025". */
    public static String date(LocalDate date) {
        return (date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth())) + " "
                + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** 6601 becomes "6 601,00 €" (no-break spaces). */
    public static String euros(BigDecimal amount) {
        String plain = amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
        return grouped(plain.substring(0, plain.length() - 3)) + "," + plain.substring(plain.length() - 2) + "\u00a0€";
    }

    /** 1503 becomes "1 503" (no-break space). */
    public static String number(long value) {
        return grouped(Long.toString(value));
    }

    private static String grouped(String digits) {
        boolean negative = digits.startsWith("-");
        String d = negative ? digits.substring(1) : digits;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < d.length(); i++) {
            if (i > 0 && (d.length() - i) % 3 == 0) {
                out.append('\u00a0');
            }
            out.append(d.charAt(i));
        }
        return (negative ? "-" : "") + out;
    }
}
