package fr.assistantmedical.contract.core;

import static fr.assistantmedical.rules.Text.date;
import static fr.assistantmedical.rules.Text.euros;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Payments of aid. A year is paid once it has started, never above what it can give: its aid due
 * once reviewed, its ceiling (the maximum for its days of aid) before. A payment is dated on or before
 * today; its reference counts it once.
 */
public final class Payments {

    /** A payment recorded, or found again under its reference. */
    public record Outcome(Change change, Payment payment, boolean replayed) {
    }

    private Payments() {
    }

    /**
     * @param existing the payment already recorded under the request's reference, or null
     */
    public static Outcome pay(Contract contract, Commands.Payment request, Payment existing, Context context) {
        if (existing != null) {
            if (existing.sameAs(request.contractYear(), request.amount())) {
                return new Outcome(Change.none(contract), existing, true);
            }
            throw new ContractConflictException("payment-reference-exists", "Le paiement " + request.reference()
                    + " est déjà enregistré avec d'autres données.");
        }
        if (!contract.activated()) {
            throw new ContractConflictException("not-activated", "Le contrat n'a jamais été activé : aucune aide "
                    + "n'est due avant l'embauche de l'assistant.");
        }
        ContractYear year = existingYear(contract, request.contractYear());
        if (year.from().isAfter(context.today())) {
            throw new ContractValidationException("contractYear", "l'année " + year.number() + " commence le "
                    + date(year.from()) + " : elle ne peut pas encore être payée");
        }
        if (request.paidOn().isAfter(context.today())) {
            throw new ContractValidationException("paidOn", "la date de paiement ne peut être dans le futur");
        }
        if (request.paidOn().isBefore(contract.signedOn())) {
            throw new ContractValidationException("paidOn", "la date de paiement précède la signature du "
                    + date(contract.signedOn()));
        }
        BigDecimal ceiling = year.amountDue() != null ? year.amountDue() : year.aidCeiling();
        BigDecimal paid = year.amountPaid().add(request.amount());
        if (ceiling == null || paid.compareTo(ceiling) > 0) {
            throw new ContractConflictException("payment-exceeds-aid", "Ce paiement porterait le total versé pour "
                    + "l'année " + year.number() + " à " + euros(paid) + ", au-delà "
                    + (ceiling == null ? "de l'aide maximale, inconnue."
                            : (year.amountDue() != null ? "de l'aide due (" : "de l'aide maximale pour ses jours "
                                    + "d'aide (") + euros(ceiling) + ")."));
        }
        Payment payment = new Payment(UUID.randomUUID(), contract.id(), year.number(), request.amount(),
                request.paidOn(), request.reference(), context.now(), context.actor());
        List<ContractYear> years = contract.years().stream().map(y -> y.number() != year.number() ? y
                : y.toBuilder().amountPaid(paid).build()).toList();
        Change change = Change.of(contract, contract.toBuilder().years(years), context, "PAYMENT_RECORDED",
                request.paidOn(), "Paiement " + request.reference() + " de " + euros(request.amount()));
        return new Outcome(change, payment, false);
    }

    /** A year of the contract's schedule, or a 400 naming the years there are. */
    static ContractYear existingYear(Contract contract, int n) {
        return contract.year(n).orElseThrow(() -> new ContractValidationException("contractYear",
                contract.endsOn() != null && n > contract.years().size()
                        ? "le contrat a pris fin le " + date(contract.endsOn()) + ", pendant l'année "
                                + contract.years().size()
                        : "le contrat compte " + contract.years().size() + " années"));
    }
}
