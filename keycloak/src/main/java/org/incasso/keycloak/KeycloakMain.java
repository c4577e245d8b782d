package org.incasso.keycloak;

import java.nio.file.Path;

/**
 * Runs Keycloak with the incasso realm until Ctrl-C, for local development and debugging.
 *
 * <p>Arguments (all optional): {@code [httpPort] [dataDirectory]}; otherwise the environment
 * variables {@code INCASSO_KEYCLOAK_PORT} and {@code INCASSO_KEYCLOAK_DATA}; defaults 8180 and
 * {@code ~/.local/share/incasso/keycloak-data} (persistent: users survive restarts).
 * {@code INCASSO_APP_URL} sets the application URL for the redirect URIs.
 */
public final class KeycloakMain {

    private KeycloakMain() {}

    public static void main(String[] args) {
        int port = Integer.parseInt(argument(args, 0, "INCASSO_KEYCLOAK_PORT",
                Integer.toString(KeycloakLauncher.DEFAULT_HTTP_PORT)));
        Path data = Path.of(argument(args, 1, "INCASSO_KEYCLOAK_DATA",
                System.getProperty("user.home") + "/.local/share/incasso/keycloak-data"));
        String appUrl = argument(args, 2, "INCASSO_APP_URL", "http://localhost:8080");

        RunningKeycloak keycloak = KeycloakLauncher.builder()
                .httpPort(port)
                .dataDirectory(data)
                .appUrl(appUrl)
                .start();
        IO.println("Keycloak ready in " + keycloak.startupTime().toMillis() + " ms");
        IO.println("  issuer:        " + keycloak.issuerUri());
        IO.println("  admin console: " + keycloak.baseUrl() + "/admin/ (" + keycloak.adminUsername() + ")");
        IO.println("  data + log:    " + keycloak.logFile());
        IO.println("Ctrl-C stops it.");
        // The shutdown hook of RunningKeycloak stops the process on Ctrl-C.
        ProcessHandle.of(keycloak.pid()).ifPresent(handle -> handle.onExit().join());
    }

    private static String argument(String[] args, int index, String env, String fallback) {
        if (args.length > index && !args[index].isBlank()) {
            return args[index];
        }
        String value = System.getenv(env);
        return value == null || value.isBlank() ? fallback : value;
    }
}
