package org.incasso.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * The one place where the tenant reaches PostgreSQL: at the start of every transaction the
 * tenant of the current context is set transaction-locally ({@code set_config(..., true)}), so
 * the row-level-security policies see it and it vanishes at commit or rollback. Without a
 * tenant the setting is cleared and every tenant table reads as empty.
 */
public class TenantTransactionManager extends JdbcTransactionManager {

    static final String SETTING = "incasso.tenant_id";

    public TenantTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        String tenant = TenantContext.current().map(Object::toString).orElse("");
        try (PreparedStatement statement = connection.prepareStatement("select set_config(?, ?, true)")) {
            statement.setString(1, SETTING);
            statement.setString(2, tenant);
            statement.execute();
        }
    }
}
