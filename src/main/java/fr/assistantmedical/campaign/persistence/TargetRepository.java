package fr.assistantmedical.campaign.persistence;

import fr.assistantmedical.campaign.model.Target;
import fr.assistantmedical.campaign.model.TargetFilter;
import fr.assistantmedical.campaign.model.VisitOutcome;
import fr.assistantmedical.rules.EligibilityStatus;
import fr.assistantmedical.rules.Option;
import fr.assistantmedical.rules.PercentileBand;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** The targets of a campaign. */
@ApplicationScoped
public class TargetRepository {

    /** Filters of the target list; null means any. */
    // One statement per chunk of lines: each line is one row, written whole or not at all. A line
    // imported again (same campaign and RPPS) replaces the figures and the simulation, visits stay.
    private static final String UPSERT = """
            INSERT INTO campaign_target (campaign_id, cpam_code, rulebook_version, import_id, imported_at, rpps,
                specialty, sector, optam, patients_mt, patients_file_active, percentile_band, priority_zone,
                group_practice, ccam_share, age, installed_on, email, eligibility, regime, options, provisional,
                simulation, import_line)
            SELECT $1, $2, $3, $4, $5, u.rpps, u.specialty, u.sector, u.optam, u.mt, u.fa, u.band, u.zip, u.grp,
                u.ccam::numeric(5, 4), u.age, u.installed, u.email, u.eligibility, u.regime,
                string_to_array(u.options, ','), u.provisional, u.simulation, u.line
            FROM unnest($6::text[], $7::text[], $8::int2[], $9::bool[], $10::int4[], $11::int4[], $12::text[],
                $13::bool[], $14::bool[], $15::text[], $16::int2[], $17::date[], $18::text[], $19::text[],
                $20::text[], $21::text[], $22::bool[], $23::text[], $24::int4[])
                AS u(rpps, specialty, sector, optam, mt, fa, band, zip, grp, ccam, age, installed, email, eligibility,
                     regime, options, provisional, simulation, line)
            ON CONFLICT (campaign_id, rpps) DO UPDATE SET cpam_code = EXCLUDED.cpam_code,
                rulebook_version = EXCLUDED.rulebook_version, import_id = EXCLUDED.import_id,
                imported_at = EXCLUDED.imported_at, specialty = EXCLUDED.specialty, sector = EXCLUDED.sector,
                optam = EXCLUDED.optam, patients_mt = EXCLUDED.patients_mt,
                patients_file_active = EXCLUDED.patients_file_active, percentile_band = EXCLUDED.percentile_band,
                priority_zone = EXCLUDED.priority_zone, group_practice = EXCLUDED.group_practice,
                ccam_share = EXCLUDED.ccam_share, age = EXCLUDED.age, installed_on = EXCLUDED.installed_on,
                email = EXCLUDED.email, eligibility = EXCLUDED.eligibility, regime = EXCLUDED.regime,
                options = EXCLUDED.options, provisional = EXCLUDED.provisional, simulation = EXCLUDED.simulation,
                import_line = EXCLUDED.import_line
            """;

    private static final String COLUMNS = """
            t.rpps, t.cpam_code, t.specialty, t.sector, t.optam, t.patients_mt, t.patients_file_active,
            t.percentile_band, t.priority_zone, t.group_practice, t.ccam_share, t.age, t.installed_on, t.email,
            t.eligibility, t.regime, t.options, t.provisional, t.rulebook_version, t.imported_at,
            v.visited_on AS last_visited_on, v.outcome AS last_outcome""";

    private static final String LAST_VISIT = """
            LEFT JOIN LATERAL (SELECT visited_on, outcome FROM campaign_visit v
                WHERE v.campaign_id = t.campaign_id AND v.rpps = t.rpps
                ORDER BY visited_on DESC, recorded_at DESC LIMIT 1) v ON true""";

    private final Pool pool;

    TargetRepository(Pool pool) {
        this.pool = pool;
    }

