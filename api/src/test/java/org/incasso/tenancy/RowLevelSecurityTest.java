package org.incasso.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.incasso.testing.TenantFixtures;
import org.incasso.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Row-level security as the application role sees it, with plain SQL: the tenant set for the
 * transaction is the only tenant visible or writable, and without a tenant nothing is.
 */
class RowLevelSecurityTest {

    private static UUID tenantA;
    private static UUID tenantB;

    @BeforeAll
    static void twoTenantsWithACreditorEach() throws SQLException {
        tenantA = TenantFixtures.createTenant("rls-a", "NL", "EUR");
        tenantB = TenantFixtures.createTenant("rls-b", "BE", "EUR");
        insertCreditorAs(tenantA, tenantA, "Creditor of A");
        insertCreditorAs(tenantB, tenantB, "Creditor of B");
    }

    @Test
    void applicationRoleIsNeitherSuperuserNorBypassesRls() throws SQLException {
        try (Connection connection = TestDatabase.connectAsApp();
                ResultSet rs = connection.createStatement().executeQuery(
                        "select rolsuper, rolbypassrls from pg_roles where rolname = current_user")) {
            rs.next();
            assertThat(rs.getBoolean(1)).isFalse();
            assertThat(rs.getBoolean(2)).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"creditor", "debtor"})
    void rowLevelSecurityIsEnabledAndForcedOnEveryPartition(String table) throws SQLException {
        try (Connection connection = TestDatabase.connectAsOwner();
                PreparedStatement query = connection.prepareStatement("""
                        select count(*) filter (where c.relrowsecurity and c.relforcerowsecurity), count(*)
                        from pg_class c
                        where c.oid = ?::regclass
                           or c.oid in (select inhrelid from pg_inherits where inhparent = ?::regclass)""")) {
            query.setString(1, table);
            query.setString(2, table);
            ResultSet rs = query.executeQuery();
            rs.next();
            assertThat(rs.getInt(2)).isEqualTo(17);
            assertThat(rs.getInt(1)).isEqualTo(rs.getInt(2));
        }
    }

    @Test
    void withTenantASetOnlyRowsOfTenantAAreVisible() throws SQLException {
        assertThat(tenantsOfVisibleCreditors(tenantA.toString())).containsOnly(tenantA).isNotEmpty();
        assertThat(tenantsOfVisibleCreditors(tenantB.toString())).containsOnly(tenantB).isNotEmpty();
    }

    @Test
    void withoutTenantNothingIsVisible() throws SQLException {
        assertThat(tenantsOfVisibleCreditors(null)).isEmpty();
        assertThat(tenantsOfVisibleCreditors("")).isEmpty();
    }

    @Test
    void partitionsCannotBeQueriedDirectlyByTheApplication() throws SQLException {
        // Partitions carry the tenant policy too (defence in depth), but the application role
        // has no privileges on them at all: it can only go through the parent table.
        try (Connection connection = TestDatabase.connectAsApp()) {
            for (int partition = 0; partition < 16; partition++) {
                String sql = "select tenant_id from creditor_p%02d".formatted(partition);
                assertThatThrownBy(() -> connection.createStatement().executeQuery(sql))
                        .hasMessageContaining("permission denied");
            }
        }
    }

    @Test
    void insertingARowForAnotherTenantIsRejected() {
        assertThatThrownBy(() -> insertCreditorAs(tenantA, tenantB, "Smuggled into B"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("row-level security");
    }

    @Test
    void movingARowToAnotherTenantIsRejected() throws SQLException {
        try (Connection connection = TestDatabase.connectAsApp()) {
            connection.setAutoCommit(false);
            setTenant(connection, tenantA.toString());
            PreparedStatement update = connection.prepareStatement("update creditor set tenant_id = ?");
            update.setObject(1, tenantB);
            assertThatThrownBy(update::executeUpdate).hasMessageContaining("row-level security");
            connection.rollback();
        }
    }

    @Test
    void theApplicationRoleCannotChangeTheSchemaOrTenants() throws SQLException {
        try (Connection connection = TestDatabase.connectAsApp()) {
            assertThatThrownBy(() -> connection.createStatement().execute("alter table creditor disable row level security"))
                    .hasMessageContaining("must be owner");
            assertThatThrownBy(() -> connection.createStatement().execute("delete from tenant"))
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void caseEventsAreAppendOnlyForTheApplicationAndTheOwner() throws SQLException {
        try (Connection app = TestDatabase.connectAsApp()) {
            assertThatThrownBy(() -> app.createStatement().executeUpdate("update case_event set type = 'X'"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> app.createStatement().executeUpdate("delete from case_event"))
                    .hasMessageContaining("permission denied");
        }
        try (Connection owner = TestDatabase.connectAsOwner()) {
            owner.setAutoCommit(false);
            setTenant(owner, tenantA.toString());
            UUID claim = UUID.randomUUID();
            UUID debtor = UUID.randomUUID();
            owner.createStatement().execute("insert into debtor (tenant_id, id, name, country) values ('%s', '%s', 'D', 'NL')"
                    .formatted(tenantA, debtor));
            owner.createStatement().execute(("insert into claim (tenant_id, id, reference, creditor_id, debtor_id, phase, "
                    + "currency, submitted_by) select '%s', '%s', '2026-999999', id, '%s', 'SUBMITTED', 'EUR', 'x' "
                    + "from creditor limit 1").formatted(tenantA, claim, debtor));
            owner.createStatement().execute(("insert into case_event (tenant_id, id, claim_id, type, actor, visibility) "
                    + "values ('%s', 1, '%s', 'TEST', 'x', 'INTERNAL')").formatted(tenantA, claim));
            assertThatThrownBy(() -> owner.createStatement().executeUpdate("update case_event set type = 'CHANGED'"))
                    .hasMessageContaining("append-only");
            owner.rollback();
        }
    }

    private static List<UUID> tenantsOfVisibleCreditors(String tenant) throws SQLException {
        try (Connection connection = TestDatabase.connectAsApp()) {
            connection.setAutoCommit(false);
            if (tenant != null) {
                setTenant(connection, tenant);
            }
            List<UUID> tenants = new ArrayList<>();
            ResultSet rs = connection.createStatement().executeQuery("select tenant_id from creditor");
            while (rs.next()) {
                tenants.add(rs.getObject(1, UUID.class));
            }
            connection.commit();
            return tenants;
        }
    }

    private static void insertCreditorAs(UUID sessionTenant, UUID rowTenant, String name) throws SQLException {
        try (Connection connection = TestDatabase.connectAsApp()) {
            connection.setAutoCommit(false);
            setTenant(connection, sessionTenant.toString());
            PreparedStatement insert = connection.prepareStatement(
                    "insert into creditor (tenant_id, id, name, country) values (?, ?, ?, 'NL')");
            insert.setObject(1, rowTenant);
            insert.setObject(2, UUID.randomUUID());
            insert.setString(3, name);
            insert.executeUpdate();
            connection.commit();
        }
    }

    private static void setTenant(Connection connection, String tenant) throws SQLException {
        PreparedStatement set = connection.prepareStatement("select set_config('incasso.tenant_id', ?, true)");
        set.setString(1, tenant);
        set.execute();
    }
}
