package org.incasso.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/**
 * The unpacked and pre-built Keycloak server distribution, shared by all instances on this machine.
 *
 * <p>The zip comes from the local Maven repository (this module depends on it, so the build downloads
 * it). It is unpacked once into a cache folder outside the repository and {@code kc.sh build} runs
 * once, so that every later start can use {@code start --optimized} (about 10 s instead of 30 s).
 * Marker files record finished steps; a file lock keeps two JVMs (e.g. parallel test runs of several
 * modules) from unpacking or building at the same time.
 */
final class KeycloakDistribution {

    /** Build-time options; changing them triggers a new {@code kc.sh build} through the marker. */
    static final List<String> BUILD_OPTIONS =
            List.of("--db=dev-file", "--health-enabled=true", "--cache=local");

    static final String HOME_PROPERTY = "incasso.keycloak.home";
    static final String HOME_ENV = "INCASSO_KEYCLOAK_HOME";
    static final String DIST_PROPERTY = "incasso.keycloak.dist";
    static final String DIST_ENV = "INCASSO_KEYCLOAK_DIST";

    private static final System.Logger LOG = System.getLogger(KeycloakDistribution.class.getName());

    private static final String UNPACKED_MARKER = ".incasso-unpacked";
    private static final String BUILT_MARKER = ".incasso-built";
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(5);

    /** In-JVM guard: a FileLock is held per JVM, a second thread would get OverlappingFileLockException. */
    private static final Object JVM_LOCK = new Object();

    private final String version;
    private final Path zip;
    private final Path home;

    private KeycloakDistribution(String version, Path zip, Path home) {
        this.version = version;
        this.zip = zip;
        this.home = home;
    }

    /** Locates zip and installation folder from the build-time properties, system properties and env. */
    static KeycloakDistribution locate() {
        Properties build = buildProperties();
        String version = build.getProperty("keycloak-version");
        String defaultZip = build.getProperty("local-repository")
                + "/org/keycloak/keycloak-quarkus-dist/%1$s/keycloak-quarkus-dist-%1$s.zip".formatted(version);
        String defaultHome = System.getProperty("user.home") + "/.cache/incasso/keycloak-" + version;
        return new KeycloakDistribution(
                version,
                Path.of(setting(DIST_PROPERTY, DIST_ENV, defaultZip)),
                Path.of(setting(HOME_PROPERTY, HOME_ENV, defaultHome)).toAbsolutePath());
    }

    String version() {
        return version;
    }

    Path home() {
        return home;
    }

    Path script() {
        return home.resolve("bin/kc.sh");
    }

    /** Unpacks and builds if not done yet; cheap (two marker reads) when everything is in place. */
    void prepare(Path javaHome) {
        synchronized (JVM_LOCK) {
            try {
                Files.createDirectories(home.getParent());
                Path lockFile = home.resolveSibling(home.getFileName() + ".lock");
                try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                        FileLock ignored = channel.lock()) {
                    unpackIfNeeded();
                    buildIfNeeded(javaHome);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot prepare Keycloak in " + home, e);
            }
        }
    }

    private void unpackIfNeeded() throws IOException {
        if (version.equals(readMarker(UNPACKED_MARKER))) {
            return;
        }
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("Keycloak distribution not found at " + zip
                    + ". Run the Maven build of the keycloak module (it downloads the zip), or set -D"
                    + DIST_PROPERTY + " / " + DIST_ENV + ".");
        }
        if (Files.exists(home) && !isEmptyDirectory(home)) {
            // Never delete a folder we did not create: the location may have been set by hand.
            throw new IllegalStateException(home + " exists but holds no Keycloak " + version
                    + " unpacked by the launcher; remove it or choose another -D" + HOME_PROPERTY);
        }
        // Unpack next to the target and move it in place, so an interrupted unzip leaves no half tree.
        Path partial = home.resolveSibling(home.getFileName() + ".partial");
        deleteRecursively(partial);
        long started = System.nanoTime();
        LOG.log(System.Logger.Level.INFO, "Unpacking {0} into {1} (once per version)", zip, home);
        unzipStrippingTopFolder(zip, partial);
        LOG.log(System.Logger.Level.INFO, "Unpacked in {0} ms", millisSince(started));
        Files.writeString(partial.resolve(UNPACKED_MARKER), version);
        Files.deleteIfExists(home);
        Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private void buildIfNeeded(Path javaHome) throws IOException {
        String expected = String.join(" ", BUILD_OPTIONS);
        if (expected.equals(readMarker(BUILT_MARKER))) {
            return;
        }
        List<String> command = new ArrayList<>(List.of(script().toString(), "build"));
        command.addAll(BUILD_OPTIONS);
        Path log = home.resolve("build.log");
        ProcessBuilder builder = KeycloakProcesses.processBuilder(command, javaHome)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        long started = System.nanoTime();
        LOG.log(System.Logger.Level.INFO, "Running kc.sh build {0} (once per installation)", expected);
        int exit = runToEnd(builder.start());
        if (exit != 0) {
            throw new IllegalStateException("'kc.sh build' failed with exit code " + exit + ":\n"
                    + KeycloakProcesses.tail(log, 40));
        }
        LOG.log(System.Logger.Level.INFO, "kc.sh build finished in {0} ms", millisSince(started));
        Files.writeString(home.resolve(BUILT_MARKER), expected);
    }

    private static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }

    private static int runToEnd(Process process) {
        try {
            if (!process.waitFor(BUILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                KeycloakProcesses.stop(process, Duration.ofSeconds(5));
                throw new IllegalStateException("'kc.sh build' did not finish within " + BUILD_TIMEOUT);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            KeycloakProcesses.stop(process, Duration.ofSeconds(5));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while building Keycloak", e);
        }
    }

    /** The zip holds one folder {@code keycloak-<version>/}; its content becomes the installation. */
    private static void unzipStrippingTopFolder(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path file = target.resolve(name.substring(slash + 1)).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("Zip entry outside the target folder: " + name);
                }
                extract(in, entry, file);
            }
        }
    }

    private static void extract(InputStream in, ZipEntry entry, Path file) throws IOException {
        if (entry.isDirectory()) {
            Files.createDirectories(file);
            return;
        }
        Files.createDirectories(file.getParent());
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        // java.util.zip does not carry Unix permissions; the scripts must be executable.
        if (file.toString().endsWith(".sh")) {
            file.toFile().setExecutable(true, false);
        }
    }

    private @Nullable String readMarker(String name) throws IOException {
        Path marker = home.resolve(name);
        return Files.isRegularFile(marker) ? Files.readString(marker).strip() : null;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static Properties buildProperties() {
        Properties properties = new Properties();
        try (InputStream in = KeycloakDistribution.class.getResourceAsStream("keycloak-dist.properties")) {
            if (in == null) {
                throw new IllegalStateException("keycloak-dist.properties missing from the class path");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** System property first, then environment variable, then the default. */
    static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
