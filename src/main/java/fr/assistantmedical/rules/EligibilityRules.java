package fr.assistantmedical.rules;

import static fr.assistantmedical.rules.ParameterNames.EXCLUDED_SPECIALTIES;
import static fr.assistantmedical.rules.ParameterNames.FLOOR_INCLUSIVE;
import static fr.assistantmedical.rules.ParameterNames.FLOOR_INDICATOR;
import static fr.assistantmedical.rules.ParameterNames.FLOOR_NEWLY_INSTALLED_EXEMPT;
import static fr.assistantmedical.rules.ParameterNames.FLOOR_PERCENTILE;
import static fr.assistantmedical.rules.ParameterNames.FULL_TIME_REQUIRES_ZIP;
import static fr.assistantmedical.rules.ParameterNames.GROUP_PRACTICE_REQUIRED;
import static fr.assistantmedical.rules.ParameterNames.GROUP_PRACTICE_ZIP_EXEMPT;
import static fr.assistantmedical.rules.ParameterNames.MAX_CCAM_SHARE;
import static fr.assistantmedical.rules.ParameterNames.MAX_CCAM_SHARE_SPECIALTIES;
import static fr.assistantmedical.rules.ParameterNames.MIN_CLINICAL_SHARE;
import static fr.assistantmedical.rules.ParameterNames.MIN_CLINICAL_SHARE_SPECIALTIES;
import static fr.assistantmedical.rules.ParameterNames.NEWLY_INSTALLED_MONTHS;
import static fr.assistantmedical.rules.ParameterNames.OPTIONS_OPEN;
import static fr.assistantmedical.rules.ParameterNames.SECOND_CURRENT_OPTIONS;
import static fr.assistantmedical.rules.ParameterNames.SECOND_FROM_YEAR;
import static fr.assistantmedical.rules.ParameterNames.SECOND_OPEN;
import static fr.assistantmedical.rules.ParameterNames.SECOND_REQUIRES_OBJECTIVES_MET;
import static fr.assistantmedical.rules.ParameterNames.SECOND_REQUIRES_ZIP;
import static fr.assistantmedical.rules.ParameterNames.SECOND_SPECIALTIES;
import static fr.assistantmedical.rules.ParameterNames.SECTORS;
import static fr.assistantmedical.rules.ParameterNames.TERRITORY_RESTRICTED;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Decides whether a doctor may sign an aid contract on a date, and for which options. */
public final class EligibilityRules {

    private EligibilityRules() {
    }

    public static Eligibility evaluate(Profile profile, Evaluation ev) {
        return evaluate(profile, null, ev);
    }

    /** @param requested the option asked for, if any: a second-assistant option is examined even without a contract */
    public static Eligibility evaluate(Profile profile, Option requested, Evaluation ev) {
        Rulebook rulebook = ev.rulebook();
        Regime regime = regimeAt(rulebook, profile.asOf());
        Verdict verdict = new Verdict();
        ev.step("eligibility.regime", "Texte conventionnel en vigueur à la date de signature");
        ev.result(regime.label());
        verdict.add(new Reason("REGIME", Outcome.MET, "Texte applicable au " + Text.date(profile.asOf())
                + " : " + regime.label() + ".", null, null, regime.source(), null));

        sector(profile, ev, verdict);
        specialty(profile, ev, verdict);
        feeShares(profile, ev, verdict);
        activityFloor(profile, ev, verdict);
        groupPractice(profile, ev, verdict);
        List<Option> options = options(profile, requested, ev, verdict);

        EligibilityStatus status = verdict.status();
        if (status == EligibilityStatus.NOT_ELIGIBLE) {
            // Nothing the doctor could still answer would change the verdict: no question is asked.
            List<Reason> settled = verdict.reasons.stream().filter(r -> r.outcome() != Outcome.UNDECIDED).toList();
            return new Eligibility(status, regime, List.of(), settled, List.of(), ev.warnings(), ev.trace());
        }
        return new Eligibility(status, regime, options, verdict.reasons, List.copyOf(verdict.missing), ev.warnings(),
                ev.trace());
    }

