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

    static String percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString().replace('.', ',') + " %";
    }

    /** 2025-03-01 becomes "1er mars 2025". */
    public static String date(LocalDate date) {
        return (date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth())) + " "
                + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** 6601 becomes "6 601,00 €" (no-break spaces, so that an amount never splits across lines). */
    public static String euros(BigDecimal amount) {
        String plain = amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int point = digits.indexOf('.');
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < point; i++) {
            if (i > 0 && (point - i) % 3 == 0) {
                grouped.append('\u00a0');
            }
            grouped.append(digits.charAt(i));
        }
        return (negative ? "-" : "") + grouped + "," + digits.substring(point + 1) + "\u00a0€";
    }
}
