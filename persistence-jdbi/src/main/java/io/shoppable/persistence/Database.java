package io.shoppable.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import liquibase.Scope;
import liquibase.UpdateSummaryEnum;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL database behind the JDBI adapters: a connection pool, a {@link Jdbi} over it, the
 * Liquibase migrations and, for the standalone service, an embedded PostgreSQL whose files survive
 * restarts.
 *
 * <p>Opening a database that cannot be reached or started throws {@link DatabaseUnavailable}.
 * Thread-safe; close it once, when the application stops.
 */
public final class Database implements AutoCloseable {

    /** Where the changelog lives on the class path. */
    public static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";

    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private static final ClassLoader CLASS_LOADER = Database.class.getClassLoader();

    /**
     * The pool's limits: PostgreSQL on a small machine gains nothing from more connections, requests beyond
     * them wait briefly for one, and a database that cannot hand one out in seconds is reported as down.
     */
    private static final int POOL_SIZE = 10;
    /**
     * The embedded server's buffer cache (PostgreSQL's default is 128 MB): the feed's indexes and the videos of
     * scale L do not fit in the default, and backends then spend their time evicting and writing pages
     * (decision D80).
     */
    static final String EMBEDDED_SHARED_BUFFERS = "512MB";
    private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration VALIDATION_TIMEOUT = Duration.ofSeconds(2);
    private static final int HEALTH_CHECK_TIMEOUT_SECONDS = 2;

    private static final String CHANGELOG_TABLE_EXISTS = """
            SELECT to_regclass('databasechangelog') IS NOT NULL
            """;

    private static final String COUNT_APPLIED_CHANGESETS = """
            SELECT count(*) FROM databasechangelog
            """;

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final Optional<Path> embeddedDirectory;
    private volatile Optional<EmbeddedPostgres> embedded;

    private Database(HikariDataSource dataSource, Optional<EmbeddedPostgres> embedded, Optional<Path> directory) {
        this.dataSource = dataSource;
        this.embedded = embedded;
        this.embeddedDirectory = directory;
        this.jdbi = jdbiOver(dataSource);
    }

    /** JDBI over any PostgreSQL data source, set up as the adapters expect it. */
    public static Jdbi jdbiOver(DataSource dataSource) {
        return Jdbi.create(dataSource).installPlugin(new PostgresPlugin());
    }

    /**
     * Starts (or restarts) an embedded PostgreSQL whose files live in {@code dataDir/postgres}, and
     * pools connections to it. The files are kept between runs, so a second start sees the first one's data.
     */
    public static Database embedded(Path dataDir) {
        var directory = dataDir.resolve("postgres").toAbsolutePath();
        requireWritable(directory);
        var postgres = startEmbedded(directory, 0);
        log.info("embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), directory);
        try {
            var url = postgres.getJdbcUrl("postgres", "postgres");
            return new Database(pool(url, "postgres", "postgres", "shoppable-embedded"), Optional.of(postgres),
                    Optional.of(directory));
        } catch (DatabaseUnavailable e) {
            closeQuietly(postgres);
            throw e;
        }
    }

    /** Pools connections to a PostgreSQL server that someone else runs. */
    public static Database external(String jdbcUrl, String user, String password) {
        return new Database(pool(jdbcUrl, user, password, "shoppable"), Optional.empty(), Optional.empty());
    }

    /**
     * Applies the changesets of the changelog that this database has not seen yet, and returns how many
     * that was (0 when it was up to date).
     */
    public int migrate() {
        return migrate(dataSource);
    }

    /**
     * Applies the changelog to a database whose connections someone else pools (a host that embeds the
     * library), and returns how many changesets that was.
     */
    public static int migrate(DataSource dataSource) {
        var jdbi = jdbiOver(dataSource);
        int before = appliedChangesets(jdbi);
        try (Connection connection = dataSource.getConnection()) {
            var database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            // Changelog from our class path, messages to the log, and no usage reports sent anywhere.
            Map<String, Object> scope = Map.of(
                    Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(CLASS_LOADER),
                    Scope.Attr.ui.name(), new LoggerUIService(),
                    AnalyticsArgs.ENABLED.getKey(), false);
            Scope.child(scope, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                    .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY, UpdateSummaryEnum.OFF)
                    .execute());
        } catch (SQLException e) {
            throw new DatabaseUnavailable("Could not connect to apply the migrations: " + oneLine(e), e);
        } catch (Exception e) {
            throw new DatabaseUnavailable("Could not apply the migrations: " + oneLine(e), e);
        }
        int applied = appliedChangesets(jdbi) - before;
        log.info("applied {} changesets", applied);
        return applied;
    }

