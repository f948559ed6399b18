package fr.assistantmedical.api.model.contract;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A payment of aid for a contract year; the reference makes it count once. */
public class PaymentRequest {

    @NotNull(message = "l'année de contrat est obligatoire")
    @Min(value = 1, message = "l'année de contrat commence à 1")
    @Max(value = 99, message = "année de contrat invalide")
    public Integer contractYear;

    @NotNull(message = "le montant est obligatoire")
    @DecimalMin(value = "0.01", message = "le montant est positif")
    @Digits(integer = 9, fraction = 2, message = "montant en euros, 2 décimales au plus")
    public BigDecimal amount;

    @NotNull(message = "la date de paiement est obligatoire")
    public LocalDate paidOn;

    @NotBlank(message = "la référence du paiement est obligatoire")
    @Size(max = 64, message = "la référence dépasse 64 caractères")
    public String reference;
}