    public static Regime regimeAt(Rulebook rulebook, LocalDate date) {
        return rulebook.regimeAt(date).orElseThrow(() -> new OutsideRulebookException(date, rulebook.firstDate()));
    }

    /** True when the doctor installed less than the rulebook's number of months before the date. */
    static boolean newlyInstalled(Profile profile, Evaluation ev) {
        if (profile.installedOn() == null) {
            return false;
        }
        Integer months = ev.use(NEWLY_INSTALLED_MONTHS, profile.asOf()).asInteger();
        return months != null && profile.installedOn().isAfter(profile.asOf().minusMonths(months));
    }

    private static void sector(Profile p, Evaluation ev, Verdict v) {
        ev.step("eligibility.sector", "Secteur conventionnel et adhésion à l'OPTAM");
        ParameterValue sectors = ev.use(SECTORS, p.asOf());
        if (p.sector() == 2 && p.optam() == null) {
            v.undecided("OPTAM_UNKNOWN", "Secteur 2 : préciser l'adhésion à l'OPTAM ou l'OPTAM-CO.", SECTORS,
                    sectors, "optam");
            ev.result("à préciser");
            return;
        }
        Sector sector = p.sector() == 1 ? Sector.SECTOR_1 : p.optam() ? Sector.SECTOR_2_OPTAM : Sector.SECTOR_2;
        String label = switch (sector) {
            case SECTOR_1 -> "Secteur 1";
            case SECTOR_2_OPTAM -> "Secteur 2 avec adhésion à l'OPTAM ou l'OPTAM-CO";
            case SECTOR_2 -> "Secteur 2 sans adhésion à l'OPTAM ni à l'OPTAM-CO";
        };
        if (sectors.known() && sectors.asCodes().contains(sector.name())) {
            v.met("SECTOR_ELIGIBLE", label + " : éligible.", SECTORS, sectors);
        } else {
            v.notMet("SECTOR_NOT_ELIGIBLE", label + " : non éligible.", SECTORS, sectors);
        }
        ev.result(label);
    }

    private static void specialty(Profile p, Evaluation ev, Verdict v) {
        String label = ev.rulebook().specialty(p.specialty()).map(Specialty::label).orElse(p.specialty());
        ev.step("eligibility.specialty", "Spécialité exclue ou soumise à condition territoriale");
        ParameterValue excluded = ev.use(EXCLUDED_SPECIALTIES, p.asOf());
        if (excluded.known() && excluded.asCodes().contains(p.specialty())) {
            v.notMet("SPECIALTY_EXCLUDED", label + " : spécialité exclue du dispositif.", EXCLUDED_SPECIALTIES,
                    excluded);
            ev.result("exclue");
            return;
        }
        v.met("SPECIALTY_ELIGIBLE", label + " : spécialité non exclue.", EXCLUDED_SPECIALTIES, excluded);
        ParameterValue restricted = ev.use(TERRITORY_RESTRICTED, p.asOf());
        if (restricted.known() && restricted.asCodes().contains(p.specialty())) {
            v.undecided("TERRITORY_TO_CONFIRM", label + " : spécialité qui n'est pas éligible sur tout le territoire "
                    + "à cette date selon les sources lues ; l'éligibilité dépend du département (annexe 3 de la "
                    + "convention), à confirmer auprès de la CPAM.",
                    TERRITORY_RESTRICTED, restricted, null);
            ev.result("condition territoriale");
        } else {
            ev.result("éligible sur tout le territoire");
        }
    }

