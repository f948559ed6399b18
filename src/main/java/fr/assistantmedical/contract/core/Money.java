package fr.assistantmedical.contract.core;

import java.math.BigDecimal;

/** Euros with two decimals. */
final class Money {

    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Money() {
    }

    static BigDecimal add(BigDecimal total, BigDecimal amount) {
        return total == null || amount == null ? null : total.add(amount);
    }
}
