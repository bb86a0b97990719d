package io.shoppable.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.zaxxer.hikari.HikariDataSource;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The one PostgreSQL that every database test in a JVM shares: started on first use, migrated once,
 * stopped when the JVM exits. Call {@link #reset()} before each test for empty tables.
 *
 * <p>By default it is an embedded PostgreSQL in a temporary directory. When the environment names
 * {@code SHOPVID_TEST_DB_URL} (with {@code SHOPVID_TEST_DB_USER} and {@code SHOPVID_TEST_DB_PASSWORD}),
 * that database is used instead; {@link #reset()} empties its tables, so never point it at real data.
 */
public final class TestDatabase {

    private static final String URL_VARIABLE = "SHOPVID_TEST_DB_URL";

    private static final String APPLICATION_TABLES = """
            SELECT tablename FROM pg_tables
            WHERE schemaname = current_schema() AND tablename NOT LIKE 'databasechangelog%'
            ORDER BY tablename
            """;

    private TestDatabase() {
    }

    /** The shared, migrated database. */
    public static Database database() {
        return Shared.DATABASE;
    }

    /** JDBI over the shared database. */
    public static Jdbi jdbi() {
        return Shared.DATABASE.jdbi();
    }

    /** How a separate process (a {@code serve} under test) reaches the shared database. */
    public static Connection connection() {
        var pool = (HikariDataSource) Shared.DATABASE.dataSource();
        return new Connection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
    }

    /** Empties every application table and restarts its id sequence; Liquibase's own tables are kept. */
    public static void reset() {
        jdbi().useHandle(handle -> handle.execute(Shared.TRUNCATE_ALL));
    }

    /**
     * Stops the shared embedded PostgreSQL, as an outage would, while the pools over it stay open; an
     * external test database cannot be stopped from here.
     */
    public static void stop() {
        Shared.DATABASE.stopEmbedded();
    }

    /** Starts the shared embedded PostgreSQL stopped by {@link #stop()} again, on the same port and files. */
    public static void restart() {
        Shared.DATABASE.restartEmbedded();
    }

    /**
     * A JDBC URL with its user and password, as {@code serve --db-url --db-user --db-password} take them.
     *
     * @param password may be null when the server trusts local connections
     */
    public record Connection(String url, String user, String password) {
    }

    /** Started on first use of the class, so a JVM that runs no database test starts no database. */
    private static final class Shared {

        private static final Database DATABASE = start();
        private static final String TRUNCATE_ALL = truncateStatement();

        private static Database start() {
            // Liquibase logs through java.util.logging; send it to the test log, where it is kept quiet.
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
            var url = System.getenv(URL_VARIABLE);
            Database database;
            if (url != null && !url.isBlank()) {
                database = Database.external(url, System.getenv("SHOPVID_TEST_DB_USER"),
                        System.getenv("SHOPVID_TEST_DB_PASSWORD"));
                Runtime.getRuntime().addShutdownHook(new Thread(database::close, "test-database-stop"));
            } else {
                var directory = temporaryDirectory();
                database = Database.embedded(directory);
                var started = database;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    started.close();
                    deleteRecursively(directory);
                }, "test-database-stop"));
            }
            database.migrate();
            return database;
        }

        // Table names come from the catalog, not from input, and are quoted as identifiers.
        private static String truncateStatement() {
            List<String> tables = DATABASE.jdbi().withHandle(handle -> handle.createQuery(APPLICATION_TABLES)
                    .mapTo(String.class)
                    .list());
            return tables.stream().map(table -> "\"" + table + "\"")
                    .collect(Collectors.joining(", ", "TRUNCATE ", " RESTART IDENTITY CASCADE"));
        }

        private static Path temporaryDirectory() {
            try {
                return Files.createTempDirectory("shopvid-test-db");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void deleteRecursively(Path directory) {
            try (Stream<Path> paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // A leftover temporary directory is harmless; the JVM is exiting anyway.
            }
        }
    }
}
