package org.incasso.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.incasso.devdb.DatabaseLayout;
import org.incasso.devdb.EmbeddedDatabase;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One PostgreSQL per test JVM with the production role layout, migrated with the real
 * migrations, shared by every test class (started lazily, stopped at JVM exit).
 *
 * <p>Provider: embedded PostgreSQL by default (no Docker needed); with
 * {@code -Dincasso.test.provider=testcontainers} (or the environment variable
 * {@code INCASSO_TEST_PROVIDER}) a PostgreSQL container where a Docker engine exists.
 */
public final class TestDatabase {

    private static String jdbcUrl;

    private TestDatabase() {
    }

    public static synchronized String jdbcUrl() {
        if (jdbcUrl == null) {
            jdbcUrl = TestProvider.current() == TestProvider.TESTCONTAINERS ? startContainer() : startEmbedded();
            Flyway.configure()
                    .dataSource(jdbcUrl, DatabaseLayout.OWNER, DatabaseLayout.OWNER)
                    .locations("classpath:db/migration")
                    .placeholders(Map.of("app_role", DatabaseLayout.APP))
                    .load()
                    .migrate();
        }
        return jdbcUrl;
    }

    private static String startEmbedded() {
        EmbeddedDatabase database = EmbeddedDatabase.startTemporary();
        Runtime.getRuntime().addShutdownHook(new Thread(database::close));
        return database.jdbcUrl();
    }

    @SuppressWarnings("resource")
    private static String startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:17");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        String server = "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/";
        DatabaseLayout.prepare(server, container.getUsername(), container.getPassword());
        return server + DatabaseLayout.DATABASE;
    }

    /** A connection as the application role: no superuser, no BYPASSRLS, owns nothing. */
    public static Connection connectAsApp() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), DatabaseLayout.APP, DatabaseLayout.APP);
    }

    /** A connection as the migration owner (for fixtures that create tenants). */
    public static Connection connectAsOwner() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), DatabaseLayout.OWNER, DatabaseLayout.OWNER);
    }

    /** Spring Boot properties that point an application context at this database. */
    public static Map<String, Object> springProperties() {
        String url = jdbcUrl();
        return Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", DatabaseLayout.APP,
                "spring.datasource.password", DatabaseLayout.APP,
                "spring.flyway.url", url,
                "spring.flyway.user", DatabaseLayout.OWNER,
                "spring.flyway.password", DatabaseLayout.OWNER);
    }
}
