package fr.assistantmedical.rules;

import java.util.ArrayList;
import java.util.List;

/** The names under which the rules read the rulebook. */
public final class ParameterNames {

    public static final String CONTRACT_DURATION = "contract.durationYears";
    public static final String TERMINATION_NOTICE = "contract.terminationNoticeMonths";
    /** SIGNATURE or HIRE: the event that starts contract year 1. */
    public static final String FIRST_YEAR_START = "contract.firstYearStart";
    /** The contract year of the amounts table at which a renewed contract starts. */
    public static final String RENEWAL_AMOUNTS_FROM_YEAR = "renewal.amountsFromYear";
    /** Followed by a regime code: the options still renewable, on the renewal date, for contracts signed under it. */
    public static final String RENEWABLE_OPTIONS = "renewal.renewableOptions";
    public static final String SECTORS = "eligibility.sectors";
    public static final String EXCLUDED_SPECIALTIES = "eligibility.excludedSpecialties";
    public static final String TERRITORY_RESTRICTED = "eligibility.territoryRestrictedSpecialties";
    public static final String MAX_CCAM_SHARE_SPECIALTIES = "eligibility.maxCcamShare.specialties";
    public static final String MAX_CCAM_SHARE = "eligibility.maxCcamShare";
    public static final String MIN_CLINICAL_SHARE_SPECIALTIES = "eligibility.minClinicalShare.specialties";
    public static final String MIN_CLINICAL_SHARE = "eligibility.minClinicalShare";
    public static final String FLOOR_INDICATOR = "eligibility.activityFloor.indicator";
    public static final String FLOOR_PERCENTILE = "eligibility.activityFloor.percentile";
    public static final String FLOOR_INCLUSIVE = "eligibility.activityFloor.inclusive";
    public static final String FLOOR_NEWLY_INSTALLED_EXEMPT = "eligibility.activityFloor.newlyInstalledExempt";
    public static final String NEWLY_INSTALLED_MONTHS = "eligibility.newlyInstalledMonths";
    public static final String GROUP_PRACTICE_REQUIRED = "eligibility.groupPracticeRequired";
    public static final String GROUP_PRACTICE_ZIP_EXEMPT = "eligibility.groupPractice.priorityZoneExempt";
    public static final String OPTIONS_OPEN = "options.open";
    public static final String FULL_TIME_REQUIRES_ZIP = "options.fullTimeRequiresPriorityZone";
    public static final String SECOND_OPEN = "options.second.open";
    public static final String SECOND_SPECIALTIES = "options.second.specialties";
    public static final String SECOND_REQUIRES_ZIP = "options.second.requiresPriorityZone";
    public static final String SECOND_CURRENT_OPTIONS = "options.second.currentOptions";
    public static final String SECOND_FROM_YEAR = "options.second.fromContractYear";
    public static final String SECOND_REQUIRES_OBJECTIVES_MET = "options.second.requiresObjectivesMet";
    public static final String OBJECTIVE_CHECKED_FROM_YEAR = "objectives.checkedFromYear";
    public static final String OBJECTIVE_INDICATORS = "objectives.indicators";
    public static final String OBJECTIVE_ROUNDING = "objectives.increaseRounding";
    public static final String NEWLY_INSTALLED_PERCENTILE = "objectives.newlyInstalled.targetPercentile";
    public static final String NEWLY_INSTALLED_YEARS = "objectives.newlyInstalled.years";
    public static final String SENIOR_MIN_AGE = "objectives.senior.minAge";
    public static final String SENIOR_TOLERANCE = "objectives.senior.tolerance";
    public static final String REVIEW_MODULATION = "review.modulation";
    public static final String REVIEW_COMBINATION = "review.indicatorCombination";
    public static final String INFO_QUALIFICATION = "information.qualificationDeadlineYears";
    public static final String INFO_PAYMENT = "information.paymentTiming";
    public static final String INFO_OBJECTIVE_SET_BY = "information.objectiveSetBy";
    public static final String INFO_OBJECTIVE_OUTCOMES = "information.objectiveOutcomes";
    /** Facts shown to the doctor with every simulation, read on the signature date. */
    public static final List<String> INFORMATION = List.of(INFO_QUALIFICATION, INFO_PAYMENT, INFO_OBJECTIVE_SET_BY,
            INFO_OBJECTIVE_OUTCOMES);

