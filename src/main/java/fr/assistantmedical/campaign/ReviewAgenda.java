package fr.assistantmedical.campaign;

import fr.assistantmedical.campaign.persistence.ContractFigures;
import fr.assistantmedical.campaign.persistence.ContractFigures.AgendaRow;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * The « points d'échange annuels » coming for a CPAM: each open contract whose contract year ends so
 * that its anniversary falls within the window, and that year not yet reviewed.
 */
@ApplicationScoped
public class ReviewAgenda {

    static final int MAX_DAYS = 366;

    public record Agenda(LocalDate from, LocalDate to, List<Entry> entries, boolean truncated) {
    }

    /**
     * @param reviewDue the anniversary that closes the year: the day of the annual review
     * @param lastReview the latest review recorded, or null before the first
     */
    public record Entry(UUID contractId, String rpps, String specialty, String option, String status,
            int contractYear, LocalDate yearStartsOn, LocalDate yearEndsOn, LocalDate reviewDue, long daysUntil,
            BigDecimal maxAid, Objective objective, Counts atSignature, LastReview lastReview) {
    }

    /** @param setBy CPAM or RULEBOOK, as recorded at signature */
    public record Objective(String setBy, Integer patientsMt, Integer patientsFileActive, Integer minimumMt,
            Integer minimumFa) {
    }

    public record Counts(Integer patientsMt, Integer patientsFileActive) {
    }

    public record LastReview(int contractYear, LocalDate reviewedOn, Integer patientsMt, Integer patientsFileActive) {
    }

    private final ContractFigures contracts;
    private final Clock clock;

    ReviewAgenda(ContractFigures contracts, Clock clock) {
        this.contracts = contracts;
        this.clock = clock;
    }

    /** @throws CampaignInputException when the window is not a period of whole days from 1 to 366 */
    public Uni<Agenda> within(String within, int limit, String cpamCode) {
        Period period;
        try {
            period = Period.parse(within);
        } catch (RuntimeException e) {
            throw new CampaignInputException("within", "une durée ISO 8601 en jours, de P1D à P366D (ex. P30D)");
        }
        LocalDate from = LocalDate.now(clock);
        LocalDate to;
        try {
            to = from.plus(period);
        } catch (RuntimeException e) {
            to = null;
        }
        if (to == null || period.isNegative() || !to.isAfter(from) || ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new CampaignInputException("within", "une durée de P1D à P366D (ex. P30D)");
        }
        LocalDate end = to;
        return contracts.agenda(cpamCode, from, end, limit + 1).map(rows -> {
            boolean more = rows.size() > limit;
            List<Entry> entries = (more ? rows.subList(0, limit) : rows).stream().map(r -> entry(r, from)).toList();
            return new Agenda(from, end, entries, more);
        });
    }

    private static Entry entry(AgendaRow r, LocalDate today) {
        LocalDate due = r.yearEndsOn().plusDays(1);
        return new Entry(r.contractId(), r.rpps(), r.specialty(), r.option(), r.status(), r.contractYear(),
                r.yearStartsOn(), r.yearEndsOn(), due, ChronoUnit.DAYS.between(today, due), r.maxAid(),
                new Objective(r.objectiveSetBy(), r.targetMt(), r.targetFa(), r.minimumMt(), r.minimumFa()),
                new Counts(r.startMt(), r.startFa()), r.lastReviewYear() == null ? null
                        : new LastReview(r.lastReviewYear(), r.lastReviewedOn(), r.lastMt(), r.lastFa()));
    }
}
