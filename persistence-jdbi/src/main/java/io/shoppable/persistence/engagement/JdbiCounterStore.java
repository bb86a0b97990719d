package io.shoppable.persistence.engagement;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.engagement.CounterBatch;
import io.shoppable.domain.engagement.CounterStore;
import io.shoppable.domain.engagement.NewInteraction;
import io.shoppable.domain.user.UserId;
import io.shoppable.persistence.SqlErrors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes a flush of buffered views and shares in at most three statements, whatever its size: one
 * {@code UPDATE} of the videos' counters, one of the creator profiles', one {@code INSERT} of the events.
 * Rows are updated in id order, so two nodes flushing the same hot videos wait for each other instead of
 * deadlocking.
 */
public final class JdbiCounterStore implements CounterStore {

    // uses videos_pkey; the counters themselves are never indexed, so the update stays a HOT update
    private static final String ADD_TO_VIDEOS = """
            UPDATE videos v
            SET views_count = v.views_count + d.views, shares_count = v.shares_count + d.shares
            FROM unnest(CAST(:ids AS bigint[]), CAST(:views AS bigint[]), CAST(:shares AS bigint[]))
                 AS d(id, views, shares)
            WHERE v.id = d.id
            """;

    // uses creator_profiles_user_id_key
    private static final String ADD_TO_CREATORS = """
            UPDATE creator_profiles c
            SET views_count = c.views_count + d.views
            FROM unnest(CAST(:users AS bigint[]), CAST(:views AS bigint[])) AS d(user_id, views)
            WHERE c.user_id = d.user_id
            """;

    // The join drops events of videos deleted since they were counted instead of failing the whole flush.
    private static final String APPEND_EVENTS = """
            INSERT INTO user_interactions (user_id, session_key, video_id, event_type, created_at)
            SELECT e.user_id, e.session_key, e.video_id, e.event_type, e.created_at
            FROM unnest(CAST(:users AS bigint[]), CAST(:sessions AS text[]), CAST(:videos AS bigint[]),
                        CAST(:kinds AS text[]), CAST(:ats AS timestamptz[]))
                 WITH ORDINALITY AS e(user_id, session_key, video_id, event_type, created_at, n)
            JOIN videos v ON v.id = e.video_id
            ORDER BY e.n
            """;

    private final Jdbi jdbi;

    public JdbiCounterStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void apply(CounterBatch batch) {
        if (batch.isEmpty()) {
            return;
        }
        SqlErrors.inTransaction(jdbi, handle -> {
            addToVideos(handle, batch);
            addToCreators(handle, batch.creatorViews());
            appendEvents(handle, batch.events());
            return null;
        });
    }

    private static void addToVideos(Handle handle, CounterBatch batch) {
        Set<VideoId> ids = new TreeSet<>(Comparator.comparingLong(VideoId::value));
        ids.addAll(batch.views().keySet());
        ids.addAll(batch.shares().keySet());
        if (ids.isEmpty()) {
            return;
        }
        handle.createUpdate(ADD_TO_VIDEOS)
                .bindArray("ids", Long.class, ids.stream().map(VideoId::value).toList())
                .bindArray("views", Long.class, ids.stream().map(id -> batch.views().getOrDefault(id, 0L)).toList())
                .bindArray("shares", Long.class, ids.stream().map(id -> batch.shares().getOrDefault(id, 0L)).toList())
                .execute();
    }

    private static void addToCreators(Handle handle, Map<UserId, Long> views) {
        if (views.isEmpty()) {
            return;
        }
        var users = views.keySet().stream().sorted(Comparator.comparingLong(UserId::value)).toList();
        handle.createUpdate(ADD_TO_CREATORS)
                .bindArray("users", Long.class, users.stream().map(UserId::value).toList())
                .bindArray("views", Long.class, users.stream().map(views::get).toList())
                .execute();
    }

    private static void appendEvents(Handle handle, List<NewInteraction> events) {
        if (events.isEmpty()) {
            return;
        }
        handle.createUpdate(APPEND_EVENTS)
                .bindArray("users", Long.class, events.stream()
                        .map(event -> event.user().map(UserId::value).orElse(null)).toList())
                .bindArray("sessions", String.class, events.stream().map(NewInteraction::sessionKey).toList())
                .bindArray("videos", Long.class, events.stream().map(event -> event.video().value()).toList())
                .bindArray("kinds", String.class, events.stream().map(event -> event.kind().wireName()).toList())
                .bindArray("ats", String.class, events.stream().map(event -> event.at().toString()).toList())
                .execute();
    }
}
