package fr.assistantmedical.contract.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class GrantRepository implements PanacheRepositoryBase<GrantEntity, GrantEntity.Key> {

    public Uni<Boolean> granted(UUID contractId, String organisation) {
        return count("contractId = ?1 and organisation = ?2", contractId, organisation).map(n -> n > 0);
    }

    public Uni<List<GrantEntity>> ofContract(UUID contractId) {
        return list("contractId = ?1 order by organisation", contractId);
    }
}
