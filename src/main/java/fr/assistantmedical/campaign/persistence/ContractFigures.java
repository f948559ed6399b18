package fr.assistantmedical.campaign.persistence;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * What the campaign reads of the contracts: read-only SQL on the tables contract, contract_year and
 * contract_review (V1__contracts.sql; a corrected review is a new revision since V3), kept in this one
 * class so that a change of those tables means changing these queries only.
 */
@ApplicationScoped
public class ContractFigures {

    /** A contract year whose anniversary (the « point d'échange annuel ») is due, with what the agent needs. */
    public record AgendaRow(UUID contractId, String rpps, String specialty, String option, String status,
            int contractYear, LocalDate yearStartsOn, LocalDate yearEndsOn, BigDecimal maxAid, String objectiveSetBy,
            Integer targetMt, Integer targetFa, Integer minimumMt, Integer minimumFa, Integer startMt, Integer startFa,
            Integer lastReviewYear, LocalDate lastReviewedOn, Integer lastMt, Integer lastFa) {
    }

    /** Contracts counted by status, GP or not, in a priority zone or not. */
    public record ContractGroup(String status, boolean generalPractitioner, boolean priorityZone, long count) {
    }

    /** A contract's counts at signature and at its latest review. */
    public record CountChange(Integer startMt, Integer startFa, Integer lastMt, Integer lastFa) {
    }

    /**
     * Reviewed contracts, and per indicator the sum of the relative changes and how many were summed
     * (null sums when none).
     */
    public record CountChanges(long reviewed, BigDecimal mtSum, long mtCounted, BigDecimal faSum, long faCounted) {
    }

    /**
     * Targets of a campaign counted by what matters to its figures.
     *
     * @param options the options open, comma-separated
     * @param signedOption the option of the first contract signed on or after the target's first visit, or null
     */
    public record TargetGroup(String cpamCode, String specialty, String eligibility, String options, boolean visited,
            String signedOption, long count) {
    }

    private static final String OPEN_STATUSES = "('SIGNED', 'ACTIVE', 'SUSPENDED')";

    private final Pool pool;

    ContractFigures(Pool pool) {
        this.pool = pool;
    }

    /** The CPAM's open contracts whose contract year ends so that its anniversary falls in [from, to], not yet reviewed. */
    public Uni<List<AgendaRow>> agenda(String cpamCode, LocalDate from, LocalDate to, int size) {
        return pool.preparedQuery("""
                SELECT c.id, c.rpps, c.specialty, c.option, c.status, y.contract_year, y.starts_on, y.ends_on,
                       y.max_aid, c.objective_set_by, c.objective_mt_target, c.objective_fa_target,
                       c.objective_mt_minimum, c.objective_fa_minimum, c.patients_mt, c.patients_file_active,
                       r.contract_year AS last_year, r.reviewed_on, r.patients_mt AS last_mt,
                       r.patients_file_active AS last_fa
                FROM contract c
                JOIN contract_year y ON y.contract_id = c.id
                LEFT JOIN LATERAL (SELECT contract_year, reviewed_on, patients_mt, patients_file_active
                    FROM contract_review x WHERE x.contract_id = c.id ORDER BY x.contract_year DESC, x.revision DESC LIMIT 1) r ON true
                WHERE c.cpam_code = $1 AND c.status IN """ + OPEN_STATUSES + """
                  AND y.ends_on + 1 BETWEEN $2 AND $3
                  AND NOT EXISTS (SELECT 1 FROM contract_review x
                      WHERE x.contract_id = c.id AND x.contract_year = y.contract_year)
                ORDER BY y.ends_on, c.seq
                LIMIT $4""").execute(Tuple.of(cpamCode, from, to, size)).map(rows -> {
                    List<AgendaRow> agenda = new ArrayList<>();
                    for (Row r : rows) {
                        agenda.add(new AgendaRow(r.getUUID("id"), r.getString("rpps"), r.getString("specialty"),
                                r.getString("option"), r.getString("status"), r.getInteger("contract_year"),
                                r.getLocalDate("starts_on"), r.getLocalDate("ends_on"), r.getBigDecimal("max_aid"),
                                r.getString("objective_set_by"), r.getInteger("objective_mt_target"),
                                r.getInteger("objective_fa_target"), r.getInteger("objective_mt_minimum"),
                                r.getInteger("objective_fa_minimum"), r.getInteger("patients_mt"),
                                r.getInteger("patients_file_active"), r.getInteger("last_year"),
                                r.getLocalDate("reviewed_on"), r.getInteger("last_mt"), r.getInteger("last_fa")));
                    }
                    return agenda;
                });
    }

