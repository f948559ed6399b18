package fr.assistantmedical.api.model.collective;

import fr.assistantmedical.api.model.PatientCount;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** One adhering doctor of a group. */
public class CollectiveMemberRequest {

    @NotNull(message = "le numéro RPPS est obligatoire")
    @Pattern(regexp = "\\d{11}", message = "le numéro RPPS compte 11 chiffres")
    public String rpps;

    @NotBlank(message = "la spécialité est obligatoire")
    @Size(max = 64, message = "spécialité inconnue (liste sur GET /api/v1/specialties)")
    public String specialty;

    @NotNull(message = "le secteur est obligatoire")
    @Pattern(regexp = "[12]", message = "le secteur vaut \"1\" ou \"2\"")
    public String sector;

    public Boolean optam;

    @PatientCount
    public Integer patientsMt;

    @PatientCount
    public Integer patientsFileActive;

    public LocalDate installedOn;

    /** Médecin à exercice particulier (MEP). */
    public Boolean particularPractice;

    /** Maître de stage (PAMSU) hosting a docteur junior, or in a structure approved as a training site. */
    public Boolean traineeSupervisor;
}
