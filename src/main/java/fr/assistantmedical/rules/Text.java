package fr.assistantmedical.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** French renderings of numbers in explanations. */
final class Text {

    private Text() {
    }

    static String percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString().replace('.', ',') + " %";
    }

    static String euros(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " €";
    }
}