    private static void feeShares(Profile p, Evaluation ev, Verdict v) {
        LocalDate at = p.asOf();
        ParameterValue surgeons = ev.peek(MAX_CCAM_SHARE_SPECIALTIES, at);
        if (surgeons != null && surgeons.known() && surgeons.asCodes().contains(p.specialty())) {
            ev.step("eligibility.ccamShare", "Part des honoraires CCAM (chirurgiens)");
            ev.use(MAX_CCAM_SHARE_SPECIALTIES, at);
            shareCondition(p.ccamShare(), MAX_CCAM_SHARE, false, ev, v, at);
        }
        ParameterValue clinical = ev.peek(MIN_CLINICAL_SHARE_SPECIALTIES, at);
        if (clinical != null && clinical.known() && clinical.asCodes().contains(p.specialty())) {
            ev.step("eligibility.clinicalShare", "Part des honoraires cliniques (ORL, gynécologues)");
            ev.use(MIN_CLINICAL_SHARE_SPECIALTIES, at);
            BigDecimal clinicalShare = p.ccamShare() == null ? null : BigDecimal.ONE.subtract(p.ccamShare());
            shareCondition(clinicalShare, MIN_CLINICAL_SHARE, true, ev, v, at);
        }
    }

    /** A share of fees checked against a ceiling (CCAM) or a floor (clinical fees). */
    private static void shareCondition(BigDecimal share, String name, boolean floor, Evaluation ev, Verdict v,
            LocalDate at) {
        ParameterValue limit = ev.use(name, at);
        String what = floor ? "honoraires cliniques" : "honoraires CCAM";
        String code = floor ? "CLINICAL_SHARE" : "CCAM_SHARE";
        if (share == null) {
            v.undecided(code + "_MISSING", "Préciser la part des honoraires CCAM dans les honoraires totaux des "
                    + "12 mois précédant la signature.", name, limit, "ccamShare");
            ev.result("à préciser");
            return;
        }
        if (!limit.known()) {
            v.undecided(code + "_UNKNOWN", "Le seuil de part des " + what + " n'est pas connu.", name, limit, null);
            ev.result("seuil inconnu");
            return;
        }
        int cmp = share.compareTo(limit.asDecimal());
        boolean inclusive = limit.boundary() == null || limit.boundary().inclusive();
        if (cmp == 0) {
            ev.atBoundary(name, limit);
        }
        boolean met = cmp == 0 ? inclusive : floor ? cmp > 0 : cmp < 0;
        String message = "Part des " + what + " de " + Text.percent(share) + (met ? " : " : " : ne ")
                + (floor ? (met ? "atteint" : "atteint pas") + " le plancher de " : (met ? "sous" : "respecte pas")
                        + " le plafond de ") + Text.percent(limit.asDecimal()) + ".";
        if (met) {
            v.met(code + "_MET", message, name, limit);
        } else {
            v.notMet(code + "_NOT_MET", message, name, limit);
        }
        ev.result(met ? "respectée" : "non respectée");
    }

