package fr.assistantmedical.contract.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.assistantmedical.contract.core.Contract;
import fr.assistantmedical.contract.core.ContractStatus;
import fr.assistantmedical.contract.core.LoggedEvent;
import fr.assistantmedical.rules.Option;
import fr.assistantmedical.rules.PercentileBand;
import fr.assistantmedical.rules.Warning;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads a contract for a reader in one statement, outside any ORM session: the contract's row with
 * its years, reviews and suspensions aggregated as JSON arrays, and whether it is shared with an
 * organisation; and a contract's events. Changes still load through {@link ContractStore}, in their
 * transaction.
 */
@ApplicationScoped
public class ContractReader {

    /** A contract as read, and whether it is shared with the organisation asked about. */
    public record Read(Contract contract, boolean shared) {
    }

    // Money and ratios travel as text, so that their scale is kept; times as microseconds since 1970.
    private static final String SQL = "SELECT c.id, c.rpps, c.cpam_code, c.specialty, c.sector, c.optam, c.option, "
            + "c.signed_on, c.regime, c.patients_mt, c.patients_file_active, c.percentile_band, c.priority_zone, "
            + "c.group_practice, c.ccam_share, c.age, c.installed_on, c.objective_basis, c.objective_mt_start, "
            + "c.objective_mt_target, c.objective_mt_minimum, c.objective_fa_start, c.objective_fa_target, "
            + "c.objective_fa_minimum, c.objective_set_by, c.provisional, c.warnings, c.amounts_from_year, "
            + "c.rulebook_version, c.assistant_hired_on, c.status, c.ends_on, c.previous_contract_id, "
            + "c.renewed_by_id, c.created_at, c.created_by, c.updated_at, c.version, "
            + "(SELECT json_agg(json_build_array(y.contract_year, y.starts_on, y.ends_on, y.year_days, y.regime, "
            + "y.amount_row, y.max_aid::text, y.objective_checked, y.days_due, y.aid_ceiling::text, "
            + "y.amount_due::text, y.amount_paid::text) ORDER BY y.contract_year) "
            + "FROM contract_year y WHERE y.contract_id = c.id) AS years, "
            + "(SELECT json_agg(json_build_array(r.id, r.contract_year, r.revision, r.patients_mt, "
            + "r.patients_file_active, r.difficulties, r.achievement_mt::text, r.achievement_fa::text, "
            + "r.achievement::text, r.max_aid::text, r.days_due, r.days_checked, r.amount_due::text, r.provisional, "
            + "r.warnings, r.request_hash, r.reviewed_on, r.correction_reason, "
            + "(extract(epoch FROM r.created_at) * 1000000)::bigint, r.created_by) "
            + "ORDER BY r.contract_year, r.revision) FROM contract_review r WHERE r.contract_id = c.id) AS reviews, "
            + "(SELECT json_agg(json_build_array(s.starts_on, s.ends_on) ORDER BY s.starts_on) "
            + "FROM contract_suspension s WHERE s.contract_id = c.id) AS suspensions, "
            + "($2::text IS NOT NULL AND EXISTS (SELECT 1 FROM contract_grant g "
            + "WHERE g.contract_id = c.id AND g.organisation = $2)) AS shared "
            + "FROM contract c WHERE c.id = $1";

    private static final String EVENTS = "SELECT id, occurred_at, actor, type, effective_date, reason, state_before, "
            + "state_after FROM contract_event WHERE contract_id = $1 ORDER BY id";

    private final Pool pool;
    private final ObjectMapper json;

