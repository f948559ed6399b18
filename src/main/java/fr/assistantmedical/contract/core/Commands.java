package fr.assistantmedical.contract.core;

import fr.assistantmedical.rules.Option;
import fr.assistantmedical.rules.PercentileBand;
import fr.assistantmedical.rules.Profile;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What callers ask of the contract service, already checked for form. */
public final class Commands {

    private Commands() {
    }

    /**
     * Signing a contract. The objective targets are those the CPAM set, when it set them; otherwise
     * the rules compute them.
     */
    public record Sign(String rpps, String cpamCode, Profile profile, Option option, Integer targetMt,
            Integer targetFa) {
    }

    /** Who ends a contract: the doctor gives notice, the CPAM may end it at any date. */
    public enum Initiator {
        DOCTOR,
        CPAM
    }

    /** The new contract's figures at renewal; what is null is taken from the old contract. */
    public record Renewal(Option option, Integer patientsMt, Integer patientsFileActive, PercentileBand percentileBand,
            Integer targetMt, Integer targetFa) {
    }

    public record Transition(ContractAction action, LocalDate effectiveDate, String reason, Initiator initiator,
            Renewal renewal) {
    }

    /** The review of a contract year; with a correction reason, it supersedes the year's current review. */
    public record Review(int contractYear, Integer patientsMt, Integer patientsFileActive, String difficulties,
            String correctionReason) {

        /** What makes two reviews the same: the counts and the difficulties, not the reason for sending it. */
        public String content() {
            return contractYear + "|" + patientsMt + "|" + patientsFileActive + "|" + difficulties;
        }
    }

    /** The objective the CPAM sets (or corrects), as target patient counts. */
    public record SetObjective(Integer targetMt, Integer targetFa, String reason) {
    }

    public record Payment(int contractYear, BigDecimal amount, LocalDate paidOn, String reference) {
    }
}