    /** The JDBI instance the adapters use; it takes its connections from the pool. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * Publishes the pool's gauges and timers (active, idle, pending connections, wait times) to a Micrometer
     * {@code MeterRegistry}; typed {@code Object} so this module needs no Micrometer. Call it once.
     */
    public void reportPoolMetricsTo(Object meterRegistry) {
        dataSource.setMetricRegistry(meterRegistry);
    }

    /** The pooled data source, for code that needs plain JDBC. */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * True when the database answers {@code SELECT 1} in a few seconds: the pool's 3 s wait for a
     * connection, then 2 s for the query. Never throws.
     */
    public boolean isUp() {
        try (Connection connection = dataSource.getConnection();
             var statement = connection.createStatement()) {
            statement.setQueryTimeout(HEALTH_CHECK_TIMEOUT_SECONDS);
            return statement.execute("SELECT 1");
        } catch (SQLException | RuntimeException e) {
            log.warn("database health check failed: {}", oneLine(e));
            return false;
        }
    }

    /** Closes the pool, then stops the embedded server if this database started one. */
    @Override
    public void close() {
        dataSource.close();
        embedded.ifPresent(postgres -> {
            closeQuietly(postgres);
            log.info("embedded PostgreSQL stopped");
        });
    }

    /**
     * Stops the embedded server but keeps the pool, as an outage would; {@link #restartEmbedded()} brings it
     * back on the same port with the same files. For outage tests, which reach it through the test kit.
     */
    void stopEmbedded() {
        embedded.ifPresent(Database::closeQuietly);
    }

    /** Starts the embedded server stopped by {@link #stopEmbedded()} again; the pool reconnects by itself. */
    void restartEmbedded() {
        var port = embedded.orElseThrow(() -> new IllegalStateException("not an embedded database")).getPort();
        embedded = Optional.of(startEmbedded(embeddedDirectory.orElseThrow(), port));
    }

    /** Starts PostgreSQL over the files in {@code directory}, keeping them; port 0 picks a free one. */
    private static EmbeddedPostgres startEmbedded(Path directory, int port) {
        try {
            // Stopped by close(), in order: a JVM hook of its own would stop PostgreSQL while the
            // service's shutdown still writes buffered counters (decision D47).
            var builder = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("shared_buffers", EMBEDDED_SHARED_BUFFERS);
            if (port > 0) {
                builder.setPort(port);
            }
            return builder.start();
        } catch (IOException | RuntimeException e) {
            throw new DatabaseUnavailable("Could not start the embedded PostgreSQL with data in " + directory
                    + ": " + oneLine(e), e);
        }
    }

    private static int appliedChangesets(Jdbi jdbi) {
        try {
            return jdbi.withHandle(handle -> handle.createQuery(CHANGELOG_TABLE_EXISTS).mapTo(Boolean.class).one()
                    ? handle.createQuery(COUNT_APPLIED_CHANGESETS).mapTo(Integer.class).one()
                    : 0);
        } catch (JdbiException e) {
            throw new DatabaseUnavailable("Could not read the applied migrations: " + oneLine(e), e);
        }
    }

    private static HikariDataSource pool(String jdbcUrl, String user, String password, String name) {
        var config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setPoolName(name);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        config.setValidationTimeout(VALIDATION_TIMEOUT.toMillis());
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw new DatabaseUnavailable("Could not connect to " + withoutParameters(jdbcUrl) + ": " + oneLine(e), e);
        }
    }

    /** The URL without its query, which may carry a password. */
    private static String withoutParameters(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }

    private static void requireWritable(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new DatabaseUnavailable("Cannot create the database directory " + directory + ": " + oneLine(e), e);
        }
        if (!Files.isWritable(directory)) {
            throw new DatabaseUnavailable("The database directory " + directory + " is not writable");
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("stopping the embedded PostgreSQL failed: {}", oneLine(e));
        }
    }

    /** The innermost cause's message on one line: what a person needs, without the stack trace. */
    private static String oneLine(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        var message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse("").strip();
    }
}
