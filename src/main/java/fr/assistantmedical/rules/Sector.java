package fr.assistantmedical.rules;

/** The doctor's conventional situation, as the sector rule reads it. */
public enum Sector {
    SECTOR_1,
    SECTOR_2_OPTAM,
    SECTOR_2
}
