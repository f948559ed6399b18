package fr.assistantmedical.rules;

import java.time.LocalDate;

/**
 * Two GPs of a group signing a collective contract: one installed six months before the signature, one
 * installed twelve months before. The law's facts they exercise: « Un médecin installé depuis moins de
 * 12 mois doit atteindre, après 3 ans d'adhésion au contrat collectif, le 50e percentile national (P50)
 * de patientèle : 1 045 patients médecin traitant et 1 514 patients file active. » [SECONDARY] Mesdocs
 * (https://github.com/davidsarfati0804/assistantsmedicauxwix, AideCollectiveContent.tsx) citing the ameli
 * page on the collective aid (rulebook sources mesdocs-collectif and ameli-aide-collective;
 * rules-research.md §4.3; the bundled rulebook's collective.newlyInstalled.* parameters).
 */
public final class NewlyInstalledMembers {

    /** The P50 of the GPs' médecin traitant patients, the newly installed member's objective. */
    public static final int TARGET_MT = 1045;
    /** The P50 of the GPs' file active patients, the newly installed member's objective. */
    public static final int TARGET_FA = 1514;
    /** The years the newly installed member has to reach it, counted from the signature. */
    public static final int YEARS = 3;

    private NewlyInstalledMembers() {
    }

    /** Installed six months before {@code signedOn}, less than 12 months: 400 MT and 600 FA patients. */
    public static CollectiveMember recent(String rpps, LocalDate signedOn) {
        return new CollectiveMember(rpps, "MEDECINE_GENERALE", 1, null, 400, 600, signedOn.minusMonths(6), false,
                false);
    }

    /** Installed exactly 12 months before {@code signedOn}, no longer newly: 1 400 MT and 1 900 FA patients. */
    public static CollectiveMember settled(String rpps, LocalDate signedOn) {
        return new CollectiveMember(rpps, "MEDECINE_GENERALE", 1, null, 1400, 1900, signedOn.minusMonths(12), false,
                false);
    }
}
