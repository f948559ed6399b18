package fr.assistantmedical.campaign;

import fr.assistantmedical.campaign.model.FollowUpStatus;
import fr.assistantmedical.campaign.model.VisitOutcome;
import fr.assistantmedical.campaign.persistence.ContractFigures.ContractGroup;
import fr.assistantmedical.campaign.persistence.ContractFigures.CountChange;
import fr.assistantmedical.campaign.persistence.ContractFigures.CountChanges;
import fr.assistantmedical.campaign.persistence.ContractFigures.TargetGroup;
import fr.assistantmedical.campaign.persistence.VisitRepository.FollowUpCount;
import fr.assistantmedical.campaign.persistence.VisitRepository.VisitCount;
import fr.assistantmedical.rules.EligibilityStatus;
import fr.assistantmedical.rules.Option;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of a campaign and of the programme, from counts read in the database. Pure: shares and
 * averages are computed here, exactly, and rounded once, half up, to 4 decimals (0.1234 = 12.34 %).
 */
public final class Figures {

    static final int SCALE = 4;
    static final String GENERAL_PRACTICE = "MEDECINE_GENERALE";

    /**
     * @param visitedTargets targets visited at least once
     * @param signedAfterVisit visited targets who signed a contract with the CPAM on or after their first visit
     * @param conversion signedAfterVisit / visitedTargets, null before any visit
     */
    public record CampaignFigures(long targets, Map<EligibilityStatus, Long> eligibility, long visitedTargets,
            long visits, Map<VisitOutcome, Long> visitsByOutcome, Map<FollowUpStatus, Long> followUps,
            long signedAfterVisit, BigDecimal conversion, List<SpecialtyFigures> bySpecialty,
            List<OptionFigures> byOption) {
    }

    public record SpecialtyFigures(String specialty, long targets, long eligible, long visitedTargets,
            long signedAfterVisit) {
    }

    /** @param eligibleTargets eligible targets to whom the option is open */
    public record OptionFigures(Option option, long eligibleTargets, long signedAfterVisit) {
    }

    /**
     * The figures the Cnam publishes for the programme.
     *
     * @param patientsMtChange average over reviewed contracts of (count at the latest review − count at
     *        signature) / count at signature; null without any such contract
     */
    public record ProgrammeFigures(long contracts, Map<String, Long> byStatus, BigDecimal generalPractitionerShare,
            BigDecimal priorityZoneShare, long reviewedContracts, BigDecimal patientsMtChange,
            BigDecimal patientsFileActiveChange) {
    }

    private Figures() {
    }

    public static CampaignFigures campaign(List<TargetGroup> targets, List<VisitCount> visits,
            List<FollowUpCount> followUps) {
        long total = 0;
        long visited = 0;
        long signed = 0;
        Map<EligibilityStatus, Long> eligibility = zeros(EligibilityStatus.class);
        Map<String, long[]> specialties = new TreeMap<>();
        Map<Option, long[]> options = new EnumMap<>(Option.class);
        for (Option o : Option.values()) {
            options.put(o, new long[2]);
        }
        for (TargetGroup g : targets) {
            EligibilityStatus status = EligibilityStatus.valueOf(g.eligibility());
            boolean eligible = status == EligibilityStatus.ELIGIBLE;
            boolean signedAfterVisit = g.visited() && g.signedOption() != null;
            total += g.count();
            eligibility.merge(status, g.count(), Long::sum);
            visited += g.visited() ? g.count() : 0;
            signed += signedAfterVisit ? g.count() : 0;
            long[] s = specialties.computeIfAbsent(g.specialty(), k -> new long[4]);
            s[0] += g.count();
            s[1] += eligible ? g.count() : 0;
            s[2] += g.visited() ? g.count() : 0;
            s[3] += signedAfterVisit ? g.count() : 0;
            if (eligible && !g.options().isEmpty()) {
                for (String option : g.options().split(",")) {
                    options.get(Option.valueOf(option))[0] += g.count();
                }
            }
            if (signedAfterVisit) {
                options.get(Option.valueOf(g.signedOption()))[1] += g.count();
            }
        }
        Map<VisitOutcome, Long> outcomes = zeros(VisitOutcome.class);
        long visitCount = 0;
        for (VisitCount v : visits) {
            outcomes.merge(VisitOutcome.valueOf(v.outcome()), v.visits(), Long::sum);
            visitCount += v.visits();
        }
        Map<FollowUpStatus, Long> sent = zeros(FollowUpStatus.class);
        followUps.forEach(f -> sent.merge(FollowUpStatus.valueOf(f.status()), f.count(), Long::sum));
        List<SpecialtyFigures> bySpecialty = new ArrayList<>();
        specialties.forEach((k, s) -> bySpecialty.add(new SpecialtyFigures(k, s[0], s[1], s[2], s[3])));
        List<OptionFigures> byOption = new ArrayList<>();
        options.forEach((k, o) -> byOption.add(new OptionFigures(k, o[0], o[1])));
        return new CampaignFigures(total, eligibility, visited, visitCount, outcomes, sent, signed,
                ratio(signed, visited), bySpecialty, byOption);
    }

