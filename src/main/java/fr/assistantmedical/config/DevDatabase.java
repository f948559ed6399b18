package fr.assistantmedical.config;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

/**
 * Dev mode only: creates the dev database when the server does not have it yet, before the
 * migrations run, so that {@code ./mvnw quarkus:dev} works on a fresh PostgreSQL server. It adds no
 * setting; it reads the configured URL and user, and does nothing in any other profile.
 */
public class DevDatabase implements ConfigSourceFactory {

    private static final Logger LOG = Logger.getLogger(DevDatabase.class);
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (context.getProfiles().contains("dev") && !context.getProfiles().contains("devservices")) {
            ConfigValue url = context.getValue("quarkus.datasource.reactive.url");
            ConfigValue user = context.getValue("quarkus.datasource.username");
            ConfigValue password = context.getValue("quarkus.datasource.password");
            if (url != null && url.getValue() != null) {
                create(url.getValue(), user == null ? null : user.getValue(),
                        password == null ? null : password.getValue());
            }
        }
        return List.of();
    }

    private static void create(String reactiveUrl, String user, String password) {
        URI uri = URI.create(reactiveUrl.replaceFirst("^postgres(ql)?://", "http://"));
        String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (!NAME.matcher(database).matches() || database.equals("postgres")) {
            return;
        }
        Properties properties = new Properties();
        if (user != null && !user.isBlank()) {
            properties.setProperty("user", user);
        }
        if (password != null && !password.isBlank()) {
            properties.setProperty("password", password);
        }
        String admin = "jdbc:postgresql://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort())
                + "/postgres";
        try (Connection connection = new org.postgresql.Driver().connect(admin, properties)) {
            if (connection == null) {
                return;
            }
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, database);
                try (ResultSet found = exists.executeQuery()) {
                    if (found.next()) {
                        return;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + database);
                LOG.infof("Dev database %s created", database);
            }
        } catch (SQLException e) {
            // The migrations will say what is wrong with the server.
            LOG.warnf("Dev database %s not created: %s", database, e.getMessage());
        }
    }
}
