/** Who is calling: the authenticated user, its roles, tenant, creditor and partner, from Keycloak tokens. */
@NullMarked
package org.incasso.identity;

import org.jspecify.annotations.NullMarked;
