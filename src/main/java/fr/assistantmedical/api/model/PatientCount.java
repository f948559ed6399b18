package fr.assistantmedical.api.model;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A number of patients: whole, from 0 to 100 000. */
@Min(0)
@Max(100_000)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target(FIELD)
@Retention(RUNTIME)
public @interface PatientCount {

    String message() default "nombre de patients entre 0 et 100000";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
