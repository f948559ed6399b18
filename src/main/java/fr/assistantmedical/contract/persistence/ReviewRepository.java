package fr.assistantmedical.contract.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReviewRepository implements PanacheRepositoryBase<ReviewEntity, UUID> {

    public Uni<List<ReviewEntity>> ofContract(UUID contractId) {
        return list("contractId = ?1 order by contractYear, revision", contractId);
    }
}
