package fr.assistantmedical.contract.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SuspensionRepository implements PanacheRepositoryBase<SuspensionEntity, SuspensionEntity.Key> {

    public Uni<List<SuspensionEntity>> ofContract(UUID contractId) {
        return list("contractId = ?1 order by startsOn", contractId);
    }
}
