package org.incasso.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/** Creates tenants (the tenant table is written by the owner role only, as in production). */
public final class TenantFixtures {

    private TenantFixtures() {
    }

    public static UUID createTenant(String slug, String country, String currency) {
        UUID id = UUID.randomUUID();
        try (Connection connection = TestDatabase.connectAsOwner();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into tenant (id, slug, name, home_country, default_currency, locale)
                        values (?, ?, ?, ?, ?, 'en')""")) {
            insert.setObject(1, id);
            insert.setString(2, slug + "-" + id.toString().substring(0, 8));
            insert.setString(3, "Agency " + slug);
            insert.setString(4, country);
            insert.setString(5, currency);
            insert.executeUpdate();
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
