package org.incasso.testing;

import java.util.Locale;

/**
 * Where the test suites get PostgreSQL and Keycloak from: local processes (default, no Docker)
 * or containers (Testcontainers, where a Docker engine exists). Chosen with the system property
 * {@code incasso.test.provider} or the environment variable {@code INCASSO_TEST_PROVIDER}.
 */
public enum TestProvider {
    EMBEDDED,
    TESTCONTAINERS;

    public static TestProvider current() {
        String value = System.getProperty("incasso.test.provider", System.getenv("INCASSO_TEST_PROVIDER"));
        return value == null || value.isBlank() ? EMBEDDED : valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
