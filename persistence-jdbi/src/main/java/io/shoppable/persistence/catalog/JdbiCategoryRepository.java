package io.shoppable.persistence.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import io.shoppable.domain.catalog.CategoryDraft;
import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.catalog.CategoryName;
import io.shoppable.domain.catalog.CategoryRepository;
import io.shoppable.domain.catalog.VideoCategory;
import io.shoppable.domain.shared.MediaRef;
import io.shoppable.domain.shared.NotFound;
import io.shoppable.domain.shared.Page;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.persistence.Pages;
import io.shoppable.persistence.Batches;
import io.shoppable.persistence.SqlErrors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/** Video categories in {@code video_categories}; the unique name is the database's to guard. */
public final class JdbiCategoryRepository implements CategoryRepository {

    private static final String INSERT = """
            INSERT INTO video_categories (name, icon, sort_order, is_active)
            VALUES (:name, :icon, :order, :active)
            RETURNING id, name, icon, sort_order, is_active
            """;

    private static final String UPDATE = """
            UPDATE video_categories SET name = :name, icon = :icon, sort_order = :order, is_active = :active
            WHERE id = :id
            RETURNING id, name, icon, sort_order, is_active
            """;

    // xmax is 0 only on a row this statement inserted: the usual way to tell an insert from an update.
    private static final String UPSERT_BY_NAME = """
            INSERT INTO video_categories (name, icon, sort_order, is_active)
            VALUES (:name, :icon, :order, :active)
            ON CONFLICT (name) DO UPDATE
                SET icon = EXCLUDED.icon, sort_order = EXCLUDED.sort_order, is_active = EXCLUDED.is_active
            RETURNING id, name, icon, sort_order, is_active, (xmax = 0) AS created
            """;

    private static final String DELETE = """
            DELETE FROM video_categories WHERE id = :id
            """;

    private static final String BY_ID = """
            SELECT id, name, icon, sort_order, is_active FROM video_categories WHERE id = :id
            """;

    private static final String BY_IDS = """
            SELECT id, name, icon, sort_order, is_active FROM video_categories WHERE id = ANY(:ids)
            """;

    // uses video_categories_sort_order_name_idx
    private static final String ACTIVE_PAGE = """
            SELECT id, name, icon, sort_order, is_active, count(*) OVER () AS total FROM video_categories
            WHERE is_active
            ORDER BY sort_order, name
            LIMIT :limit OFFSET :offset
            """;

    private static final String ACTIVE_COUNT = """
            SELECT count(*) FROM video_categories WHERE is_active
            """;

    private final Jdbi jdbi;

    public JdbiCategoryRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public VideoCategory create(CategoryDraft draft) {
        return SqlErrors.inTransaction(jdbi, handle -> bindDraft(handle.createQuery(INSERT), draft)
                .map(JdbiCategoryRepository::category)
                .one());
    }

    @Override
    public VideoCategory update(CategoryId id, CategoryDraft draft) {
        return SqlErrors.inTransaction(jdbi, handle -> bindDraft(handle.createQuery(UPDATE), draft)
                .bind("id", id.value())
                .map(JdbiCategoryRepository::category)
                .findOne()
                .orElseThrow(() -> NotFound.of("Category", id)));
    }

    @Override
    public Upserted upsertByName(CategoryDraft draft) {
        return SqlErrors.inTransaction(jdbi, handle -> bindDraft(handle.createQuery(UPSERT_BY_NAME), draft)
                .map((rs, ctx) -> new Upserted(category(rs, ctx), rs.getBoolean("created")))
                .one());
    }

    @Override
    public void delete(CategoryId id) {
        int deleted = SqlErrors.inTransaction(jdbi, handle -> handle.createUpdate(DELETE)
                .bind("id", id.value())
                .execute());
        if (deleted == 0) {
            throw NotFound.of("Category", id);
        }
    }

    @Override
    public Optional<VideoCategory> findById(CategoryId id) {
        return SqlErrors.withHandle(jdbi, handle -> handle.createQuery(BY_ID)
                .bind("id", id.value())
                .map(JdbiCategoryRepository::category)
                .findOne());
    }

    @Override
    public Map<CategoryId, VideoCategory> findAll(Collection<CategoryId> ids) {
        return Batches.byIds(jdbi, BY_IDS, "ids", ids, CategoryId::value, JdbiCategoryRepository::category,
                VideoCategory::id);
    }

    @Override
    public Page<VideoCategory> listActive(PageRequest page) {
        return SqlErrors.withHandle(jdbi, handle -> Pages.page(handle.createQuery(ACTIVE_PAGE),
                JdbiCategoryRepository::category, page,
                () -> handle.createQuery(ACTIVE_COUNT).mapTo(Long.class).one()));
    }

    private static <S extends SqlStatement<S>> S bindDraft(S statement, CategoryDraft draft) {
        return statement
                .bind("name", draft.name().value())
                .bind("icon", draft.icon().map(MediaRef::value).orElse(null))
                .bind("order", draft.order())
                .bind("active", draft.active());
    }

    private static VideoCategory category(ResultSet rs, StatementContext ctx) throws SQLException {
        return category(rs, "");
    }

    /** The category in a row whose category columns are named {@code prefix} + the column. */
    public static VideoCategory category(ResultSet rs, String prefix) throws SQLException {
        return new VideoCategory(new CategoryId(rs.getLong(prefix + "id")),
                new CategoryName(rs.getString(prefix + "name")),
                Optional.ofNullable(rs.getString(prefix + "icon")).map(MediaRef::new),
                rs.getInt(prefix + "sort_order"), rs.getBoolean(prefix + "is_active"));
    }
}
