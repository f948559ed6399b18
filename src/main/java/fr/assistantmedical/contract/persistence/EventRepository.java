package fr.assistantmedical.contract.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<EventEntity, Long> {

    public Uni<List<EventEntity>> ofContract(UUID contractId) {
        return list("contractId = ?1 order by id", contractId);
    }
}
