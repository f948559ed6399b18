package fr.assistantmedical.rules;

import static fr.assistantmedical.rules.CollectiveNames.AMOUNT_YEAR1;
import static fr.assistantmedical.rules.CollectiveNames.AMOUNT_YEAR2;
import static fr.assistantmedical.rules.CollectiveNames.AMOUNT_YEAR3_PLUS;
import static fr.assistantmedical.rules.CollectiveNames.AVERAGE_MT_FLOOR;
import static fr.assistantmedical.rules.CollectiveNames.AVERAGE_MT_FLOOR_INCLUSIVE;
import static fr.assistantmedical.rules.CollectiveNames.DURATION;
import static fr.assistantmedical.rules.CollectiveNames.ETP_PER_MEMBER;
import static fr.assistantmedical.rules.CollectiveNames.ETP_PER_TRAINEE_SUPERVISOR;
import static fr.assistantmedical.rules.CollectiveNames.ETP_STEP;
import static fr.assistantmedical.rules.CollectiveNames.NEWLY_INSTALLED_FA;
import static fr.assistantmedical.rules.CollectiveNames.NEWLY_INSTALLED_MONTHS;
import static fr.assistantmedical.rules.CollectiveNames.NEWLY_INSTALLED_MT;
import static fr.assistantmedical.rules.CollectiveNames.NEWLY_INSTALLED_YEARS;
import static fr.assistantmedical.rules.CollectiveNames.OBJECTIVE_CHECKED_FROM_YEAR;
import static fr.assistantmedical.rules.CollectiveNames.OBJECTIVE_FA_PER_ETP;
import static fr.assistantmedical.rules.CollectiveNames.OBJECTIVE_MT_PER_ETP;
import static fr.assistantmedical.rules.CollectiveNames.OBJECTIVE_YEARS;
import static fr.assistantmedical.rules.CollectiveNames.PARTICULAR_PRACTICE_EXCLUDED;
import static fr.assistantmedical.rules.CollectiveNames.SECTORS;
import static fr.assistantmedical.rules.CollectiveNames.SPECIALTIES;
import static fr.assistantmedical.rules.CollectiveNames.STRUCTURES;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The collective contract (in force 25 February 2026): a group practice's company (SCP, SCM, SISA)
 * signs one contract for one or several ETP of assistant, for the GPs of the group who adhere. The
 * eligibility is the group's: the members' average patientèle médecin traitant, not each one's.
 */
public final class CollectiveRules {

    private CollectiveRules() {
    }

    public static CollectiveEligibility evaluate(CollectiveProfile group, Evaluation ev) {
        LocalDate at = group.asOf();
        Verdict v = new Verdict();
        Regime regime = ev.rulebook().collectiveRegimeAt(at).orElse(null);
        ev.step("collective.regime", "Contrat collectif en vigueur à la date de signature");
        if (regime == null) {
            LocalDate first = ev.rulebook().collectiveRegimes().isEmpty() ? null
                    : ev.rulebook().collectiveRegimes().get(0).from();
            v.notMet("COLLECTIVE_NOT_IN_FORCE", first == null ? "Le contrat collectif n'est pas connu du référentiel."
                    : "Le contrat collectif n'existe pas au " + Text.date(at) + " : il est en vigueur depuis le "
                            + Text.date(first) + ".", null, null, "asOf");
            ev.result("pas encore en vigueur");
            return new CollectiveEligibility(EligibilityStatus.NOT_ELIGIBLE, null, null, null, v.settled(), List.of(),
                    ev.warnings(), ev.trace());
        }
        ev.result(regime.label());
        v.add(new Reason("REGIME", Outcome.MET, "Texte applicable au " + Text.date(at) + " : " + regime.label() + ".",
                null, null, regime.source(), null));
        structure(group, ev, v);
        for (int i = 0; i < group.members().size(); i++) {
            member(group, i, ev, v);
        }
        BigDecimal average = average(group, ev, v);
        BigDecimal maxEtp = etp(group, ev, v);
        EligibilityStatus status = v.status();
        if (status == EligibilityStatus.NOT_ELIGIBLE) {
            // Nothing the group could still answer would change the verdict: no question is asked.
            return new CollectiveEligibility(status, regime, average, maxEtp, v.settled(), List.of(), ev.warnings(),
                    ev.trace());
        }
        return new CollectiveEligibility(status, regime, average, maxEtp, List.copyOf(v.reasons),
                List.copyOf(v.missing), ev.warnings(), ev.trace());
    }

