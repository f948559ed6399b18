package fr.assistantmedical.rules;

import java.time.LocalDate;

/**
 * A doctor of the group who adheres to the collective contract. Facts that open a bonus or an exception
 * (trainee supervisor, installation date) count as "does not apply" when unknown; facts a condition
 * needs make the answer TO_CONFIRM.
 *
 * @param sector 1 or 2
 * @param optam OPTAM or OPTAM-CO membership, for sector 2
 * @param particularPractice médecin à exercice particulier (MEP)
 * @param traineeSupervisor maître de stage (PAMSU) hosting a docteur junior, or member of a structure
 *        approved as a training site
 */
public record CollectiveMember(String rpps, String specialty, int sector, Boolean optam, Integer patientsMt,
        Integer patientsFileActive, LocalDate installedOn, Boolean particularPractice, boolean traineeSupervisor) {
}
