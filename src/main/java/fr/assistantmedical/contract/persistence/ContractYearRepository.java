package fr.assistantmedical.contract.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ContractYearRepository implements PanacheRepositoryBase<ContractYearEntity, ContractYearEntity.Key> {

    public Uni<List<ContractYearEntity>> ofContract(UUID contractId) {
        return list("contractId = ?1 order by contractYear", contractId);
    }
}
