package fr.assistantmedical.contract.core;

import fr.assistantmedical.rules.Warning;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The annual review (point d'échange annuel) of one contract year. A year's reviews are numbered by
 * {@code revision}: the highest is the current one; a correction supersedes the previous one and says why.
 *
 * @param daysDue the days of aid of the year when it was reviewed
 * @param daysChecked of those, the days under the objective
 * @param requestHash identifies the content of the review, so that the same review sent again is a no-op
 */
public record Review(UUID id, UUID contractId, int contractYear, int revision, Integer patientsMt,
        Integer patientsFileActive, String difficulties, BigDecimal achievementMt, BigDecimal achievementFa,
        BigDecimal achievement, BigDecimal maxAid, Integer daysDue, Integer daysChecked, BigDecimal amountDue,
        boolean provisional, List<Warning> warnings, String requestHash, LocalDate reviewedOn, String correctionReason,
        Instant createdAt, String createdBy) {

    public Review {
        warnings = List.copyOf(warnings);
    }

    public static String hash(Commands.Review request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(request.content().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private UUID id;
        private UUID contractId;
        private int contractYear;
        private int revision = 1;
        private Integer patientsMt;
        private Integer patientsFileActive;
        private String difficulties;
        private BigDecimal achievementMt;
        private BigDecimal achievementFa;
        private BigDecimal achievement;
        private BigDecimal maxAid;
        private Integer daysDue;
        private Integer daysChecked;
        private BigDecimal amountDue;
        private boolean provisional;
        private List<Warning> warnings = List.of();
        private String requestHash;
        private LocalDate reviewedOn;
        private String correctionReason;
        private Instant createdAt;
        private String createdBy;

        private Builder() {
        }

        public Builder id(UUID value) {
            id = value;
            return this;
        }

        public Builder contractId(UUID value) {
            contractId = value;
            return this;
        }

        public Builder contractYear(int value) {
            contractYear = value;
            return this;
        }

        public Builder revision(int value) {
            revision = value;
            return this;
        }

        public Builder patientsMt(Integer value) {
            patientsMt = value;
            return this;
        }

        public Builder patientsFileActive(Integer value) {
            patientsFileActive = value;
            return this;
        }

        public Builder difficulties(String value) {
            difficulties = value;
            return this;
        }

        public Builder achievementMt(BigDecimal value) {
            achievementMt = value;
            return this;
        }

        public Builder achievementFa(BigDecimal value) {
            achievementFa = value;
            return this;
        }

        public Builder achievement(BigDecimal value) {
            achievement = value;
            return this;
        }

        public Builder maxAid(BigDecimal value) {
            maxAid = value;
            return this;
        }

        public Builder daysDue(Integer value) {
            daysDue = value;
            return this;
        }

        public Builder daysChecked(Integer value) {
            daysChecked = value;
            return this;
        }

        public Builder amountDue(BigDecimal value) {
            amountDue = value;
            return this;
        }

        public Builder provisional(boolean value) {
            provisional = value;
            return this;
        }

        public Builder warnings(List<Warning> value) {
            warnings = value;
            return this;
        }

        public Builder requestHash(String value) {
            requestHash = value;
            return this;
        }

        public Builder reviewedOn(LocalDate value) {
            reviewedOn = value;
            return this;
        }

        public Builder correctionReason(String value) {
            correctionReason = value;
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

        public Review build() {
            return new Review(id, contractId, contractYear, revision, patientsMt, patientsFileActive, difficulties,
                    achievementMt, achievementFa, achievement, maxAid, daysDue, daysChecked, amountDue, provisional,
                    warnings, requestHash, reviewedOn, correctionReason, createdAt, createdBy);
        }
    }
}