    ContractReader(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    /** The contract, or null; {@code organisation} (may be null) is the one asked about for sharing. */
    public Uni<Read> read(UUID id, String organisation) {
        return pool.preparedQuery(SQL).execute(Tuple.of(id, organisation)).map(rows -> {
            RowIterator<Row> it = rows.iterator();
            if (!it.hasNext()) {
                return null;
            }
            Row row = it.next();
            ContractEntity c = contract(row);
            List<ContractYearEntity> years = new ArrayList<>();
            for (Object o : array(row, "years")) {
                years.add(year(id, (JsonArray) o));
            }
            List<ReviewEntity> reviews = new ArrayList<>();
            for (Object o : array(row, "reviews")) {
                reviews.add(review(id, (JsonArray) o));
            }
            List<SuspensionEntity> suspensions = new ArrayList<>();
            for (Object o : array(row, "suspensions")) {
                JsonArray a = (JsonArray) o;
                SuspensionEntity s = new SuspensionEntity();
                s.contractId = id;
                s.startsOn = date(a.getString(0));
                s.endsOn = date(a.getString(1));
                suspensions.add(s);
            }
            return new Read(ContractRecords.contract(c, years, reviews, suspensions, this::warnings),
                    Boolean.TRUE.equals(row.getBoolean("shared")));
        });
    }

    /** The contract's events in the order they were logged, their snapshots as the JSON text stored. */
    public Uni<List<LoggedEvent>> events(UUID id) {
        return pool.preparedQuery(EVENTS).execute(Tuple.of(id)).map(rows -> {
            List<LoggedEvent> events = new ArrayList<>(rows.size());
            for (Row row : rows) {
                events.add(new LoggedEvent(row.getLong("id"), instant(row.getOffsetDateTime("occurred_at")),
                        row.getString("actor"), row.getString("type"), row.getLocalDate("effective_date"),
                        row.getString("reason"), row.getString("state_before"), row.getString("state_after")));
            }
            return events;
        });
    }

    private static ContractEntity contract(Row row) {
        ContractEntity c = new ContractEntity();
        c.id = row.getUUID("id");
        c.rpps = row.getString("rpps");
        c.cpamCode = row.getString("cpam_code");
        c.specialty = row.getString("specialty");
        c.sector = row.getShort("sector");
        c.optam = row.getBoolean("optam");
        c.option = Option.valueOf(row.getString("option"));
        c.signedOn = row.getLocalDate("signed_on");
        c.regime = row.getString("regime");
        c.patientsMt = row.getInteger("patients_mt");
        c.patientsFileActive = row.getInteger("patients_file_active");
        String band = row.getString("percentile_band");
        c.percentileBand = band == null ? null : PercentileBand.valueOf(band);
        c.priorityZone = row.getBoolean("priority_zone");
        c.groupPractice = row.getBoolean("group_practice");
        c.ccamShare = row.getBigDecimal("ccam_share");
        c.age = row.getShort("age");
        c.installedOn = row.getLocalDate("installed_on");
        c.objectiveBasis = row.getString("objective_basis");
        c.objectiveMtStart = row.getInteger("objective_mt_start");
        c.objectiveMtTarget = row.getInteger("objective_mt_target");
        c.objectiveMtMinimum = row.getInteger("objective_mt_minimum");
        c.objectiveFaStart = row.getInteger("objective_fa_start");
        c.objectiveFaTarget = row.getInteger("objective_fa_target");
        c.objectiveFaMinimum = row.getInteger("objective_fa_minimum");
        c.objectiveSetBy = row.getString("objective_set_by");
        c.provisional = row.getBoolean("provisional");
        c.warnings = row.getString("warnings");
        c.amountsFromYear = row.getShort("amounts_from_year");
        c.rulebookVersion = row.getString("rulebook_version");
        c.assistantHiredOn = row.getLocalDate("assistant_hired_on");
        c.status = ContractStatus.valueOf(row.getString("status"));
        c.endsOn = row.getLocalDate("ends_on");
        c.previousContractId = row.getUUID("previous_contract_id");
        c.renewedById = row.getUUID("renewed_by_id");
        c.createdAt = instant(row.getOffsetDateTime("created_at"));
        c.createdBy = row.getString("created_by");
        c.updatedAt = instant(row.getOffsetDateTime("updated_at"));
        c.version = row.getLong("version");
        return c;
    }

    private static ContractYearEntity year(UUID id, JsonArray a) {
        ContractYearEntity y = new ContractYearEntity();
        y.contractId = id;
        y.contractYear = a.getInteger(0).shortValue();
        y.startsOn = date(a.getString(1));
        y.endsOn = date(a.getString(2));
        y.yearDays = a.getInteger(3).shortValue();
        y.regime = a.getString(4);
        y.amountRow = a.getString(5);
        y.maxAid = decimal(a.getString(6));
        y.objectiveChecked = a.getBoolean(7);
        y.daysDue = a.getInteger(8).shortValue();
        y.aidCeiling = decimal(a.getString(9));
        y.amountDue = decimal(a.getString(10));
        y.amountPaid = decimal(a.getString(11));
        return y;
    }

    private static ReviewEntity review(UUID id, JsonArray a) {
        ReviewEntity r = new ReviewEntity();
        r.id = UUID.fromString(a.getString(0));
        r.contractId = id;
        r.contractYear = a.getInteger(1).shortValue();
        r.revision = a.getInteger(2).shortValue();
        r.patientsMt = a.getInteger(3);
        r.patientsFileActive = a.getInteger(4);
        r.difficulties = a.getString(5);
        r.achievementMt = decimal(a.getString(6));
        r.achievementFa = decimal(a.getString(7));
        r.achievement = decimal(a.getString(8));
        r.maxAid = decimal(a.getString(9));
        r.daysDue = a.getInteger(10) == null ? null : a.getInteger(10).shortValue();
        r.daysChecked = a.getInteger(11) == null ? null : a.getInteger(11).shortValue();
        r.amountDue = decimal(a.getString(12));
        r.provisional = a.getBoolean(13);
        r.warnings = a.getString(14);
        r.requestHash = a.getString(15);
        r.reviewedOn = date(a.getString(16));
        r.correctionReason = a.getString(17);
        long micros = a.getLong(18);
        r.createdAt = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
        r.createdBy = a.getString(19);
        return r;
    }

    private static JsonArray array(Row row, String column) {
        Object value = row.getValue(column);
        if (value == null) {
            return new JsonArray();
        }
        return value instanceof JsonArray a ? a : new JsonArray(value.toString());
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    private List<Warning> warnings(String text) {
        try {
            return text == null ? List.of() : List.of(json.readValue(text, Warning[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
