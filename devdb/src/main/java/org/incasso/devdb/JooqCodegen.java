package org.incasso.devdb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

/**
 * Generates the jOOQ classes from the real migrations applied to a real PostgreSQL: starts an
 * embedded server, migrates it with Flyway, runs jOOQ's PostgreSQL generator and stops the
 * server. Parsing the DDL instead would lose row-level security, partitions and functions.
 *
 * <p>Arguments: the migrations source folder (hashed to skip unchanged rebuilds), the output
 * folder and the target package.
 */
public final class JooqCodegen {

    private JooqCodegen() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: JooqCodegen <migrations-dir> <output-dir> <package>");
        }
        Path migrations = Path.of(args[0]);
        Path output = Path.of(args[1]);
        String packageName = args[2];
        Path stamp = output.resolve(".migrations.sha256");
        String hash = hash(migrations, packageName);
        if (Files.exists(stamp) && Files.readString(stamp).equals(hash)) {
            System.out.println("[jooq-codegen] migrations unchanged, generated code is up to date");
            return;
        }
        try (var database = EmbeddedDatabase.startTemporary()) {
            migrate(database);
            GenerationTool.generate(configuration(database, output, packageName));
        }
        Files.writeString(stamp, hash);
    }

    static void migrate(EmbeddedDatabase database) {
        Flyway.configure(JooqCodegen.class.getClassLoader())
                .dataSource(database.jdbcUrl(), EmbeddedDatabase.OWNER, EmbeddedDatabase.OWNER)
                .locations("classpath:db/migration")
                .placeholders(java.util.Map.of("app_role", EmbeddedDatabase.APP))
                .load()
                .migrate();
    }

    private static Configuration configuration(EmbeddedDatabase database, Path output, String packageName) {
        return new Configuration()
                .withJdbc(new Jdbc()
                        .withDriver("org.postgresql.Driver")
                        .withUrl(database.jdbcUrl())
                        .withUser(EmbeddedDatabase.OWNER)
                        .withPassword(EmbeddedDatabase.OWNER))
                .withGenerator(new Generator()
                        .withDatabase(new Database()
                                .withName("org.jooq.meta.postgres.PostgresDatabase")
                                .withInputSchema("public")
                                .withExcludes("flyway_schema_history")
                                // one class per hash partition is noise: queries go through the parent
                                .withExcludeSql("select relname from pg_class where relispartition"))
                        .withGenerate(new Generate()
                                .withRecords(true)
                                .withPojos(false)
                                .withDaos(false)
                                .withJavaTimeTypes(true)
                                .withGeneratedAnnotation(false))
                        .withTarget(new Target()
                                .withPackageName(packageName)
                                .withDirectory(output.toString())
                                .withClean(true)));
    }

    /** Of the migrations and the target package: either changing means generating again. */
    private static String hash(Path migrations, String packageName) throws IOException, NoSuchAlgorithmException {
        var digest = MessageDigest.getInstance("SHA-256");
        digest.update(packageName.getBytes(StandardCharsets.UTF_8));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(migrations)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            digest.update(migrations.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            digest.update(Files.readAllBytes(file));
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
