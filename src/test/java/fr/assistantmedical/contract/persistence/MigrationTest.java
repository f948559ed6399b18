package fr.assistantmedical.contract.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.assistantmedical.support.PostgresDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The migrations after V2 on a database holding contracts as the service wrote them before: their
 * suspensions come from the event log, their years get their days of aid and ceilings and stop at
 * the contract's end, their reviews become revision 1.
 */
class MigrationTest {

    private String database;

    @BeforeEach
    void createDatabase() {
        database = PostgresDatabase.create("aam_migration_");
    }

    @AfterEach
    void dropDatabase() {
        PostgresDatabase.drop(database);
    }

    /** Runs the migrations from version {@code from} to {@code to}, in order, as Flyway would. */
    private void migrate(int from, int to) throws IOException, SQLException {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            scripts = files.filter(f -> version(f) >= from && version(f) <= to)
                    .sorted(Comparator.comparingInt(MigrationTest::version)).toList();
        }
        try (Connection c = PostgresDatabase.connect(PostgresDatabase.jdbcUrl(database));
                Statement sql = c.createStatement()) {
            for (Path script : scripts) {
                sql.execute(Files.readString(script));
            }
        }
    }

    private static int version(Path script) {
        String name = script.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    private static void contract(Statement sql, String id, String status, String hiredOn, String endsOn)
            throws SQLException {
        sql.execute("""
                INSERT INTO contract (id, rpps, cpam_code, specialty, sector, option, signed_on, regime, patients_mt,
                    patients_file_active, objective_set_by, objective_mt_start, objective_mt_target, provisional,
                    rulebook_version, assistant_hired_on, status, ends_on, created_at, created_by, updated_at, version)
                VALUES ('%s', '10000000009', '751', 'MEDECINE_GENERALE', 1, 'HALF_TIME', '2025-03-01',
                    'CONVENTION_2024', 1200, 1800, 'CPAM', 1200, 1300, false, '2026.11.22', %s, '%s', %s, now(),
                    'agent-751', now(), 3)""".formatted(id, hiredOn == null ? "NULL" : "'" + hiredOn + "'", status,
                endsOn == null ? "NULL" : "'" + endsOn + "'"));
        String[] maxAid = {"19000", "14000", "11000", "11000", "11000"};
        for (int n = 1; n <= 5; n++) {
            sql.execute("""
                    INSERT INTO contract_year (contract_id, contract_year, starts_on, ends_on, regime, amount_row, max_aid,
                        objective_checked, amount_paid)
                    VALUES ('%s', %d, DATE '2025-03-01' + INTERVAL '%d years', DATE '2026-02-28' + INTERVAL '%d years',
                        'CONVENTION_2024', 'year%d', %s, %s, 0)""".formatted(id, n, n - 1, n - 1, Math.min(n, 3),
                    maxAid[n - 1], n >= 3));
        }
    }

    private static void event(Statement sql, String id, String type, String effective) throws SQLException {
        sql.execute("INSERT INTO contract_event (contract_id, occurred_at, actor, type, effective_date, state_after) "
                + "VALUES ('" + id + "', now(), 'agent-751', '" + type + "', '" + effective + "', '{}')");
    }

    private static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet r = sql.executeQuery(query)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    cells.add(String.valueOf(r.getObject(i)));
                }
                rows.add(String.join(" ", cells));
            }
        }
        return rows;
    }

    @Test
    void contractsWrittenBeforeMoveToTheLifecycleSchema() throws IOException, SQLException {
        migrate(1, 2);
        String resumed = "00000000-0000-0000-0000-00000000000a";
        String terminated = "00000000-0000-0000-0000-00000000000b";
        String neverHired = "00000000-0000-0000-0000-00000000000c";
        String suspended = "00000000-0000-0000-0000-00000000000d";
        try (Connection c = PostgresDatabase.connect(PostgresDatabase.jdbcUrl(database));
                Statement sql = c.createStatement()) {
            contract(sql, resumed, "ACTIVE", "2025-03-20", null);
            event(sql, resumed, "SUSPENDED", "2025-05-02");
            event(sql, resumed, "RESUMED", "2025-08-20");
            sql.execute("INSERT INTO contract_review (id, contract_id, contract_year, patients_mt, achievement_mt, "
                    + "max_aid, amount_due, provisional, warnings, request_hash, reviewed_on, created_at, created_by) "
                    + "VALUES (gen_random_uuid(), '" + resumed + "', 1, 1250, 0.5, 19000, 19000, false, '[]', 'h', "
                    + "'2026-03-05', now(), 'agent-751')");
            sql.execute("UPDATE contract_year SET amount_due = 19000 WHERE contract_id = '" + resumed
                    + "' AND contract_year = 1");
            contract(sql, terminated, "TERMINATED", "2025-03-01", "2027-02-02");
            contract(sql, neverHired, "EXPIRED", null, "2030-02-28");
            contract(sql, suspended, "SUSPENDED", "2025-03-01", null);
            event(sql, suspended, "SUSPENDED", "2026-06-01");
        }

        migrate(3, 9);

        try (Connection c = PostgresDatabase.connect(PostgresDatabase.jdbcUrl(database));
                Statement sql = c.createStatement()) {
            assertEquals(List.of(resumed + " 2025-05-02 2025-08-19", suspended + " 2026-06-01 null"),
                    rows(sql, "SELECT contract_id, starts_on, ends_on FROM contract_suspension ORDER BY contract_id"));
            // 365 days less 19 before the hire and 110 suspended: 19 000 € × 236 / 365.
            assertEquals(List.of("1 365 236 12284.93 19000.00", "2 365 365 14000.00 null"), rows(sql,
                    "SELECT contract_year, year_days, days_due, aid_ceiling, amount_due FROM contract_year WHERE "
                            + "contract_id = '" + resumed + "' AND contract_year <= 2 ORDER BY contract_year"));
            // The schedule stops at the end: year 2 ends with the contract, later years go.
            assertEquals(List.of("1 2026-02-28 365 365", "2 2027-02-02 365 339"), rows(sql,
                    "SELECT contract_year, ends_on, year_days, days_due FROM contract_year WHERE contract_id = '"
                            + terminated + "' ORDER BY contract_year"));
            assertEquals(List.of("0 0.00"), rows(sql, "SELECT DISTINCT days_due, aid_ceiling FROM contract_year "
                    + "WHERE contract_id = '" + neverHired + "'"));
            // A suspension still open: no aid from its start (2026-03-01 to 2026-05-31 remain).
            assertEquals(List.of("2 92"), rows(sql, "SELECT contract_year, days_due FROM contract_year WHERE "
                    + "contract_id = '" + suspended + "' AND contract_year = 2"));
            assertEquals(List.of("1 null"), rows(sql, "SELECT revision, days_due FROM contract_review"));
            assertEquals(List.of("[] 1"), rows(sql, "SELECT warnings, amounts_from_year FROM contract WHERE id = '"
                    + resumed + "'"));

            // A correction is a new revision of the year's review; the same revision twice is refused.
            String review = "INSERT INTO contract_review (id, contract_id, contract_year, revision, provisional, "
                    + "warnings, request_hash, reviewed_on, created_at, created_by) VALUES (gen_random_uuid(), '"
                    + resumed + "', 1, %d, false, '[]', 'h2', '2026-03-06', now(), 'agent-751')";
            sql.execute(review.formatted(2));
            assertThrows(SQLException.class, () -> sql.execute(review.formatted(2)));
            // Option codes to come fit.
            sql.execute("UPDATE contract SET option = 'SECOND_FULL_TIME_ETP_PLUS' WHERE id = '" + resumed + "'");
        }
    }

    @Test
    void eventsAndGrantsWrittenBeforeJoinTheFeed() throws IOException, SQLException {
        migrate(1, 2);
        String shared = "00000000-0000-0000-0000-0000000000f1";
        String other = "00000000-0000-0000-0000-0000000000f2";
        try (Connection c = PostgresDatabase.connect(PostgresDatabase.jdbcUrl(database));
                Statement sql = c.createStatement()) {
            contract(sql, shared, "ACTIVE", "2025-03-20", null);
            contract(sql, other, "ACTIVE", "2025-03-20", null);
            event(sql, shared, "SIGNED", "2025-03-01");
            event(sql, other, "SIGNED", "2025-03-01");
            sql.execute("INSERT INTO contract_event (contract_id, occurred_at, actor, type, effective_date, reason, "
                    + "state_after) VALUES ('" + shared + "', now(), 'agent-751', 'ACCESS_GRANTED', '2025-03-02', "
                    + "'Accès ouvert à Logiciel-A', '{}')");
            event(sql, shared, "ACTIVATED", "2025-03-20");
            // The same organisation under two cases, and one granted without its event.
            sql.execute("INSERT INTO contract_grant (contract_id, organisation, granted_at, granted_by) VALUES "
                    + "('" + shared + "', 'Logiciel-A', now(), 'agent-751'), "
                    + "('" + shared + "', 'logiciel-a', now(), 'agent-751'), "
                    + "('" + other + "', 'LOGICIEL-B', now(), 'agent-751')");
        }

        migrate(3, 24);

        try (Connection c = PostgresDatabase.connect(PostgresDatabase.jdbcUrl(database));
                Statement sql = c.createStatement()) {
            // Every event has its position, in the order of the log.
            assertEquals(List.of("1 SIGNED", "2 SIGNED", "3 ACCESS_GRANTED", "4 ACTIVATED"), rows(sql,
                    "SELECT f.position, e.type FROM contract_feed f JOIN contract_event e ON e.id = f.event_id "
                            + "ORDER BY f.position"));
            assertEquals(List.of("0"), rows(sql, "SELECT count(*) FROM contract_feed f JOIN contract_event e "
                    + "ON e.id = f.event_id WHERE e.id <> (SELECT min(id) FROM contract_event) + f.position - 1"));
            // Grants in lower case, merged, read from their grant event on.
            assertEquals(List.of(shared + " logiciel-a ACCESS_GRANTED", other + " logiciel-b null"), rows(sql,
                    "SELECT g.contract_id, g.organisation, e.type FROM contract_grant g "
                            + "LEFT JOIN contract_event e ON e.id = g.since_event ORDER BY g.contract_id"));
            assertThrows(SQLException.class, () -> sql.execute("INSERT INTO contract_grant (contract_id, "
                    + "organisation, granted_at, granted_by) VALUES ('" + other + "', 'Logiciel-C', now(), 'x')"));
            // An event written after gets the next position when its transaction commits.
            event(sql, other, "SUSPENDED", "2025-06-01");
            assertEquals(List.of("5 SUSPENDED"), rows(sql, "SELECT f.position, e.type FROM contract_feed f "
                    + "JOIN contract_event e ON e.id = f.event_id WHERE f.position > 4"));
            // The feed is append-only, and the cursors' key is there, 16 bytes.
            assertThrows(SQLException.class, () -> sql.execute("DELETE FROM contract_feed"));
            assertEquals(List.of("16"), rows(sql, "SELECT length(key) FROM feed_cursor_key"));
        }
    }

    @Test
    void theFeedWrittenBeforeIsReadByTenant() throws IOException, SQLException {
        migrate(1, 2);
        String paris = "00000000-0000-0000-0000-0000000000e1";
        String marseille = "00000000-0000-0000-0000-0000000000e2";
        try (Connection c = PostgresDatabase.connect(PostgresDatabase.jdbcUrl(database));
                Statement sql = c.createStatement()) {
            contract(sql, paris, "ACTIVE", "2025-03-20", null);
            contract(sql, marseille, "ACTIVE", "2025-03-20", null);
            sql.execute("UPDATE contract SET cpam_code = '131' WHERE id = '" + marseille + "'");
            event(sql, paris, "SIGNED", "2025-03-01");
            event(sql, marseille, "SIGNED", "2025-03-01");
            sql.execute("INSERT INTO contract_event (contract_id, occurred_at, actor, type, effective_date, reason, "
                    + "state_after) VALUES ('" + paris + "', now(), 'agent-751', 'ACCESS_GRANTED', '2025-03-02', "
                    + "'Accès ouvert à logiciel-a', '{}')");
            event(sql, paris, "ACTIVATED", "2025-03-20");
            event(sql, marseille, "ACTIVATED", "2025-03-20");
            // Paris shared from its grant event on (V20 finds it); Marseille without its event (since 0).
            sql.execute("INSERT INTO contract_grant (contract_id, organisation, granted_at, granted_by) VALUES "
                    + "('" + paris + "', 'logiciel-a', now(), 'agent-751'), "
                    + "('" + marseille + "', 'logiciel-b', now(), 'agent-131')");
        }
        migrate(3, 41);

        migrate(42, 42);

        String feed = "SELECT f.position, f.cpam_code, e.type FROM contract_feed f JOIN contract_event e "
                + "ON e.id = f.event_id ORDER BY f.position";
        String partners = "SELECT o.organisation, o.position, e.type FROM contract_feed_organisation o "
                + "JOIN contract_event e ON e.id = o.event_id ORDER BY o.organisation, o.position";
        try (Connection c = PostgresDatabase.connect(PostgresDatabase.jdbcUrl(database));
                Statement sql = c.createStatement()) {
            assertEquals(List.of("1 751 SIGNED", "2 131 SIGNED", "3 751 ACCESS_GRANTED", "4 751 ACTIVATED",
                    "5 131 ACTIVATED"), rows(sql, feed));
            assertEquals(List.of("logiciel-a 4 ACTIVATED", "logiciel-b 2 SIGNED", "logiciel-b 5 ACTIVATED"),
                    rows(sql, partners));

            // Written after: an event gets its CPAM and its place in the feeds of its grants.
            event(sql, paris, "SUSPENDED", "2025-06-01");
            assertEquals("6 751 SUSPENDED", rows(sql, feed).get(5));
            // A new grant from its event on, the grant events left out; a revocation takes the past along.
            event(sql, marseille, "ACCESS_GRANTED", "2025-06-02");
            sql.execute("INSERT INTO contract_grant (contract_id, organisation, granted_at, granted_by, since_event) "
                    + "SELECT '" + marseille + "', 'logiciel-a', now(), 'agent-131', max(id) FROM contract_event");
            event(sql, marseille, "SUSPENDED", "2025-06-03");
            sql.execute("DELETE FROM contract_grant WHERE contract_id = '" + paris + "'");
            assertEquals(List.of("logiciel-a 8 SUSPENDED", "logiciel-b 2 SIGNED", "logiciel-b 5 ACTIVATED",
                    "logiciel-b 8 SUSPENDED"), rows(sql, partners));
            // Granted in one transaction with events of the contract: at commit, whatever the order.
            c.setAutoCommit(false);
            event(sql, paris, "RESUMED", "2025-06-04");
            sql.execute("INSERT INTO contract_grant (contract_id, organisation, granted_at, granted_by) VALUES ('"
                    + paris + "', 'logiciel-c', now(), 'agent-751')");
            c.commit();
            assertEquals(List.of("logiciel-c 1 SIGNED", "logiciel-c 4 ACTIVATED", "logiciel-c 6 SUSPENDED",
                    "logiciel-c 9 RESUMED"), rows(sql, partners).stream().filter(r -> r.startsWith("logiciel-c")).toList());
            c.setAutoCommit(true);
            // A grant, then a revocation, committed while an event of the contract is written: the
            // event, committed after, follows the grants as they are then.
            try (Connection other = PostgresDatabase.connect(PostgresDatabase.jdbcUrl(database));
                    Statement writer = other.createStatement()) {
                other.setAutoCommit(false);
                event(writer, marseille, "RESUMED", "2025-06-05");
                sql.execute("INSERT INTO contract_grant (contract_id, organisation, granted_at, granted_by) VALUES ('"
                        + marseille + "', 'logiciel-d', now(), 'agent-131')");
                other.commit();
                event(writer, paris, "TERMINATED", "2025-06-06");
                sql.execute("DELETE FROM contract_grant WHERE contract_id = '" + paris + "'");
                other.commit();
            }
            assertEquals(List.of("logiciel-b 2 SIGNED", "logiciel-b 5 ACTIVATED", "logiciel-b 8 SUSPENDED",
                    "logiciel-b 10 RESUMED", "logiciel-d 2 SIGNED", "logiciel-d 5 ACTIVATED", "logiciel-d 8 SUSPENDED",
                    "logiciel-d 10 RESUMED"), rows(sql, partners).stream().filter(r -> !r.startsWith("logiciel-a")).toList());
            // The feed stays append-only, and its CPAMs stay those of the contracts.
            assertThrows(SQLException.class, () -> sql.execute("UPDATE contract_feed SET cpam_code = '131'"));
            assertThrows(SQLException.class, () -> sql.execute("UPDATE contract SET cpam_code = '131' WHERE id = '"
                    + paris + "'"));
            sql.execute("UPDATE contract SET cpam_code = '751', version = version + 1 WHERE id = '" + paris + "'");
        }
    }

    @Test
    void collectiveContractsWrittenBeforeCanBeShared() throws IOException, SQLException {
        migrate(1, 31);
        String id = "00000000-0000-0000-0000-0000000000c1";
        try (Connection c = PostgresDatabase.connect(PostgresDatabase.jdbcUrl(database));
                Statement sql = c.createStatement()) {
            sql.execute("INSERT INTO collective_contract (id, cpam_code, structure_type, etp, signed_on, last_day, "
                    + "status, document, created_at, updated_at, version) VALUES ('" + id + "', '751', 'SCM', 2, "
                    + "'2026-03-02', '2031-03-01', 'ACTIVE', '{}', now(), now(), 1)");
        }

        migrate(32, 32);

        try (Connection c = PostgresDatabase.connect(PostgresDatabase.jdbcUrl(database));
                Statement sql = c.createStatement()) {
            sql.execute("INSERT INTO collective_contract_grant (contract_id, organisation, granted_at, granted_by) "
                    + "VALUES ('" + id + "', 'logiciel-a', now(), 'agent-751')");
            assertEquals(List.of(id + " logiciel-a"), rows(sql, "SELECT contract_id, organisation "
                    + "FROM collective_contract_grant"));
            // Organisations in lower case only, and only for a collective contract that exists.
            assertThrows(SQLException.class, () -> sql.execute("INSERT INTO collective_contract_grant (contract_id, "
                    + "organisation, granted_at, granted_by) VALUES ('" + id + "', 'Logiciel-B', now(), 'x')"));
            assertThrows(SQLException.class, () -> sql.execute("INSERT INTO collective_contract_grant (contract_id, "
                    + "organisation, granted_at, granted_by) VALUES ('00000000-0000-0000-0000-0000000000c2', "
                    + "'logiciel-b', now(), 'x')"));
        }
    }

    @Test
    void grantsWrittenBeforeCarryTheirContractsSeq() throws IOException, SQLException {
        migrate(1, 2);
        String first = "00000000-0000-0000-0000-0000000000f1";
        String second = "00000000-0000-0000-0000-0000000000f2";
        String seqs = "SELECT g.contract_id, g.organisation, g.contract_seq = c.seq FROM contract_grant g "
                + "JOIN contract c ON c.id = g.contract_id ORDER BY g.contract_seq, g.organisation";
        try (Connection c = PostgresDatabase.connect(PostgresDatabase.jdbcUrl(database));
                Statement sql = c.createStatement()) {
            contract(sql, first, "ACTIVE", "2025-03-20", null);
            contract(sql, second, "ACTIVE", "2025-03-20", null);
            sql.execute("INSERT INTO contract_grant (contract_id, organisation, granted_at, granted_by) VALUES "
                    + "('" + second + "', 'logiciel-a', now(), 'agent-751')");
        }
        migrate(3, 42);

        migrate(43, 43);

        try (Connection c = PostgresDatabase.connect(PostgresDatabase.jdbcUrl(database));
                Statement sql = c.createStatement()) {
            // Written at the grant's insert by the database, whatever the insert says.
            sql.execute("INSERT INTO contract_grant (contract_id, organisation, granted_at, granted_by, contract_seq) "
                    + "VALUES ('" + first + "', 'logiciel-a', now(), 'agent-751', 999), "
                    + "('" + second + "', 'logiciel-b', now(), 'agent-751', NULL)");
            assertEquals(List.of(first + " logiciel-a true", second + " logiciel-a true", second + " logiciel-b true"),
                    rows(sql, seqs));
            // Nor can an update set another value.
            sql.execute("UPDATE contract_grant SET contract_seq = 999");
            assertEquals(List.of(first + " logiciel-a true", second + " logiciel-a true", second + " logiciel-b true"),
                    rows(sql, seqs));
            // A grant of a contract that does not exist is refused as the foreign key refuses it.
            SQLException missing = assertThrows(SQLException.class, () -> sql.execute("INSERT INTO contract_grant "
                    + "(contract_id, organisation, granted_at, granted_by) VALUES "
                    + "('00000000-0000-0000-0000-0000000000f3', 'logiciel-a', now(), 'x')"));
            assertEquals("23503", missing.getSQLState());
            assertEquals(List.of("contract_grant_list", "contract_grant_pkey"), rows(sql,
                    "SELECT indexname FROM pg_indexes WHERE tablename = 'contract_grant' ORDER BY indexname"));
        }
    }
}