    /** The verdict and, when the group is not refused and asks a number of ETP, its schedule and objective. */
    public static CollectiveSimulation simulate(CollectiveProfile group, Evaluation ev) {
        CollectiveEligibility eligibility = evaluate(group, ev);
        if (eligibility.status() == EligibilityStatus.NOT_ELIGIBLE || group.etp() == null) {
            return new CollectiveSimulation(eligibility, group.etp(), List.of(), null, null, List.of(),
                    ev.warnings(), ev.trace());
        }
        LocalDate at = group.asOf();
        BigDecimal etp = group.etp();
        ev.step("collective.amounts", "Aide maximale par année : montant par ETP multiplié par le nombre d'ETP");
        Integer duration = ev.use(DURATION, at).asInteger();
        Integer checkedFrom = ev.use(OBJECTIVE_CHECKED_FROM_YEAR, at).asInteger();
        List<CollectiveSimulation.Year> years = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int year = 1; duration != null && year <= duration; year++) {
            ParameterValue amount = ev.use(year == 1 ? AMOUNT_YEAR1 : year == 2 ? AMOUNT_YEAR2 : AMOUNT_YEAR3_PLUS, at);
            BigDecimal max = amount.known() ? amount.asDecimal().multiply(etp).setScale(2, RoundingMode.HALF_UP) : null;
            total = total == null || max == null ? null : total.add(max);
            years.add(new CollectiveSimulation.Year(year, ContractYears.start(at, year), ContractYears.end(at, year), max,
                    checkedFrom != null && year >= checkedFrom, amount));
        }
        ev.result(total == null ? "montant inconnu" : Text.euros(total) + " sur " + years.size() + " ans");
        Objective objective = objective(group, checkedFrom, ev);
        List<CollectiveSimulation.MemberObjective> members = memberObjectives(group, ev);
        return new CollectiveSimulation(eligibility, etp, years, total, objective, members, ev.warnings(), ev.trace());
    }

    private static void structure(CollectiveProfile group, Evaluation ev, Verdict v) {
        ev.step("collective.structure", "Société signataire : SCP, SCM ou SISA");
        ParameterValue allowed = ev.use(STRUCTURES, group.asOf());
        String label = switch (group.structureType()) {
            case SCP -> "Société civile professionnelle (SCP)";
            case SCM -> "Société civile de moyens (SCM)";
            case SISA -> "Société interprofessionnelle de soins ambulatoires (SISA)";
            case SEL -> "Société d'exercice libéral (SEL)";
            case OTHER -> "Autre forme de société";
        };
        if (allowed.known() && allowed.asCodes().contains(group.structureType().name())) {
            v.met("STRUCTURE_ELIGIBLE", label + " : peut signer un contrat collectif.", STRUCTURES, allowed);
            ev.result("éligible");
        } else {
            v.notMet("STRUCTURE_NOT_ELIGIBLE", label + " : ne peut pas signer de contrat collectif (seules une SCP, "
                    + "une SCM ou une SISA le peuvent).", STRUCTURES, allowed, "structureType");
            ev.result("non éligible");
        }
    }

    private static void member(CollectiveProfile group, int i, Evaluation ev, Verdict v) {
        CollectiveMember m = group.members().get(i);
        LocalDate at = group.asOf();
        String who = "Médecin n° RPPS " + m.rpps();
        String field = "members[" + i + "].";
        ev.step("collective.member", "Médecin adhérent : généraliste, hors exercice particulier, secteur 1 ou OPTAM");
        ParameterValue specialties = ev.use(SPECIALTIES, at);
        if (specialties.known() && specialties.asCodes().contains(m.specialty())) {
            v.met("MEMBER_SPECIALTY_ELIGIBLE", who + " : médecin généraliste.", SPECIALTIES, specialties);
        } else {
            v.notMet("MEMBER_SPECIALTY_NOT_ELIGIBLE", who + " : seuls les médecins généralistes peuvent adhérer au "
                    + "contrat collectif.", SPECIALTIES, specialties, field + "specialty");
        }
        ParameterValue mep = ev.use(PARTICULAR_PRACTICE_EXCLUDED, at);
        if (Boolean.TRUE.equals(mep.asBoolean())) {
            if (m.particularPractice() == null) {
                v.undecided("MEMBER_PARTICULAR_PRACTICE_UNKNOWN", who + " : préciser s'il s'agit d'un médecin à "
                        + "exercice particulier, qui ne peut pas adhérer.", PARTICULAR_PRACTICE_EXCLUDED, mep,
                        field + "particularPractice");
            } else if (m.particularPractice()) {
                v.notMet("MEMBER_PARTICULAR_PRACTICE", who + " : un médecin à exercice particulier ne peut pas "
                        + "adhérer au contrat collectif.", PARTICULAR_PRACTICE_EXCLUDED, mep, field + "particularPractice");
            }
        }
        ParameterValue sectors = ev.use(SECTORS, at);
        if (m.sector() == 2 && m.optam() == null) {
            v.undecided("MEMBER_OPTAM_UNKNOWN", who + " : secteur 2, préciser l'adhésion à l'OPTAM.", SECTORS, sectors,
                    field + "optam");
            ev.result("à préciser");
            return;
        }
        Sector sector = m.sector() == 1 ? Sector.SECTOR_1 : m.optam() ? Sector.SECTOR_2_OPTAM : Sector.SECTOR_2;
        if (sectors.known() && sectors.asCodes().contains(sector.name())) {
            v.met("MEMBER_SECTOR_ELIGIBLE", who + " : " + (sector == Sector.SECTOR_1 ? "secteur 1" : "secteur 2 avec "
                    + "OPTAM") + ", éligible.", SECTORS, sectors);
        } else {
            v.notMet("MEMBER_SECTOR_NOT_ELIGIBLE", who + " : secteur 2 sans OPTAM, ne peut pas adhérer.", SECTORS,
                    sectors, field + "optam");
        }
        ev.result(who);
    }

    /** The members' average patientèle médecin traitant against the floor; null when a count is missing. */
    private static BigDecimal average(CollectiveProfile group, Evaluation ev, Verdict v) {
        ev.step("collective.averageMt", "Patientèle médecin traitant moyenne des médecins adhérents");
        ParameterValue floor = ev.use(AVERAGE_MT_FLOOR, group.asOf());
        ParameterValue inclusive = ev.use(AVERAGE_MT_FLOOR_INCLUSIVE, group.asOf());
        List<String> missing = new ArrayList<>();
        long sum = 0;
        for (int i = 0; i < group.members().size(); i++) {
            Integer mt = group.members().get(i).patientsMt();
            if (mt == null) {
                missing.add("members[" + i + "].patientsMt");
            } else {
                sum += mt;
            }
        }
        if (!missing.isEmpty()) {
            missing.forEach(input -> v.undecided("AVERAGE_MT_UNKNOWN", "Patientèle médecin traitant d'un médecin "
                    + "adhérent à préciser pour calculer la moyenne du groupe.", AVERAGE_MT_FLOOR, floor, input));
            ev.result("à préciser");
            return null;
        }
        BigDecimal average = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(group.members().size()), 2,
                RoundingMode.HALF_UP);
        String shown = average.stripTrailingZeros().scale() <= 0 ? Text.number(average.longValue())
                : average.toPlainString().replace('.', ',');
        if (!floor.known() || !inclusive.known()) {
            v.undecided("AVERAGE_MT_FLOOR_UNKNOWN", "Seuil de patientèle moyenne inconnu du référentiel.",
                    AVERAGE_MT_FLOOR, floor, null);
            return average;
        }
        BigDecimal threshold = BigDecimal.valueOf(floor.asInteger());
        int cmp = average.compareTo(threshold);
        boolean passes = cmp > 0 || (cmp == 0 && inclusive.asBoolean());
        String limit = Text.number(floor.asInteger()) + " patients";
        if (passes) {
            v.met("AVERAGE_MT_ABOVE_FLOOR", "Patientèle médecin traitant moyenne du groupe : " + shown + " patients, "
                    + (inclusive.asBoolean() ? "au moins " : "plus de ") + limit + ".", AVERAGE_MT_FLOOR, floor);
        } else {
            v.notMet("AVERAGE_MT_BELOW_FLOOR", "Patientèle médecin traitant moyenne du groupe : " + shown
                    + " patients, sous le seuil de " + limit + " (30e percentile national des généralistes).",
                    AVERAGE_MT_FLOOR, floor, null);
        }
        ev.result(shown + " patients");
        return average;
    }

    /** The ETP ceiling; the ETP asked for, when given, must not pass it and must be a multiple of the step. */
    private static BigDecimal etp(CollectiveProfile group, Evaluation ev, Verdict v) {
        LocalDate at = group.asOf();
        ev.step("collective.etp", "Nombre d'ETP d'assistants : au plus un par médecin adhérent, plus le bonus "
                + "docteurs juniors");
        ParameterValue perMember = ev.use(ETP_PER_MEMBER, at);
        ParameterValue perSupervisor = ev.use(ETP_PER_TRAINEE_SUPERVISOR, at);
        ParameterValue step = ev.use(ETP_STEP, at);
        if (!perMember.known() || !perSupervisor.known()) {
            v.undecided("ETP_CEILING_UNKNOWN", "Plafond d'ETP inconnu du référentiel.", ETP_PER_MEMBER, perMember, null);
            return null;
        }
        long supervisors = group.members().stream().filter(CollectiveMember::traineeSupervisor).count();
        BigDecimal max = perMember.asDecimal().multiply(BigDecimal.valueOf(group.members().size()))
                .add(perSupervisor.asDecimal().multiply(BigDecimal.valueOf(supervisors))).stripTrailingZeros();
        String shownMax = etpText(max);
        String bonus = supervisors == 0 ? ""
                : perSupervisor.asDecimal().signum() == 0
                        ? " ; le bonus pour les maîtres de stage accueillant un docteur junior ne s'applique pas encore "
                                + "à cette date"
                        : " dont " + etpText(perSupervisor.asDecimal().multiply(BigDecimal.valueOf(supervisors)))
                                + " pour les maîtres de stage accueillant un docteur junior";
        BigDecimal asked = group.etp();
        if (asked == null) {
            v.met("ETP_CEILING", "Le groupe peut demander jusqu'à " + shownMax + " ETP d'assistant" + bonus + ".",
                    ETP_PER_MEMBER, perMember);
        } else if (step.known() && asked.remainder(step.asDecimal()).signum() != 0) {
            v.notMet("ETP_NOT_A_STEP", "Nombre d'ETP demandé (" + etpText(asked) + ") : il se compte par "
                    + etpText(step.asDecimal()) + " ETP.", ETP_STEP, step, "etp");
        } else if (asked.compareTo(max) > 0) {
            v.notMet("ETP_ABOVE_CEILING", "Nombre d'ETP demandé (" + etpText(asked) + ") au-delà du plafond du groupe : "
                    + shownMax + " ETP" + bonus + ".", supervisors > 0 ? ETP_PER_TRAINEE_SUPERVISOR : ETP_PER_MEMBER,
                    supervisors > 0 ? perSupervisor : perMember, "etp");
        } else {
            v.met("ETP_WITHIN_CEILING", "Nombre d'ETP demandé (" + etpText(asked) + ") dans le plafond du groupe : "
                    + shownMax + " ETP" + bonus + ".", ETP_PER_MEMBER, perMember);
        }
        ev.result("plafond " + shownMax + " ETP");
        return max;
    }

    private static Objective objective(CollectiveProfile group, Integer checkedFrom, Evaluation ev) {
        LocalDate at = group.asOf();
        ev.step("collective.objective", "Objectif collectif : augmentation par ETP d'assistant");
        ParameterValue mtPerEtp = ev.use(OBJECTIVE_MT_PER_ETP, at);
        ParameterValue faPerEtp = ev.use(OBJECTIVE_FA_PER_ETP, at);
        ParameterValue years = ev.use(OBJECTIVE_YEARS, at);
        IndicatorObjective mt = indicator(group, true, mtPerEtp);
        IndicatorObjective fa = indicator(group, false, faPerEtp);
        List<String> explanation = new ArrayList<>();
        if (mtPerEtp.known() && faPerEtp.known() && years.known()) {
            explanation.add("Pour chaque ETP d'assistant, le groupe augmente sa patientèle médecin traitant collective "
                    + "de " + Text.number(mtPerEtp.asInteger()) + " patients et sa file active collective de "
                    + Text.number(faPerEtp.asInteger()) + " patients, dans un délai de " + years.asInteger() + " ans.");
        }
        if (mt == null || fa == null) {
            explanation.add("Le point de départ est la patientèle totale des médecins adhérents à la signature : "
                    + "indiquer la patientèle de chaque médecin pour connaître la cible.");
        }
        explanation.add("L'objectif tient compte, en le réduisant, des patients déjà gagnés par d'anciens contrats "
                + "individuels : la CPAM le fixe à la signature.");
        if (checkedFrom != null) {
            explanation.add("À partir de la " + EligibilityRules.ordinal(checkedFrom) + " année, si l'objectif n'est "
                    + "pas entièrement atteint, l'aide de l'année est proratisée.");
        }
        explanation.add("Un passage sous le seuil de patientèle moyenne en cours de contrat n'est pas à lui seul un "
                + "motif de résiliation ; une baisse de la patientèle totale du groupe sous son niveau de départ peut "
                + "l'être.");
        ev.result(mt == null ? "point de départ à préciser" : "+" + mt.increase() + " patients médecin traitant");
        return new Objective(ObjectiveBasis.COLLECTIVE_PER_ETP, mt, fa, explanation);
    }

    /** The group's target on one count; null when a member's count or the rulebook value is missing. */
    private static IndicatorObjective indicator(CollectiveProfile group, boolean mt, ParameterValue perEtp) {
        if (!perEtp.known()) {
            return null;
        }
        long start = 0;
        for (CollectiveMember m : group.members()) {
            Integer count = mt ? m.patientsMt() : m.patientsFileActive();
            if (count == null) {
                return null;
            }
            start += count;
        }
        // Published figures are even and ETP are multiples of 0.5: the product is a whole number.
        int increase = BigDecimal.valueOf(perEtp.asInteger()).multiply(group.etp())
                .setScale(0, RoundingMode.HALF_UP).intValueExact();
        return new IndicatorObjective(Math.toIntExact(start), Math.toIntExact(start + increase), increase, null, null,
                null, perEtp);
    }

    private static List<CollectiveSimulation.MemberObjective> memberObjectives(CollectiveProfile group,
            Evaluation ev) {
        LocalDate at = group.asOf();
        List<CollectiveMember> recent = new ArrayList<>();
        ParameterValue months = ev.peek(NEWLY_INSTALLED_MONTHS, at);
        for (CollectiveMember m : group.members()) {
            if (m.installedOn() != null && months != null && months.known()
                    && m.installedOn().isAfter(at.minusMonths(months.asInteger()))) {
                recent.add(m);
            }
        }
        if (recent.isEmpty()) {
            return List.of();
        }
        ev.step("collective.newlyInstalled", "Médecin installé depuis moins de 12 mois : médiane nationale à atteindre");
        ev.use(NEWLY_INSTALLED_MONTHS, at);
        ParameterValue years = ev.use(NEWLY_INSTALLED_YEARS, at);
        ParameterValue mt = ev.use(NEWLY_INSTALLED_MT, at);
        ParameterValue fa = ev.use(NEWLY_INSTALLED_FA, at);
        List<CollectiveSimulation.MemberObjective> objectives = new ArrayList<>();
        for (CollectiveMember m : recent) {
            objectives.add(new CollectiveSimulation.MemberObjective(m.rpps(), toward(m.patientsMt(), mt),
                    toward(m.patientsFileActive(), fa), years.known() ? at.plusYears(years.asInteger()) : null));
        }
        ev.result(objectives.size() + " médecin(s)");
        return objectives;
    }

    private static IndicatorObjective toward(Integer start, ParameterValue target) {
        if (start == null || !target.known()) {
            return null;
        }
        return new IndicatorObjective(start, Math.max(start, target.asInteger()),
                Math.max(0, target.asInteger() - start), null, null, null, target);
    }

    /** 1.5 becomes "1,5". */
    static String etpText(BigDecimal etp) {
        return etp.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