    /** Writes a chunk of targets in one statement; answers how many rows were written. */
    public Uni<Integer> upsert(UUID campaignId, String cpamCode, String rulebookVersion, UUID importId,
            Instant importedAt, List<NewTarget> targets) {
        int n = targets.size();
        String[] rpps = new String[n], specialty = new String[n], band = new String[n], ccam = new String[n],
                email = new String[n], eligibility = new String[n], regime = new String[n], options = new String[n],
                simulation = new String[n];
        Short[] sector = new Short[n], age = new Short[n];
        Boolean[] optam = new Boolean[n], zip = new Boolean[n], group = new Boolean[n], provisional = new Boolean[n];
        Integer[] mt = new Integer[n], fa = new Integer[n], line = new Integer[n];
        LocalDate[] installed = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            NewTarget t = targets.get(i);
            rpps[i] = t.rpps();
            specialty[i] = t.specialty();
            sector[i] = (short) t.sector();
            optam[i] = t.optam();
            mt[i] = t.patientsMt();
            fa[i] = t.patientsFileActive();
            band[i] = t.percentileBand() == null ? null : t.percentileBand().name();
            zip[i] = t.priorityZone();
            group[i] = t.groupPractice();
            ccam[i] = t.ccamShare() == null ? null : t.ccamShare().toPlainString();
            age[i] = t.age() == null ? null : t.age().shortValue();
            installed[i] = t.installedOn();
            email[i] = t.email();
            eligibility[i] = t.eligibility().name();
            regime[i] = t.regime();
            options[i] = t.options().stream().map(Enum::name).collect(Collectors.joining(","));
            provisional[i] = t.provisional();
            simulation[i] = t.simulation();
            line[i] = (int) t.line();
        }
        return pool.preparedQuery(UPSERT).execute(Tuple.tuple(Arrays.asList(campaignId, cpamCode, rulebookVersion,
                importId, Sql.at(importedAt), rpps, specialty, sector, optam, mt, fa, band, zip, group, ccam, age,
                installed, email, eligibility, regime, options, provisional, simulation, line)))
                .map(rows -> rows.rowCount());
    }

    /** A page of targets in RPPS order, after an RPPS. */
    public Uni<List<Target>> page(UUID campaignId, TargetFilter filter, String after, int size) {
        return pool.preparedQuery("SELECT " + COLUMNS + ", NULL AS simulation FROM campaign_target t " + LAST_VISIT
                + " WHERE t.campaign_id = $1 AND t.rpps > $2 AND ($3::text IS NULL OR t.eligibility = $3)"
                + " AND ($4::text IS NULL OR t.specialty = $4) ORDER BY t.rpps LIMIT $5")
                .execute(Tuple.tuple(Arrays.asList(campaignId, after == null ? "" : after,
                        filter.eligibility() == null ? null : filter.eligibility().name(), filter.specialty(), size)))
                .map(TargetRepository::targets);
    }

    /** Targets with their simulations, in RPPS order after an RPPS: for presentations in bulk. */
    public Uni<List<Target>> withSimulations(UUID campaignId, EligibilityStatus eligibility, String after, int size) {
        return pool.preparedQuery("SELECT " + COLUMNS + ", t.simulation FROM campaign_target t " + LAST_VISIT
                + " WHERE t.campaign_id = $1 AND t.rpps > $2 AND ($3::text IS NULL OR t.eligibility = $3)"
                + " ORDER BY t.rpps LIMIT $4")
                .execute(Tuple.of(campaignId, after == null ? "" : after,
                        eligibility == null ? null : eligibility.name(), size))
                .map(TargetRepository::targets);
    }

    public Uni<Target> find(UUID campaignId, String rpps) {
        return pool.preparedQuery("SELECT " + COLUMNS + ", t.simulation FROM campaign_target t " + LAST_VISIT
                + " WHERE t.campaign_id = $1 AND t.rpps = $2").execute(Tuple.of(campaignId, rpps))
                .map(rows -> rows.size() == 0 ? null : target(rows.iterator().next()));
    }

    private static List<Target> targets(Iterable<Row> rows) {
        List<Target> targets = new ArrayList<>();
        rows.forEach(r -> targets.add(target(r)));
        return targets;
    }

    static Target target(Row r) {
        String band = r.getString("percentile_band");
        String outcome = r.getString("last_outcome");
        return new Target(r.getString("rpps"), r.getString("cpam_code"), r.getString("specialty"),
                r.getInteger("sector"), r.getBoolean("optam"), r.getInteger("patients_mt"),
                r.getInteger("patients_file_active"), band == null ? null : PercentileBand.valueOf(band),
                r.getBoolean("priority_zone"), r.getBoolean("group_practice"), r.getBigDecimal("ccam_share"),
                r.getInteger("age"), r.getLocalDate("installed_on"), r.getString("email"),
                EligibilityStatus.valueOf(r.getString("eligibility")), r.getString("regime"),
                Arrays.stream(r.getArrayOfStrings("options")).map(Option::valueOf).toList(), r.getBoolean("provisional"),
                r.getString("simulation"), r.getString("rulebook_version"), Sql.instant(r, "imported_at"),
                outcome == null ? null : new Target.LastVisit(r.getLocalDate("last_visited_on"),
                        VisitOutcome.valueOf(outcome)));
    }
}