    public static ProgrammeFigures programme(List<ContractGroup> contracts, List<CountChange> changes) {
        BigDecimal[] mt = sum(changes.stream().map(c -> new int[] {nz(c.startMt()), nz(c.lastMt())}).toList());
        BigDecimal[] fa = sum(changes.stream().map(c -> new int[] {nz(c.startFa()), nz(c.lastFa())}).toList());
        return programme(contracts, new CountChanges(changes.size(), mt[0], mt[1].longValue(), fa[0],
                fa[1].longValue()));
    }

    /** The programme's figures from its contracts counted and the sums of their changes. */
    public static ProgrammeFigures programme(List<ContractGroup> contracts, CountChanges changes) {
        long total = 0;
        long gp = 0;
        long zip = 0;
        Map<String, Long> byStatus = new TreeMap<>();
        for (ContractGroup g : contracts) {
            total += g.count();
            gp += g.generalPractitioner() ? g.count() : 0;
            zip += g.priorityZone() ? g.count() : 0;
            byStatus.merge(g.status(), g.count(), Long::sum);
        }
        return new ProgrammeFigures(total, byStatus, ratio(gp, total), ratio(zip, total), changes.reviewed(),
                mean(changes.mtSum(), changes.mtCounted()), mean(changes.faSum(), changes.faCounted()));
    }

    /** n / d rounded half up to 4 decimals; null when d is 0. */
    static BigDecimal ratio(long n, long d) {
        return d == 0 ? null : BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d), SCALE, RoundingMode.HALF_UP);
    }

    /** The sum of (last − start) / start over the pairs with both counts and a start above 0, and their number. */
    private static BigDecimal[] sum(List<int[]> pairs) {
        BigDecimal sum = BigDecimal.ZERO;
        int n = 0;
        for (int[] p : pairs) {
            if (p[0] > 0 && p[1] >= 0) {
                sum = sum.add(BigDecimal.valueOf(p[1] - p[0]).divide(BigDecimal.valueOf(p[0]), MathContext.DECIMAL128));
                n++;
            }
        }
        return new BigDecimal[] {sum, BigDecimal.valueOf(n)};
    }

    /** sum / n rounded half up to 4 decimals, rounded once; null when n is 0. */
    private static BigDecimal mean(BigDecimal sum, long n) {
        return n == 0 || sum == null ? null : sum.divide(BigDecimal.valueOf(n), SCALE, RoundingMode.HALF_UP);
    }

    private static int nz(Integer count) {
        return count == null ? -1 : count;
    }

    private static <E extends Enum<E>> Map<E, Long> zeros(Class<E> type) {
        Map<E, Long> map = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            map.put(e, 0L);
        }
        return map;
    }
}
