package io.shoppable.cli;

import io.shoppable.persistence.Database;
import io.shoppable.persistence.PersistenceAdapters;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;

/**
 * Where the data lives: an embedded PostgreSQL under {@code --data-dir} by default, or an external
 * PostgreSQL given by {@code --db-url} (or {@code SHOPVID_DB_URL}) with its user and password.
 */
final class DatabaseOptions {

    @Option(names = "--data-dir", defaultValue = "${env:SHOPVID_DATA_DIR:-./data}", paramLabel = "DIR",
            description = "Directory for the embedded database and media files (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--db-url", defaultValue = "${env:SHOPVID_DB_URL}", paramLabel = "JDBC_URL",
            description = "JDBC URL of an external PostgreSQL; without it an embedded one is started.")
    String url;

    @Option(names = "--db-user", defaultValue = "${env:SHOPVID_DB_USER}", paramLabel = "USER",
            description = "User for the external PostgreSQL.")
    String user;

    @Option(names = "--db-password", defaultValue = "${env:SHOPVID_DB_PASSWORD}", paramLabel = "PASSWORD",
            description = "Password for the external PostgreSQL.")
    String password;

    /** Starts (embedded) or connects to (external) the database and applies the migrations. */
    Database openMigrated() {
        var database = url == null || url.isBlank()
                ? Database.embedded(dataDir)
                : Database.external(url, user, password);
        try {
            database.migrate();
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Runs {@code work} on the services over the migrated database, then closes the database. */
    <T> T withServices(Function<Wiring, T> work) {
        try (var db = openMigrated()) {
            return work.apply(Wiring.of(PersistenceAdapters.over(db.jdbi()), Clock.systemUTC()));
        }
    }
}
