package fr.assistantmedical.contract.core;

import java.time.LocalDate;

/**
 * What a rule did to a contract: the contract after it, and the event to log. No event means that
 * nothing changed (the same request again).
 */
public record Change(Contract before, Contract after, Event event) {

    /** One entry of the contract's log. */
    public record Event(String type, LocalDate effectiveDate, String reason, String actor) {
    }

    public static Change none(Contract contract) {
        return new Change(contract, contract, null);
    }

    public boolean changed() {
        return event != null;
    }

    /** The next version of {@code before}, settled, logged as {@code type}. */
    static Change of(Contract before, Contract.Builder after, Context context, String type, LocalDate effective,
            String reason) {
        Contract next = Schedule.settle(after.version(before.version() + 1).updatedAt(context.now()).build(),
                context.rulebook());
        return new Change(before, next, new Event(type, effective, reason, context.actor()));
    }
}
