package fr.assistantmedical.campaign.presentation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as a French reader writes them: « 19 000,00 € », « 1 200 ». Spaces are non-breaking. */
public final class French {

    /** Non-breaking space: an amount or a count never splits over two lines. */
    public static final char NBSP = '\u00A0';

    private French() {
    }

    /** Euros with two decimals (the rulebook's amounts already have them; nothing is rounded away). */
    public static String euros(BigDecimal amount) {
        String plain = amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        return (negative ? "-" : "") + group(digits.substring(0, dot)) + "," + digits.substring(dot + 1) + NBSP + "€";
    }

    public static String count(long n) {
        return (n < 0 ? "-" : "") + group(Long.toString(Math.abs(n)));
    }

    private static String group(String digits) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(NBSP);
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
