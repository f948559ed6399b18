package fr.assistantmedical.api.model.collective;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** ACTIVATE on the assistant's hire, SUSPEND or RESUME on a day, or TERMINATE on a last day. */
public class CollectiveTransitionRequest {

    @NotNull(message = "l'action est obligatoire (ACTIVATE, SUSPEND, RESUME ou TERMINATE)")
    @Pattern(regexp = "ACTIVATE|SUSPEND|RESUME|TERMINATE", message = "l'action vaut ACTIVATE, SUSPEND, RESUME ou TERMINATE")
    public String action;

    @NotNull(message = "la date d'effet est obligatoire")
    public LocalDate effectiveDate;

    @Size(max = 2000, message = "le motif dépasse 2000 caractères")
    public String reason;
}
