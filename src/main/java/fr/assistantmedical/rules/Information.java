package fr.assistantmedical.rules;

import static fr.assistantmedical.rules.ParameterNames.FIRST_YEAR_START;
import static fr.assistantmedical.rules.ParameterNames.INFO_PAYMENT;
import static fr.assistantmedical.rules.ParameterNames.INFO_QUALIFICATION;
import static fr.assistantmedical.rules.ParameterNames.RENEWAL_AMOUNTS_FROM_YEAR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A fact the doctor should know on the signature date, read from the rulebook with its certainty and
 * source. Information never makes an answer provisional: its own certainty says how sure it is.
 *
 * @param parameter the rulebook parameter, for software
 * @param message the fact in French, for people
 */
public record Information(String parameter, String message, ParameterValue value) {

    /** The facts of the rulebook in force on {@code date} that are known. */
    static List<Information> on(Rulebook rulebook, LocalDate date) {
        List<Information> facts = new ArrayList<>();
        ParameterValue start = value(rulebook, FIRST_YEAR_START, date);
        if (start != null) {
            facts.add(new Information(FIRST_YEAR_START, "SIGNATURE".equals(start.asCode())
                    ? "Les années de contrat se comptent à partir de la signature du contrat."
                    : "Les années de contrat se comptent à partir de l'embauche de l'assistant : les dates indiquées "
                            + "supposent une embauche le jour de la signature.", start));
        }
        ParameterValue qualification = value(rulebook, INFO_QUALIFICATION, date);
        if (qualification != null) {
            facts.add(new Information(INFO_QUALIFICATION, "Un assistant qui n'a pas déjà la qualification requise "
                    + "(diplôme d'infirmier, d'aide-soignant, d'auxiliaire de puériculture ou certificat de "
                    + "qualification professionnelle d'assistant médical) doit l'obtenir dans les "
                    + qualification.asInteger() + " ans suivant son embauche.", qualification));
        }
        ParameterValue payment = value(rulebook, INFO_PAYMENT, date);
        if (payment != null) {
            facts.add(new Information(INFO_PAYMENT, payment.asCode(), payment));
        }
        ParameterValue renewal = value(rulebook, RENEWAL_AMOUNTS_FROM_YEAR, date);
        if (renewal != null) {
            int year = renewal.asInteger();
            facts.add(new Information(RENEWAL_AMOUNTS_FROM_YEAR, "À l'échéance des cinq ans, un contrat renouvelé "
                    + (year == 1 ? "repart des montants de la 1re année."
                            : "reprend les montants de la " + EligibilityRules.ordinal(year) + " année et des "
                                    + "suivantes, sans revenir à ceux de la 1re année."), renewal));
        }
        return facts;
    }

    private static ParameterValue value(Rulebook rulebook, String name, LocalDate date) {
        return rulebook.parameter(name).flatMap(p -> p.at(date)).filter(ParameterValue::known).orElse(null);
    }
}
