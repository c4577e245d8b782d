package org.incasso.identity.graphql;

import java.util.Set;
import org.incasso.identity.CurrentUser;
import org.incasso.identity.CurrentUsers;
import org.incasso.identity.Role;
import org.incasso.tenancy.Tenant;
import org.incasso.tenancy.Tenants;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class ViewerController {

    record Viewer(String id, @Nullable String email, @Nullable String name, Set<Role> roles,
            @Nullable String creditorId, @Nullable String partnerId, CurrentUser user) {
    }

    private final CurrentUsers currentUsers;
    private final Tenants tenants;

    ViewerController(CurrentUsers currentUsers, Tenants tenants) {
        this.currentUsers = currentUsers;
        this.tenants = tenants;
    }

    @QueryMapping
    Viewer me() {
        CurrentUser user = currentUsers.require();
        return new Viewer(user.subject(), user.email(), user.name(), user.roles(),
                user.creditorId() == null ? null : user.creditorId().toString(),
                user.partnerId() == null ? null : user.partnerId().toString(), user);
    }

    @SchemaMapping
    Tenant tenant(Viewer viewer) {
        return tenants.byId(viewer.user().tenantId()).orElseThrow();
    }
}