    private static void activityFloor(Profile p, Evaluation ev, Verdict v) {
        LocalDate at = p.asOf();
        ev.step("eligibility.activityFloor", "Seuil minimal d'activité (patientèle au-dessus du P30 de la spécialité)");
        if (p.percentileBand() != null) {
            v.met("ACTIVITY_FLOOR_BAND", "Patientèle " + p.percentileBand().label()
                    + " selon la CPAM : au-dessus du seuil minimal d'activité.", null, null);
            ev.result("tranche communiquée");
            return;
        }
        ParameterValue indicatorValue = ev.useForSpecialty(FLOOR_INDICATOR, p.specialty(), at);
        ParameterValue percentileValue = ev.use(FLOOR_PERCENTILE, at);
        Indicator indicator = Indicator.valueOf(indicatorValue.asCode());
        Percentile percentile = Percentile.valueOf(percentileValue.asCode());
        String thresholdName = ParameterNames.percentile(p.specialty(), indicator, percentile);
        Integer count = p.count(indicator);
        ParameterValue threshold = ev.peek(thresholdName, at);
        if (count != null && threshold != null && threshold.known()) {
            ev.use(thresholdName, at);
            int cmp = Integer.compare(count, threshold.asInteger());
            boolean met = cmp > 0 || (cmp == 0 && ev.use(FLOOR_INCLUSIVE, at).asBoolean());
            String message = capitalize(indicator.label()) + " de " + count + " patients : "
                    + (met ? "au-dessus du" : "sous le") + " seuil " + percentile + " de " + threshold.asInteger()
                    + " patients.";
            if (met) {
                v.met("ACTIVITY_FLOOR_MET", message, thresholdName, threshold);
                ev.result("atteint");
                return;
            }
            if (exemptAsNewlyInstalled(p, ev, v)) {
                return;
            }
            v.notMet("ACTIVITY_FLOOR_NOT_MET", message + " Les médecins nouvellement installés en sont dispensés.",
                    thresholdName, threshold, "installedOn");
            ev.result("non atteint");
            return;
        }
        if (exemptAsNewlyInstalled(p, ev, v)) {
            return;
        }
        if (count == null) {
            v.undecided("ACTIVITY_FLOOR_MISSING", "Préciser la " + indicator.label()
                    + " ou la tranche de patientèle communiquée par la CPAM.", thresholdName,
                    ev.use(thresholdName, at), indicator.input());
        } else {
            v.undecided("ACTIVITY_FLOOR_UNKNOWN", "Le seuil " + percentile + " de " + indicator.label()
                    + " de cette spécialité n'est pas publié dans les sources lues : la CPAM communique la tranche"
                    + " de patientèle.", thresholdName, ev.use(thresholdName, at), "percentileBand");
        }
        ev.result("à confirmer");
    }

    private static boolean exemptAsNewlyInstalled(Profile p, Evaluation ev, Verdict v) {
        if (!newlyInstalled(p, ev)) {
            return false;
        }
        ParameterValue exempt = ev.use(FLOOR_NEWLY_INSTALLED_EXEMPT, p.asOf());
        if (!Boolean.TRUE.equals(exempt.asBoolean())) {
            return false;
        }
        v.met("ACTIVITY_FLOOR_NEWLY_INSTALLED", "Médecin nouvellement installé (le " + Text.date(p.installedOn())
                + ") : dispensé du seuil minimal d'activité.", FLOOR_NEWLY_INSTALLED_EXEMPT, exempt);
        ev.result("dispensé (nouvel installé)");
        return true;
    }

    private static void groupPractice(Profile p, Evaluation ev, Verdict v) {
        ev.step("eligibility.groupPractice", "Exercice regroupé ou coordonné");
        ParameterValue required = ev.use(GROUP_PRACTICE_REQUIRED, p.asOf());
        if (!Boolean.TRUE.equals(required.asBoolean())) {
            ev.result("non exigé");
            return;
        }
        if (Boolean.TRUE.equals(p.groupPractice())) {
            v.met("GROUP_PRACTICE_MET", "Exercice regroupé ou coordonné : condition remplie.", GROUP_PRACTICE_REQUIRED,
                    required);
            ev.result("rempli");
            return;
        }
        // A doctor alone in a ZIP could have an assistant for himself alone.
        ParameterValue exempt = ev.peek(GROUP_PRACTICE_ZIP_EXEMPT, p.asOf());
        boolean zipExempt = exempt != null && Boolean.TRUE.equals(exempt.asBoolean());
        if (zipExempt && Boolean.TRUE.equals(p.priorityZone())) {
            exempt = ev.use(GROUP_PRACTICE_ZIP_EXEMPT, p.asOf());
            v.met("GROUP_PRACTICE_PRIORITY_ZONE", "Exercice en zone d'intervention prioritaire (ZIP) : un assistant "
                    + "pour un seul médecin est admis, sans exercice regroupé.", GROUP_PRACTICE_ZIP_EXEMPT, exempt);
            ev.result("dispensé en zone d'intervention prioritaire");
        } else if (p.groupPractice() == null) {
            v.undecided("GROUP_PRACTICE_MISSING", "Préciser l'exercice regroupé ou coordonné (cabinet d'au moins "
                    + "2 médecins, MSP, ESP, CPTS, ou engagement à rejoindre un groupe dans les 2 ans)"
                    + (zipExempt ? ", ou l'exercice en zone d'intervention prioritaire." : "."),
                    GROUP_PRACTICE_REQUIRED, required, "groupPractice");
            ev.result("à préciser");
        } else if (zipExempt && p.priorityZone() == null) {
            exempt = ev.use(GROUP_PRACTICE_ZIP_EXEMPT, p.asOf());
            v.undecided("GROUP_PRACTICE_PRIORITY_ZONE_MISSING", "Exercice isolé : admis seulement en zone "
                    + "d'intervention prioritaire (ZIP) ; préciser si le cabinet y est.", GROUP_PRACTICE_ZIP_EXEMPT,
                    exempt, "priorityZone");
            ev.result("à préciser");
        } else {
            v.notMet("GROUP_PRACTICE_NOT_MET", "Exercice isolé" + (zipExempt ? " hors zone d'intervention prioritaire"
                    : "") + " : l'exercice regroupé ou coordonné est exigé à cette date.", GROUP_PRACTICE_REQUIRED,
                    required, zipExempt ? "priorityZone" : "groupPractice");
            ev.result("non rempli");
        }
    }

