package fr.assistantmedical.contract.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class PaymentRepository implements PanacheRepositoryBase<PaymentEntity, UUID> {

    public Uni<PaymentEntity> byReference(UUID contractId, String reference) {
        return find("contractId = ?1 and reference = ?2", contractId, reference).firstResult();
    }
}
