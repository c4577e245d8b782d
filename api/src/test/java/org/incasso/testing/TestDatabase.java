package org.incasso.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.incasso.devdb.EmbeddedDatabase;

/**
 * One embedded PostgreSQL per test JVM, migrated with the real migrations, shared by every test
 * class (started lazily, stopped at JVM exit).
 */
public final class TestDatabase {

    private static EmbeddedDatabase database;

    private TestDatabase() {
    }

    public static synchronized EmbeddedDatabase get() {
        if (database == null) {
            database = EmbeddedDatabase.startTemporary();
            Flyway.configure()
                    .dataSource(database.jdbcUrl(), EmbeddedDatabase.OWNER, EmbeddedDatabase.OWNER)
                    .locations("classpath:db/migration")
                    .placeholders(Map.of("app_role", EmbeddedDatabase.APP))
                    .load()
                    .migrate();
            Runtime.getRuntime().addShutdownHook(new Thread(database::close));
        }
        return database;
    }

    /** A connection as the application role: no superuser, no BYPASSRLS, owns nothing. */
    public static Connection connectAsApp() throws SQLException {
        return DriverManager.getConnection(get().jdbcUrl(), EmbeddedDatabase.APP, EmbeddedDatabase.APP);
    }

    /** A connection as the migration owner (for fixtures that create tenants). */
    public static Connection connectAsOwner() throws SQLException {
        return DriverManager.getConnection(get().jdbcUrl(), EmbeddedDatabase.OWNER, EmbeddedDatabase.OWNER);
    }

    /** Spring Boot properties that point an application context at this database. */
    public static Map<String, Object> springProperties() {
        EmbeddedDatabase db = get();
        return Map.of(
                "spring.datasource.url", db.jdbcUrl(),
                "spring.datasource.username", EmbeddedDatabase.APP,
                "spring.datasource.password", EmbeddedDatabase.APP,
                "spring.flyway.url", db.jdbcUrl(),
                "spring.flyway.user", EmbeddedDatabase.OWNER,
                "spring.flyway.password", EmbeddedDatabase.OWNER);
    }
}
