package org.incasso.devdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jspecify.annotations.Nullable;

/**
 * An embedded PostgreSQL server laid out like production: a database {@value #DATABASE} owned by
 * the migration role {@value #OWNER}, and an application role {@value #APP} that owns nothing,
 * is no superuser and has no BYPASSRLS, so that row-level security applies to it.
 *
 * <p>The roles' passwords equal their names: this server listens on loopback only and exists for
 * builds, tests and the local demo run. Production uses an external PostgreSQL.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "incasso";
    public static final String OWNER = "incasso_owner";
    public static final String APP = "incasso_app";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts a throw-away server on a free port. */
    public static EmbeddedDatabase startTemporary() {
        return start(null, 0);
    }

    /**
     * Starts a server; with a data directory its data survives restarts, otherwise it is thrown
     * away on close. Port 0 picks a free port.
     */
    public static EmbeddedDatabase start(@Nullable Path dataDirectory, int port) {
        try {
            var builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("listen_addresses", "127.0.0.1");
            if (port > 0) {
                builder.setPort(port);
            }
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            var database = new EmbeddedDatabase(builder.start());
            database.createRolesAndDatabase();
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
        }
    }

    private void createRolesAndDatabase() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("""
                    do $$
                    begin
                      if not exists (select from pg_roles where rolname = '%1$s') then
                        create role %1$s login password '%1$s';
                      end if;
                      if not exists (select from pg_roles where rolname = '%2$s') then
                        create role %2$s login password '%2$s' nosuperuser nobypassrls nocreatedb nocreaterole;
                      end if;
                    end
                    $$""".formatted(OWNER, APP));
            var exists = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("create database " + DATABASE + " owner " + OWNER);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the roles and the database", e);
        }
        try (Connection connection = postgres.getDatabase("postgres", DATABASE).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("alter schema public owner to " + OWNER);
            statement.execute("revoke create on schema public from public");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the schema", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    /** A JDBC URL of another database on this server, e.g. for a Keycloak database. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** Creates a database owned by the owner role if it is missing (e.g. one for Keycloak). */
    public void ensureDatabase(String name) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            var exists = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'");
            if (!exists.next()) {
                statement.execute("create database " + name + " owner " + OWNER);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
