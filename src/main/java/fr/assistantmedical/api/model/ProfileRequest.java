package fr.assistantmedical.api.model;

import fr.assistantmedical.rules.Option;
import fr.assistantmedical.rules.PercentileBand;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A doctor's situation, as the eligibility and simulation endpoints receive it. */
public class ProfileRequest {

    /** Signature date; today when absent. */
    public LocalDate asOf;

    @NotBlank(message = "la spécialité est obligatoire")
    public String specialty;

    @NotNull(message = "le secteur est obligatoire")
    @Pattern(regexp = "[12]", message = "le secteur vaut \"1\" ou \"2\"")
    public String sector;

    public Boolean optam;

    @PatientCount
    public Integer patientsMt;

    @PatientCount
    public Integer patientsFileActive;

    @DecimalMin(value = "0", message = "la part est comprise entre 0 et 1")
    @DecimalMax(value = "1", message = "la part est comprise entre 0 et 1")
    @Digits(integer = 1, fraction = 4, message = "la part a au plus 4 décimales")
    public BigDecimal ccamShare;

    @Min(value = 18, message = "l'âge est compris entre 18 et 120 ans")
    @Max(value = 120, message = "l'âge est compris entre 18 et 120 ans")
    public Integer age;

    public LocalDate installedOn;

    public Boolean priorityZone;

    public Boolean groupPractice;

    public PercentileBand percentileBand;

    /** The option of the contract the doctor already has: a second assistant may be added to it. */
    public Option currentOption;

    @Min(value = 1, message = "l'année du contrat en cours est comprise entre 1 et 10")
    @Max(value = 10, message = "l'année du contrat en cours est comprise entre 1 et 10")
    public Integer currentContractYear;

    /** Whether the objectives of the contract in progress are reached. */
    public Boolean objectivesMet;
}