    private static List<Option> options(Profile p, Option requested, Evaluation ev, Verdict v) {
        ev.step("eligibility.options", "Options ouvertes à la signature");
        ParameterValue open = ev.use(OPTIONS_OPEN, p.asOf());
        List<Option> options = new ArrayList<>();
        if (open.known()) {
            open.asCodes().forEach(code -> options.add(Option.valueOf(code)));
        }
        if (options.contains(Option.FULL_TIME)) {
            ParameterValue zipOnly = ev.use(FULL_TIME_REQUIRES_ZIP, p.asOf());
            if (Boolean.TRUE.equals(zipOnly.asBoolean()) && !Boolean.TRUE.equals(p.priorityZone())) {
                options.remove(Option.FULL_TIME);
                String message = "L'option temps plein est réservée aux médecins exerçant en zone d'intervention "
                        + "prioritaire (ZIP)";
                if (p.priorityZone() == null) {
                    v.add(new Reason("FULL_TIME_PRIORITY_ZONE", Outcome.UNDECIDED,
                            message + " : préciser si le cabinet est en ZIP.", Option.FULL_TIME,
                            FULL_TIME_REQUIRES_ZIP, zipOnly.source(), "priorityZone"));
                    v.missing.add("priorityZone");
                } else {
                    v.add(new Reason("FULL_TIME_PRIORITY_ZONE", Outcome.NOT_MET, message + ".", Option.FULL_TIME,
                            FULL_TIME_REQUIRES_ZIP, zipOnly.source(), "priorityZone"));
                }
            }
        }
        if (p.currentOption() != null) {
            // A doctor already under contract adds a second assistant; he does not sign a first contract again.
            options.clear();
            v.met("CURRENT_CONTRACT", "Contrat en cours pour un assistant à " + p.currentOption().label()
                    + (p.currentContractYear() == null ? "" : " (" + ordinal(p.currentContractYear())
                            + " année de contrat)") + " : seules les options de second assistant s'y ajoutent.",
                    null, null);
        }
        if (p.currentOption() != null || (requested != null && requested.secondAssistant())) {
            options.addAll(secondAssistant(p, ev, v));
        }
        if (ev.explaining()) {
            ev.result(options.isEmpty() ? "aucune" : String.join(", ", options.stream().map(Option::label).toList()));
        }
        return List.copyOf(options);
    }