    /** Suffix of the per-specialty parameters that apply to specialties not named. */
    public static final String DEFAULT = "default";

    private ParameterNames() {
    }

    private static final String[][] AMOUNTS = new String[Option.values().length][AmountRow.values().length];
    private static final String[][] INCREASES = new String[Option.values().length][PercentileBand.values().length];

    static {
        for (Option option : Option.values()) {
            for (AmountRow row : AmountRow.values()) {
                AMOUNTS[option.ordinal()][row.ordinal()] = "amounts." + option + "." + row.key();
            }
            for (PercentileBand band : PercentileBand.values()) {
                INCREASES[option.ordinal()][band.ordinal()] = "objectives.increase." + option + "." + band;
            }
        }
    }

    public static String amount(Option option, AmountRow row) {
        return AMOUNTS[option.ordinal()][row.ordinal()];
    }

    public static String objectiveIncrease(Option option, PercentileBand band) {
        return INCREASES[option.ordinal()][band.ordinal()];
    }

    public static String percentile(String specialty, Indicator indicator, Percentile percentile) {
        return "percentiles." + specialty + "." + indicator + "." + percentile;
    }

    private static final List<String> REQUIRED = listRequired();

    /** Every parameter the rules need, so that a rulebook missing one is refused at load. */
    public static List<String> required() {
        return REQUIRED;
    }

    private static List<String> listRequired() {
        List<String> names = new ArrayList<>(List.of(CONTRACT_DURATION, TERMINATION_NOTICE, SECTORS,
                EXCLUDED_SPECIALTIES, TERRITORY_RESTRICTED, MAX_CCAM_SHARE_SPECIALTIES, MAX_CCAM_SHARE,
                MIN_CLINICAL_SHARE_SPECIALTIES, MIN_CLINICAL_SHARE, FLOOR_INDICATOR + "." + DEFAULT,
                FLOOR_PERCENTILE, FLOOR_INCLUSIVE, FLOOR_NEWLY_INSTALLED_EXEMPT, NEWLY_INSTALLED_MONTHS,
                GROUP_PRACTICE_REQUIRED, OPTIONS_OPEN, FULL_TIME_REQUIRES_ZIP, OBJECTIVE_CHECKED_FROM_YEAR,
                OBJECTIVE_INDICATORS + "." + DEFAULT, OBJECTIVE_ROUNDING, NEWLY_INSTALLED_PERCENTILE,
                NEWLY_INSTALLED_YEARS, SENIOR_MIN_AGE, SENIOR_TOLERANCE, REVIEW_MODULATION, REVIEW_COMBINATION,
                FIRST_YEAR_START, RENEWAL_AMOUNTS_FROM_YEAR, GROUP_PRACTICE_ZIP_EXEMPT, SECOND_OPEN,
                SECOND_SPECIALTIES, SECOND_REQUIRES_ZIP, SECOND_CURRENT_OPTIONS, SECOND_FROM_YEAR,
                SECOND_REQUIRES_OBJECTIVES_MET));
        names.addAll(INFORMATION);
        for (Option option : Option.values()) {
            for (AmountRow row : AmountRow.values()) {
                names.add(amount(option, row));
            }
            // A second assistant has no published objective table: the CPAM sets it.
            for (PercentileBand band : option.secondAssistant() ? new PercentileBand[0] : PercentileBand.values()) {
                names.add(objectiveIncrease(option, band));
            }
        }
        return List.copyOf(names);
    }
}
