package fr.assistantmedical.contract.core;

import fr.assistantmedical.rules.Option;
import fr.assistantmedical.rules.Profile;
import fr.assistantmedical.rules.Warning;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An aid contract as the rules see it: what was signed, what happened since, and its schedule.
 * Immutable: every rule returns a new contract. Built by name ({@link #builder()}, {@link #toBuilder()}).
 *
 * @param profile the doctor as known on the signature date ({@code profile.asOf()})
 * @param regime the regime in force on the signature date
 * @param signingWarnings the provisional or missing rulebook values the schedule and objective rest on
 * @param amountsFromYear the year of the amounts table at which year 1 starts (above 1 for some renewals)
 * @param reviews every review, corrections included, in the order they were made
 */
public record Contract(UUID id, String rpps, String cpamCode, Profile profile, Option option, String regime,
        ContractObjective objective, List<Warning> signingWarnings, boolean provisional, String rulebookVersion,
        ContractStatus status, LocalDate assistantHiredOn, LocalDate endsOn, int amountsFromYear,
        List<Suspension> suspensions, List<ContractYear> years, List<Review> reviews, UUID previousContractId,
        UUID renewedById, long version, Instant createdAt, String createdBy, Instant updatedAt) {

    public Contract {
        signingWarnings = List.copyOf(signingWarnings);
        suspensions = suspensions.stream().sorted(Comparator.comparing(Suspension::from)).toList();
        years = years.stream().sorted(Comparator.comparingInt(ContractYear::number)).toList();
        reviews = List.copyOf(reviews);
    }

    public LocalDate signedOn() {
        return profile.asOf();
    }

    public Optional<ContractYear> year(int n) {
        return years.stream().filter(y -> y.number() == n).findFirst();
    }

    /** The year's review in force: the latest revision. */
    public Optional<Review> currentReview(int year) {
        return reviews.stream().filter(r -> r.contractYear() == year).max(Comparator.comparingInt(Review::revision));
    }

    /** The year's reviews that a correction superseded, oldest first. */
    public List<Review> supersededReviews(int year) {
        Optional<Review> current = currentReview(year);
        return reviews.stream().filter(r -> r.contractYear() == year && current.map(c -> c != r).orElse(false))
                .sorted(Comparator.comparingInt(Review::revision)).toList();
    }

    public boolean activated() {
        return assistantHiredOn != null;
    }

    /** @throws PreconditionFailedException when If-Match named another version than this one */
    /** @param ifMatch the versions the caller accepts; null: any */
    public void requireVersion(java.util.Set<Long> ifMatch) {
        if (ifMatch != null && !ifMatch.contains(version)) {
            throw new PreconditionFailedException(version);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().id(id).rpps(rpps).cpamCode(cpamCode).profile(profile).option(option).regime(regime)
                .objective(objective).signingWarnings(signingWarnings).provisional(provisional)
                .rulebookVersion(rulebookVersion).status(status).assistantHiredOn(assistantHiredOn).endsOn(endsOn)
                .amountsFromYear(amountsFromYear).suspensions(suspensions).years(years).reviews(reviews)
                .previousContractId(previousContractId).renewedById(renewedById).version(version)
                .createdAt(createdAt).createdBy(createdBy).updatedAt(updatedAt);
    }

    public static final class Builder {
        private UUID id;
        private String rpps;
        private String cpamCode;
        private Profile profile;
        private Option option;
        private String regime;
        private ContractObjective objective;
        private List<Warning> signingWarnings = List.of();
        private boolean provisional;
        private String rulebookVersion;
        private ContractStatus status = ContractStatus.SIGNED;
        private LocalDate assistantHiredOn;
        private LocalDate endsOn;
        private int amountsFromYear = 1;
        private List<Suspension> suspensions = List.of();
        private List<ContractYear> years = List.of();
        private List<Review> reviews = List.of();
        private UUID previousContractId;
        private UUID renewedById;
        private long version;
        private Instant createdAt;
        private String createdBy;
        private Instant updatedAt;

        private Builder() {
        }

        public Builder id(UUID value) {
            id = value;
            return this;
        }

        public Builder rpps(String value) {
            rpps = value;
            return this;
        }

        public Builder cpamCode(String value) {
            cpamCode = value;
            return this;
        }

        public Builder profile(Profile value) {
            profile = value;
            return this;
        }

        public Builder option(Option value) {
            option = value;
            return this;
        }

        public Builder regime(String value) {
            regime = value;
            return this;
        }

        public Builder objective(ContractObjective value) {
            objective = value;
            return this;
        }

        public Builder signingWarnings(List<Warning> value) {
            signingWarnings = value;
            return this;
        }

        public Builder provisional(boolean value) {
            provisional = value;
            return this;
        }

        public Builder rulebookVersion(String value) {
            rulebookVersion = value;
            return this;
        }

        public Builder status(ContractStatus value) {
            status = value;
            return this;
        }

        public Builder assistantHiredOn(LocalDate value) {
            assistantHiredOn = value;
            return this;
        }

        public Builder endsOn(LocalDate value) {
            endsOn = value;
            return this;
        }

        public Builder amountsFromYear(int value) {
            amountsFromYear = value;
            return this;
        }

        public Builder suspensions(List<Suspension> value) {
            suspensions = value;
            return this;
        }

        public Builder years(List<ContractYear> value) {
            years = value;
            return this;
        }

        public Builder reviews(List<Review> value) {
            reviews = value;
            return this;
        }

        public Builder previousContractId(UUID value) {
            previousContractId = value;
            return this;
        }

        public Builder renewedById(UUID value) {
            renewedById = value;
            return this;
        }

        public Builder version(long value) {
            version = value;
            return this;
        }

        public Builder createdAt(Instant value) {
            createdAt = value;
            return this;
        }

        public Builder createdBy(String value) {
            createdBy = value;
            return this;
        }

        public Builder updatedAt(Instant value) {
            updatedAt = value;
            return this;
        }

        public Contract build() {
            return new Contract(id, rpps, cpamCode, profile, option, regime, objective, signingWarnings, provisional,
                    rulebookVersion, status, assistantHiredOn, endsOn, amountsFromYear, suspensions, years, reviews,
                    previousContractId, renewedById, version, createdAt, createdBy, updatedAt);
        }
    }
}
