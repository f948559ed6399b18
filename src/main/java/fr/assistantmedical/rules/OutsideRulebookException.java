package fr.assistantmedical.rules;

import java.time.LocalDate;

/** A date on which no regime of the rulebook is in force. */
public class OutsideRulebookException extends RuntimeException {

    private final LocalDate date;
    private final LocalDate firstDate;

    public OutsideRulebookException(LocalDate date, LocalDate firstDate) {
        super("No regime is in force on " + date);
        this.date = date;
        this.firstDate = firstDate;
    }

    public LocalDate date() {
        return date;
    }

    public LocalDate firstDate() {
        return firstDate;
    }
}