    /** Contracts of the programme (one CPAM's, or every CPAM's when null), counted. */
    public Uni<List<ContractGroup>> contracts(String cpamCode) {
        return pool.preparedQuery("""
                SELECT status, specialty = 'MEDECINE_GENERALE' AS gp, coalesce(priority_zone, false) AS zip,
                       count(*) AS n
                FROM contract WHERE $1::text IS NULL OR cpam_code = $1
                GROUP BY 1, 2, 3""").execute(Tuple.tuple(Arrays.asList(cpamCode))).map(rows -> {
                    List<ContractGroup> groups = new ArrayList<>();
                    rows.forEach(r -> groups.add(new ContractGroup(r.getString("status"), r.getBoolean("gp"),
                            r.getBoolean("zip"), r.getLong("n"))));
                    return groups;
                });
    }

    /**
     * The reviewed contracts (one CPAM's, or every CPAM's when null), and for each indicator the sum
     * of its relative changes from the signature to the latest review, (last - start) / start, over
     * the contracts with both counts and a start above 0, with how many there are. Summed in the
     * database: at national scale there are hundreds of thousands of reviewed contracts, and the
     * service receives one row instead of one per contract.
     */
    public Uni<CountChanges> countChanges(String cpamCode) {
        return pool.preparedQuery("""
                SELECT count(*) AS reviewed,
                       sum((r.patients_mt - c.patients_mt)::numeric(60, 34) / c.patients_mt)
                           FILTER (WHERE c.patients_mt > 0 AND r.patients_mt >= 0) AS mt_sum,
                       count(*) FILTER (WHERE c.patients_mt > 0 AND r.patients_mt >= 0) AS mt_n,
                       sum((r.patients_file_active - c.patients_file_active)::numeric(60, 34) / c.patients_file_active)
                           FILTER (WHERE c.patients_file_active > 0 AND r.patients_file_active >= 0) AS fa_sum,
                       count(*) FILTER (WHERE c.patients_file_active > 0 AND r.patients_file_active >= 0) AS fa_n
                FROM contract c
                JOIN LATERAL (SELECT patients_mt, patients_file_active FROM contract_review x
                    WHERE x.contract_id = c.id ORDER BY x.contract_year DESC, x.revision DESC LIMIT 1) r ON true
                WHERE $1::text IS NULL OR c.cpam_code = $1""").execute(Tuple.tuple(Arrays.asList(cpamCode)))
                .map(rows -> {
                    Row r = rows.iterator().next();
                    return new CountChanges(r.getLong("reviewed"), r.getBigDecimal("mt_sum"), r.getLong("mt_n"),
                            r.getBigDecimal("fa_sum"), r.getLong("fa_n"));
                });
    }

    /**
     * The targets of one campaign (or of every campaign of a CPAM when {@code campaignId} is null, or
     * of every campaign when both are null), grouped; a contract counts when the same doctor signed it
     * with the target's CPAM on or after the first visit.
     */
    public Uni<List<TargetGroup>> targets(UUID campaignId, String cpamCode) {
        return pool.preparedQuery("""
                SELECT t.cpam_code, t.specialty, t.eligibility, array_to_string(t.options, ',') AS options,
                       v.first_visit IS NOT NULL AS visited, c.option AS signed_option, count(*) AS n
                FROM campaign_target t
                LEFT JOIN LATERAL (SELECT min(visited_on) AS first_visit FROM campaign_visit x
                    WHERE x.campaign_id = t.campaign_id AND x.rpps = t.rpps) v ON true
                LEFT JOIN LATERAL (SELECT option FROM contract k
                    WHERE k.rpps = t.rpps AND k.cpam_code = t.cpam_code AND k.signed_on >= v.first_visit
                    ORDER BY k.signed_on, k.seq LIMIT 1) c ON true
                WHERE ($1::uuid IS NULL OR t.campaign_id = $1) AND ($2::text IS NULL OR t.cpam_code = $2)
                GROUP BY 1, 2, 3, 4, 5, 6""").execute(Tuple.tuple(Arrays.asList(campaignId, cpamCode)))
                .map(rows -> {
                    List<TargetGroup> groups = new ArrayList<>();
                    rows.forEach(r -> groups.add(new TargetGroup(r.getString("cpam_code"), r.getString("specialty"), r.getString("eligibility"),
                            r.getString("options"), r.getBoolean("visited"), r.getString("signed_option"),
                            r.getLong("n"))));
                    return groups;
                });
    }
}
