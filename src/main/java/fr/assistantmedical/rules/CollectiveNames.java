package fr.assistantmedical.rules;

import java.util.List;

/** The names under which the collective contract's rules read the rulebook. */
public final class CollectiveNames {

    public static final String PREFIX = "collective.";
    public static final String STRUCTURES = "collective.structures";
    public static final String SPECIALTIES = "collective.memberSpecialties";
    public static final String SECTORS = "collective.memberSectors";
    public static final String PARTICULAR_PRACTICE_EXCLUDED = "collective.particularPracticeExcluded";
    public static final String AVERAGE_MT_FLOOR = "collective.averageMtFloor";
    public static final String AVERAGE_MT_FLOOR_INCLUSIVE = "collective.averageMtFloor.inclusive";
    public static final String ETP_STEP = "collective.etp.step";
    public static final String ETP_PER_MEMBER = "collective.etp.perMember";
    public static final String ETP_PER_TRAINEE_SUPERVISOR = "collective.etp.perTraineeSupervisor";
    public static final String DURATION = "collective.durationYears";
    public static final String AMOUNT_YEAR1 = "collective.amounts.year1";
    public static final String AMOUNT_YEAR2 = "collective.amounts.year2";
    public static final String AMOUNT_YEAR3_PLUS = "collective.amounts.year3Plus";
    public static final String OBJECTIVE_MT_PER_ETP = "collective.objective.mtPerEtp";
    public static final String OBJECTIVE_FA_PER_ETP = "collective.objective.faPerEtp";
    public static final String OBJECTIVE_YEARS = "collective.objective.years";
    public static final String OBJECTIVE_CHECKED_FROM_YEAR = "collective.objective.checkedFromYear";
    public static final String NEWLY_INSTALLED_MONTHS = "collective.newlyInstalled.months";
    public static final String NEWLY_INSTALLED_YEARS = "collective.newlyInstalled.years";
    public static final String NEWLY_INSTALLED_MT = "collective.newlyInstalled.targetMt";
    public static final String NEWLY_INSTALLED_FA = "collective.newlyInstalled.targetFa";
    public static final String WAITING_YEARS = "collective.waitingYearsAfterEnd";

    /** Every parameter of the collective rules: required once a rulebook has a collective regime. */
    public static final List<String> ALL = List.of(STRUCTURES, SPECIALTIES, SECTORS, PARTICULAR_PRACTICE_EXCLUDED,
            AVERAGE_MT_FLOOR, AVERAGE_MT_FLOOR_INCLUSIVE, ETP_STEP, ETP_PER_MEMBER, ETP_PER_TRAINEE_SUPERVISOR, DURATION,
            AMOUNT_YEAR1, AMOUNT_YEAR2, AMOUNT_YEAR3_PLUS, OBJECTIVE_MT_PER_ETP, OBJECTIVE_FA_PER_ETP, OBJECTIVE_YEARS,
            OBJECTIVE_CHECKED_FROM_YEAR, NEWLY_INSTALLED_MONTHS, NEWLY_INSTALLED_YEARS, NEWLY_INSTALLED_MT,
            NEWLY_INSTALLED_FA, WAITING_YEARS);

    private CollectiveNames() {
    }
}
