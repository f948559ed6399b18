package fr.assistantmedical.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.postgresql.Driver;

/**
 * A fresh PostgreSQL database for each test run, created on a real server and dropped at the end.
 * The server is TEST_DB_HOST:TEST_DB_PORT (default 127.0.0.1:5432) with user TEST_DB_USER (default
 * postgres); `.ci/run` makes sure one is running.
 */
public class PostgresDatabase implements QuarkusTestResourceLifecycleManager {

    static final String HOST = env("TEST_DB_HOST", "127.0.0.1");
    static final String PORT = env("TEST_DB_PORT", "5432");
    private static final String USER = env("TEST_DB_USER", "postgres");
    private static final String PASSWORD = env("TEST_DB_PASSWORD", "");

    private String database;

    @Override
    public Map<String, String> start() {
        database = create("aam_test_");
        return settings(HOST, PORT);
    }

    /** The service's settings for this run's database, reached at the given address. */
    protected Map<String, String> settings(String host, String port) {
        return Map.of(
                "quarkus.datasource.reactive.url", "postgresql://" + host + ":" + port + "/" + database,
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + host + ":" + port + "/" + database,
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", PASSWORD);
    }

    @Override
    public void stop() {
        if (database != null) {
            drop(database);
        }
    }

    /** A database of its own for a test that is not a @QuarkusTest; drop it with {@link #drop}. */
    public static String create(String prefix) {
        String database = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + database);
        return database;
    }

    public static void drop(String database) {
        execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    public static String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
    }

    /** A plain JDBC connection with the tests' credentials, to look at what the service wrote. */
    public static Connection connect(String jdbcUrl) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", USER);
        credentials.setProperty("password", PASSWORD);
        // The driver is used directly: DriverManager does not see drivers of other class loaders.
        return new Driver().connect(jdbcUrl, credentials);
    }

    private static void execute(String sql) {
        try (Connection c = connect(jdbcUrl("postgres"));
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + HOST + ":" + PORT + " is needed for the tests ("
                    + e.getMessage() + "). Start one, or run .ci/run which does.", e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
