package fr.assistantmedical.rules;

/** The company form of a group practice, as the collective contract reads it. */
public enum StructureType {
    /** Société civile professionnelle: a group practice. */
    SCP,
    /** Société civile de moyens: a group practice sharing its means. */
    SCM,
    /** Société interprofessionnelle de soins ambulatoires: the company of a maison de santé. */
    SISA,
    /** Société d'exercice libéral. */
    SEL,
    OTHER
}
