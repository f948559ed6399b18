package fr.assistantmedical.contract.persistence;

import fr.assistantmedical.contract.core.ContractFilter;
import fr.assistantmedical.contract.core.ContractStatus;
import fr.assistantmedical.contract.core.Engagement;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class ContractRepository implements PanacheRepositoryBase<ContractEntity, UUID> {

    /**
     * The doctor's individual contracts as engagements, from the signature to their end (or term).
     * Memberships of collective contracts are engagements too, from their own table.
     */
    public Uni<List<Engagement>> engagementsOf(String rpps) {
        // Plain SQL: nothing to parse on the event loop.
        return getSession().flatMap(session -> session.createNativeQuery("select c.id, c.signed_on, "
                + "coalesce(c.ends_on, (select max(y.ends_on) from contract_year y where y.contract_id = c.id)), "
                + "false from contract c where c.rpps = ?1 union all select k.id, k.signed_on, k.last_day, true "
                + "from collective_contract k join collective_member m on m.contract_id = k.id where m.rpps = ?1",
                Object[].class).setParameter(1, rpps).getResultList())
                .map(rows -> rows.stream().map(row -> new Engagement((UUID) row[0],
                        Boolean.TRUE.equals(row[3]) ? Engagement.Kind.COLLECTIVE : Engagement.Kind.INDIVIDUAL,
                        (LocalDate) row[1], (LocalDate) row[2])).toList());
    }

    /**
     * Holds, until the transaction ends, a lock named after {@code name}: transactions that take the
     * same name run one after the other (signatures for one doctor, retries of one idempotency key).
     */
    public Uni<Void> lock(String name) {
        return getSession().flatMap(session -> session
                .createNativeQuery("select count(*) from pg_advisory_xact_lock(hashtextextended(?1, 0))", Long.class)
                .setParameter(1, name).getSingleResult()).replaceWithVoid();
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

    /**
     * One page in insertion order, after the cursor (a seq), at most {@code size} contracts. A partner's
     * whole list is read from its organisation's grants, which carry their contract's seq (V43); with a
     * filter on the contracts, from the contracts' index for it, each probed for the grant (a rare
     * status would otherwise pass over most of the organisation's grants).
     */
    public Uni<List<ContractEntity>> page(ContractFilter filter, Long after, int size) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.rpps() != null) {
            where.add("c.rpps = :rpps");
            params.and("rpps", filter.rpps());
        }
        if (filter.cpamCode() != null) {
            where.add("c.cpamCode = :cpam");
            params.and("cpam", filter.cpamCode());
        }
        if (filter.status() != null) {
            where.add("c.status = :status");
            params.and("status", filter.status());
        }
        if (filter.specialty() != null) {
            where.add("c.specialty = :specialty");
            params.and("specialty", filter.specialty());
        }
        String from = "select c from ContractEntity c";
        String seq = "c.seq";
        if (filter.sharedWith() != null) {
            if (where.isEmpty()) {
                from += " join GrantEntity g on g.contractId = c.id";
                seq = "g.contractSeq";
                where.add("g.organisation = :org");
            } else {
                where.add("c.id in (select g.contractId from GrantEntity g where g.organisation = :org)");
            }
            params.and("org", filter.sharedWith());
        }
        if (after != null) {
            where.add(seq + " > :after");
            params.and("after", after);
        }
        String query = from + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by " + seq;
        return find(query, params).range(0, size - 1).list();
    }
}
