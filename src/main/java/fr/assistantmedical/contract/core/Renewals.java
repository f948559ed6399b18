package fr.assistantmedical.contract.core;

import static fr.assistantmedical.rules.Text.date;

import fr.assistantmedical.rules.Option;
import fr.assistantmedical.rules.Profile;
import fr.assistantmedical.rules.Regime;
import fr.assistantmedical.rules.Warning;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renewing an expired contract: a new contract, linked to the old one, signed the day after its
 * term or later. Only a contract that had an assistant renews, and only in an option the rulebook
 * lets renew for its regime (rulebook {@code renewal.renewableOptions.<regime>}; without it, every
 * option). The new contract starts at the table year the rulebook gives ({@code renewal.amountsFromYear},
 * 1 without it).
 */
public final class Renewals {

    /** The old contract, now RENEWED, and the new one, SIGNED. */
    public record Outcome(Change old, Change renewed) {
    }

    private Renewals() {
    }

    public static Outcome renew(Contract old, Commands.Transition command, List<Engagement> engagements,
            Period margin, Context context) {
        ContractStatus next = Lifecycle.next(old.status(), ContractAction.RENEW);
        if (!old.activated()) {
            throw new ContractConflictException("not-renewable", "Le contrat n'a jamais été activé : il ne peut être "
                    + "renouvelé.");
        }
        LocalDate earliest = old.endsOn().plusDays(1);
        LocalDate on = command.effectiveDate() == null ? earliest : command.effectiveDate();
        if (on.isBefore(earliest)) {
            throw new ContractValidationException("effectiveDate", "la date de renouvellement ne peut précéder le "
                    + date(earliest));
        }
        if (on.isAfter(context.today().plus(margin))) {
            throw new ContractValidationException("effectiveDate", "la date de renouvellement, signature du nouveau "
                    + "contrat, ne peut être dans le futur au-delà du " + date(context.today().plus(margin)));
        }
        LawParameters.Read<Optional<List<String>>> renewable = LawParameters.renewableOptions(context.rulebook(),
                old.regime(), on);
        if (!LawParameters.renewable(renewable, old.option())) {
            throw new ContractConflictException("not-renewable", "Un contrat " + old.option().label() + " signé sous "
                    + regimeLabel(old, context) + " ne se renouvelle pas au " + date(on) + " : signer un nouveau "
                    + "contrat.");
        }
        Commands.Renewal r = command.renewal() == null ? new Commands.Renewal(null, null, null, null, null, null)
                : command.renewal();
        Option option = r.option() != null ? r.option() : old.option();
        LawParameters.Read<Integer> fromYear = LawParameters.renewalAmountsFromYear(context.rulebook(), on);
        List<Warning> warnings = new ArrayList<>(renewable.warnings());
        warnings.addAll(fromYear.warnings());
        Signing.Terms terms = new Signing.Terms(old.id(), fromYear.value(),
                option == old.option() && renewable.value().isPresent(), warnings);
        // A collective membership binds the doctor until the waiting period after its end is over.
        Change renewed = Signing.create(new Commands.Sign(old.rpps(), old.cpamCode(), profile(old, r, on), option,
                r.targetMt(), r.targetFa()), CollectiveContracts.waiting(engagements, context.rulebook()), margin,
                context, terms);
        Change oldChange = Change.of(old, old.toBuilder().status(next).renewedById(renewed.after().id()), context,
                "RENEWED", on, command.reason());
        return new Outcome(oldChange, renewed);
    }

    /** The doctor at renewal: the old contract's facts, updated by what the renewal gives. */
    private static Profile profile(Contract old, Commands.Renewal r, LocalDate on) {
        Profile p = old.profile();
        return new Profile(on, p.specialty(), p.sector(), p.optam(),
                r.patientsMt() != null ? r.patientsMt() : p.patientsMt(),
                r.patientsFileActive() != null ? r.patientsFileActive() : p.patientsFileActive(), p.ccamShare(),
                p.age() == null ? null : p.age() + (on.getYear() - p.asOf().getYear()), null, p.priorityZone(),
                p.groupPractice(), r.percentileBand() != null ? r.percentileBand() : p.percentileBand());
    }

    private static String regimeLabel(Contract old, Context context) {
        return context.rulebook().regimes().stream().filter(g -> g.code().equals(old.regime())).map(Regime::label)
                .findFirst().orElse(old.regime());
    }
}
