/**
 * The incasso Keycloak realm and a launcher that runs a real Keycloak server as a child process,
 * for local development and for integration tests.
 */
@NullMarked
package org.incasso.keycloak;

import org.jspecify.annotations.NullMarked;
