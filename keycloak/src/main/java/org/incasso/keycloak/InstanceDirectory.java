package org.incasso.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Turns a data directory into a Keycloak "home" of its own.
 *
 * <p>Keycloak keeps all its state below {@code kc.home.dir/data}: the dev-file H2 database
 * ({@code data/h2}), the transaction logs and the folder read by {@code --import-realm}
 * ({@code data/import}). Starting the shared installation's {@code kc.sh} with
 * {@code -Dkc.home.dir=<data directory>} (a later {@code -D} wins over the script's own) therefore
 * isolates one instance completely. Keycloak also expects the build output ({@code lib}, where it
 * checks that {@code kc.sh build} ran), {@code providers}, {@code themes} and {@code conf} below its
 * home: those are symbolic links to the shared installation, renewed on every start.
 */
final class InstanceDirectory {

    static final String REALM_RESOURCE = "/keycloak/incasso-realm.json";

    private static final List<String> SHARED_FOLDERS = List.of("lib", "providers", "themes", "conf");

    private InstanceDirectory() {}

    static void prepare(Path dataDirectory, Path installation) {
        try {
            Files.createDirectories(dataDirectory);
            for (String folder : SHARED_FOLDERS) {
                link(dataDirectory.resolve(folder), installation.resolve(folder));
            }
            copyRealm(dataDirectory.resolve("data/import"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare Keycloak data directory " + dataDirectory, e);
        }
    }

    private static void link(Path link, Path target) throws IOException {
        if (Files.isSymbolicLink(link)) {
            Files.delete(link); // the installation may have moved (other version or cache folder)
        } else if (Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalStateException(link + " exists and is not a link; "
                    + link.getParent() + " does not look like a Keycloak data directory of this launcher");
        }
        Files.createDirectories(target); // e.g. an empty 'providers' folder
        Files.createSymbolicLink(link, target);
    }

    /**
     * Copies the realm on every start. Keycloak imports it only while the realm does not exist
     * (strategy IGNORE_EXISTING), so a persistent directory keeps its users and changes.
     */
    private static void copyRealm(Path importFolder) throws IOException {
        Files.createDirectories(importFolder);
        try (InputStream realm = InstanceDirectory.class.getResourceAsStream(REALM_RESOURCE)) {
            if (realm == null) {
                throw new IllegalStateException(REALM_RESOURCE + " missing from the class path");
            }
            Files.copy(realm, importFolder.resolve("incasso-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
