package fr.assistantmedical.contract.persistence;

import fr.assistantmedical.contract.ContractStatus;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ContractRepository implements PanacheRepositoryBase<ContractEntity, UUID> {

    /** Filters of the contract list; null means any. */
    /** @param sharedWith only the contracts shared with that partner organisation */
    public record Filter(String rpps, String cpamCode, ContractStatus status, String specialty, String sharedWith) {
    }

    public Uni<Map<ContractStatus, Long>> countByStatus() {
        return getSession().flatMap(session -> session
                .createSelectionQuery("select status, count(*) from ContractEntity group by status", Object[].class)
                .getResultList())
                .map(rows -> {
                    Map<ContractStatus, Long> counts = new EnumMap<>(ContractStatus.class);
                    rows.forEach(row -> counts.put((ContractStatus) row[0], (Long) row[1]));
                    return counts;
                });
    }

    /** One page in insertion order, after the cursor (a seq), at most {@code size} contracts. */
    public Uni<List<ContractEntity>> page(Filter filter, Long after, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.rpps() != null) {
            where.add("rpps = :rpps");
            params.and("rpps", filter.rpps());
        }
        if (filter.cpamCode() != null) {
            where.add("cpamCode = :cpam");
            params.and("cpam", filter.cpamCode());
        }
        if (filter.status() != null) {
            where.add("status = :status");
            params.and("status", filter.status());
        }
        if (filter.specialty() != null) {
            where.add("specialty = :specialty");
            params.and("specialty", filter.specialty());
        }
        if (filter.sharedWith() != null) {
            where.add("id in (select g.contractId from GrantEntity g where g.organisation = :org)");
            params.and("org", filter.sharedWith());
        }
        if (after != null) {
            where.add("seq > :after");
            params.and("after", after);
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by seq";
        return find(query, params).range(0, size - 1).list();
    }
}