    /** The second-assistant options whose conditions are met; one reason per option says why or why not. */
    private static List<Option> secondAssistant(Profile p, Evaluation ev, Verdict v) {
        LocalDate at = p.asOf();
        ParameterValue open = ev.use(SECOND_OPEN, at);
        List<String> openCodes = open.known() ? open.asCodes() : List.of();
        List<String> notMet = new ArrayList<>();
        List<String> toAsk = new ArrayList<>();
        String parameter = SECOND_OPEN;
        ParameterValue decisive = open;
        if (!openCodes.isEmpty()) {
            // The conditions come from one source; the reason cites it.
            ParameterValue specialties = ev.use(SECOND_SPECIALTIES, at);
            parameter = SECOND_SPECIALTIES;
            decisive = specialties;
            if (specialties.known() && !specialties.asCodes().contains(p.specialty())) {
                notMet.add("réservé aux " + specialtyLabels(ev.rulebook(), specialties.asCodes()));
            }
            ParameterValue zip = ev.use(SECOND_REQUIRES_ZIP, at);
            if (Boolean.TRUE.equals(zip.asBoolean())) {
                if (p.priorityZone() == null) {
                    toAsk.add("priorityZone");
                } else if (!p.priorityZone()) {
                    notMet.add("réservé aux cabinets en zone d'intervention prioritaire (ZIP)");
                }
            }
            ParameterValue current = ev.use(SECOND_CURRENT_OPTIONS, at);
            if (p.currentOption() == null) {
                toAsk.add("currentOption");
            } else if (current.known() && !current.asCodes().contains(p.currentOption().name())) {
                notMet.add("il faut déjà employer un assistant à " + String.join(" ou ", current.asCodes().stream()
                        .map(code -> Option.valueOf(code).label()).toList()));
            }
            ParameterValue fromYear = ev.use(SECOND_FROM_YEAR, at);
            if (p.currentContractYear() == null) {
                toAsk.add("currentContractYear");
            } else if (fromYear.known() && p.currentContractYear() < fromYear.asInteger()) {
                notMet.add("possible à partir de la " + ordinal(fromYear.asInteger()) + " année du contrat en cours");
            }
            ParameterValue objectives = ev.use(SECOND_REQUIRES_OBJECTIVES_MET, at);
            if (Boolean.TRUE.equals(objectives.asBoolean())) {
                if (p.objectivesMet() == null) {
                    toAsk.add("objectivesMet");
                } else if (!p.objectivesMet()) {
                    notMet.add("les objectifs du contrat en cours doivent être atteints");
                }
            }
        }
        List<Option> met = new ArrayList<>();
        for (Option option : Option.values()) {
            if (!option.secondAssistant()) {
                continue;
            }
            String what = "Option " + option.label();
            if (!openCodes.contains(option.name())) {
                v.add(new Reason("OPTION_NOT_OPEN", Outcome.NOT_MET, what + " : elle n'existe pas au "
                        + Text.date(at) + ".", option, SECOND_OPEN, open.source(), null));
            } else if (!notMet.isEmpty()) {
                v.add(new Reason("SECOND_ASSISTANT_NOT_MET", Outcome.NOT_MET, what + " : " + String.join(" ; ", notMet)
                        + ".", option, parameter, decisive.source(), null));
            } else if (!toAsk.isEmpty()) {
                v.add(new Reason("SECOND_ASSISTANT_TO_CONFIRM", Outcome.UNDECIDED, what + " : préciser le contrat en "
                        + "cours (option, année de contrat, objectifs atteints) et l'exercice en zone d'intervention "
                        + "prioritaire.", option, parameter, decisive.source(), toAsk.get(0)));
                v.missing.addAll(toAsk);
            } else {
                v.add(new Reason("SECOND_ASSISTANT_MET", Outcome.MET, what + " : conditions du second assistant "
                        + "remplies.", option, parameter, decisive.source(), null));
                met.add(option);
            }
        }
        return met;
    }

    private static String specialtyLabels(Rulebook rulebook, List<String> codes) {
        return String.join(", ", codes.stream().map(code -> code.equals("MEDECINE_GENERALE") ? "médecins généralistes"
                : "médecins en " + rulebook.specialty(code).map(Specialty::label).orElse(code).toLowerCase()).toList());
    }

    /** 1 becomes "1re", 3 becomes "3e". */
    static String ordinal(int n) {
        return n + (n == 1 ? "re" : "e");
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
