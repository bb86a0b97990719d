package io.shoppable.persistence;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.shoppable.domain.shared.Conflict;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.shared.NotFound;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns what PostgreSQL refuses into the domain's outcomes, so that no {@link SQLException} or
 * {@link JdbiException} leaves a repository. The constraint's name picks the field or the conflict code;
 * the schema names every constraint for that reason. Losing the database is {@link DatabaseUnavailable};
 * anything else is a bug and comes out as an {@link IllegalStateException}.
 */
public final class SqlErrors {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String CHECK_VIOLATION = "23514";
    private static final String NOT_NULL_VIOLATION = "23502";
    private static final String INVALID_TEXT_REPRESENTATION = "22P02";
    private static final String NUMERIC_VALUE_OUT_OF_RANGE = "22003";
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK_DETECTED = "40P01";
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    private static final String OPERATOR_INTERVENTION_CLASS = "57";
    private static final String INSUFFICIENT_RESOURCES_CLASS = "53";

    /** "Key (video_id)=(7) is not present in table "videos"." and its "is still referenced" sibling. */
    private static final Pattern KEY_DETAIL =
            Pattern.compile("Key \\((?<columns>[^)]*)\\)=\\((?<values>[^)]*)\\) is (?<what>not present in table "
                    + "\"(?<table>[^\"]+)\"|still referenced)");

    /** Unique constraints and the stable conflict code each one means. */
    private static final Map<String, Supplier<Conflict>> UNIQUE = Map.of(
            "video_categories_name_key", conflict("category_name_taken", "A category with this name exists"),
            "creator_profiles_handle_key", conflict("handle_taken", "This handle is taken"),
            "creator_profiles_user_id_key", conflict("creator_exists", "This user already has a creator profile"),
            "video_reports_reporter_id_video_id_key", conflict("already_reported", "You already reported this video"),
            "carts_user_id_idx", conflict("active_cart_exists", "This user already has an active cart"));

    /**
     * Foreign keys whose missing target is bad input naming a field; every other missing target is a
     * {@link NotFound} of the referenced thing.
     */
    private static final Map<String, Supplier<Invalid>> UNKNOWN_REFERENCE_IS_INVALID = Map.of(
            "videos_owner_id_fkey", invalid("owner", "is not a known user"),
            "videos_category_id_fkey", invalid("category", "is not a known video category"),
            "videos_product_id_fkey", invalid("product_id", "is not a known product"),
            "video_additional_products_product_id_fkey", invalid("additional_product_ids", "must be known products"),
            "creator_video_categories_category_id_fkey", invalid("categories", "must be known video categories"),
            "video_comments_parent_fkey", invalid("parent", "must be a comment on the same video"),
            "cart_lines_product_id_fkey", invalid("product_id", "is not a known product"));

    /** Foreign keys that keep a row alive while others point at it, and what deleting it then means. */
    private static final Map<String, Supplier<Conflict>> STILL_REFERENCED = Map.of(
            "videos_category_id_fkey", conflict("category_in_use", "Videos still use this category"));

    /**
     * Check constraints whose wire field or message differs from the rule below: counters, and checks
     * named {@code <table>_<field>_check}, need no entry.
     */
    private static final Map<String, Supplier<Invalid>> CHECKS = Map.of(
            "user_follows_not_self_check", invalid("following_id", "you cannot follow yourself"),
            "video_comments_text_check", invalid("text", "must be 1 to 2000 characters"),
            "user_interactions_dwell_seconds_check", invalid("dwell_time", "must be 0 to 86400 seconds"),
            "user_interactions_event_type_check", invalid("event_type", "is not a known event"),
            "user_interactions_extra_data_check", invalid("extra_data", "must be a JSON object"),
            "user_interactions_session_key_check", invalid("session", "must be 1 to 200 characters"),
            "videos_media_check", invalid("media", "a VIDEO needs a video_file, an IMAGE or COLLECTION an image_file"),
            "cart_lines_quantity_check", invalid("quantity", "must be at least 1"),
            "video_categories_sort_order_check", invalid("order", "must not be negative"),
            "video_items_sort_order_check", invalid("order", "must not be negative"));

    private static final Pattern COUNTER_CHECK = Pattern.compile(".*_count_check");

    private SqlErrors() {
    }

