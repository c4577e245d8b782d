package org.incasso.devdb;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The production role layout on a PostgreSQL server: a database {@value #DATABASE} owned by the
 * migration role {@value #OWNER}, and an application role {@value #APP} that owns nothing, is no
 * superuser and has no BYPASSRLS, so that row-level security applies to it. Idempotent.
 *
 * <p>The roles' passwords equal their names: for builds, tests and the local demo only.
 */
public final class DatabaseLayout {

    public static final String DATABASE = "incasso";
    public static final String OWNER = "incasso_owner";
    public static final String APP = "incasso_app";

    private DatabaseLayout() {
    }

    /**
     * @param serverUrl JDBC URL up to the database name, e.g. {@code jdbc:postgresql://127.0.0.1:5432/}
     */
    public static void prepare(String serverUrl, String superuser, String password) {
        try (Connection connection = DriverManager.getConnection(serverUrl + "postgres", superuser, password);
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
            if (!statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'").next()) {
                statement.execute("create database " + DATABASE + " owner " + OWNER);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the roles and the database", e);
        }
        try (Connection connection = DriverManager.getConnection(serverUrl + DATABASE, superuser, password);
                Statement statement = connection.createStatement()) {
            statement.execute("alter schema public owner to " + OWNER);
            statement.execute("revoke create on schema public from public");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the schema", e);
        }
    }
}
