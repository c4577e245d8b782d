package org.incasso.devdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * An embedded PostgreSQL server laid out like production ({@link DatabaseLayout}). It listens on
 * loopback only and exists for builds, tests and the local demo run; production uses an external
 * PostgreSQL.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = DatabaseLayout.DATABASE;
    public static final String OWNER = DatabaseLayout.OWNER;
    public static final String APP = DatabaseLayout.APP;

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
        DatabaseLayout.prepare("jdbc:postgresql://127.0.0.1:" + port() + "/", "postgres", "postgres");
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
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