    /**
     * Runs {@code work} on this thread's handle (joining an open transaction) and translates what the
     * database refuses. For reads.
     */
    public static <T> T withHandle(Jdbi jdbi, HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi.withHandle(work);
        } catch (JdbiException e) {
            throw translate(e);
        }
    }

    /**
     * Runs {@code work} in a transaction, joining the one open on this thread if there is one, and
     * translates what the database refuses. For writes and for reads of several statements.
     */
    public static <T> T inTransaction(Jdbi jdbi, HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi.inTransaction(work);
        } catch (JdbiException e) {
            throw translate(e);
        }
    }

    /** The domain outcome, {@link DatabaseUnavailable} or bug that a failed statement means. */
    public static RuntimeException translate(JdbiException error) {
        if (error instanceof ConnectionException) {
            return new DatabaseUnavailable("The database cannot be reached: " + error.getMessage(), error);
        }
        var sqlError = sqlCause(error);
        if (sqlError.isEmpty()) {
            return new IllegalStateException("Unexpected database error: " + error.getMessage(), error);
        }
        return translate(sqlError.get(), error);
    }

    private static RuntimeException translate(SQLException sqlError, JdbiException error) {
        var state = sqlError.getSQLState() == null ? "" : sqlError.getSQLState();
        var server = sqlError instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        var constraint = server == null || server.getConstraint() == null ? "" : server.getConstraint();
        if (sqlError instanceof SQLTransientConnectionException || state.startsWith(CONNECTION_EXCEPTION_CLASS)
                || state.startsWith(OPERATOR_INTERVENTION_CLASS) || state.startsWith(INSUFFICIENT_RESOURCES_CLASS)) {
            return new DatabaseUnavailable("The database cannot be reached: " + sqlError.getMessage(), error);
        }
        return switch (state) {
            case UNIQUE_VIOLATION -> UNIQUE.getOrDefault(constraint,
                    () -> new Conflict("duplicate", "This already exists")).get();
            case FOREIGN_KEY_VIOLATION -> foreignKey(constraint, server);
            case CHECK_VIOLATION -> check(constraint, server);
            case NOT_NULL_VIOLATION -> Invalid.field(server == null || server.getColumn() == null
                    ? "value" : server.getColumn(), "is required");
            // The only free-form JSON we store is an interaction's extra_data; other bad text is a bug upstream.
            case INVALID_TEXT_REPRESENTATION -> sqlError.getMessage().contains("json")
                    ? Invalid.field("extra_data", "must be valid JSON")
                    : Invalid.field("value", "is not valid");
            case NUMERIC_VALUE_OUT_OF_RANGE -> Invalid.field("value", "is out of range");
            case SERIALIZATION_FAILURE, DEADLOCK_DETECTED ->
                    new Conflict("concurrent_update", "Someone else changed this at the same time; try again");
            default -> new IllegalStateException("Unexpected database error " + state + ": "
                    + sqlError.getMessage(), error);
        };
    }

    private static RuntimeException foreignKey(String constraint, ServerErrorMessage server) {
        var detail = server == null || server.getDetail() == null ? "" : server.getDetail();
        var key = KEY_DETAIL.matcher(detail);
        if (!key.find()) {
            return new NotFound("A referenced record does not exist");
        }
        if (key.group("table") == null) {
            return STILL_REFERENCED.getOrDefault(constraint,
                    () -> new Conflict("in_use", "Other records still refer to this one")).get();
        }
        var invalid = UNKNOWN_REFERENCE_IS_INVALID.get(constraint);
        if (invalid != null) {
            return invalid.get();
        }
        return NotFound.of(thing(key.group("table")), key.group("values"));
    }

    private static RuntimeException check(String constraint, ServerErrorMessage server) {
        var known = CHECKS.get(constraint);
        if (known != null) {
            return known.get();
        }
        if (COUNTER_CHECK.matcher(constraint).matches()) {
            return Invalid.field("counters", "must not be negative");
        }
        // Other checks are named <table>_<column>_check and guard a field of the same name.
        var table = server == null || server.getTable() == null ? "" : server.getTable() + "_";
        var field = constraint.startsWith(table) && constraint.endsWith("_check")
                ? constraint.substring(table.length(), constraint.length() - "_check".length())
                : "value";
        return Invalid.field(field, "is not allowed");
    }

    private static Supplier<Conflict> conflict(String code, String message) {
        return () -> new Conflict(code, message);
    }

    private static Supplier<Invalid> invalid(String field, String message) {
        return () -> Invalid.field(field, message);
    }

    private static String thing(String table) {
        return switch (table) {
            case "users" -> "User";
            case "videos" -> "Video";
            case "video_categories" -> "Category";
            case "creator_profiles" -> "Creator";
            case "products" -> "Product";
            case "carts" -> "Cart";
            case "video_comments" -> "Comment";
            default -> "Record";
        };
    }

    private static Optional<SQLException> sqlCause(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }
}
