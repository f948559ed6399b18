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

    /**
     * Removes the grant in one statement on the current session; whether there was one. Not
     * {@code deleteById}: that loads the row, then looks the session up again from the Vert.x context
     * current when the load answers, and queues the removal for the commit's flush.
     */
    public Uni<Boolean> revoke(UUID contractId, String organisation) {
        return delete("contractId = ?1 and organisation = ?2", contractId, organisation).map(n -> n > 0);
    }

    public Uni<List<GrantEntity>> ofContract(UUID contractId) {
        return list("contractId = ?1 order by organisation", contractId);
    }
}
