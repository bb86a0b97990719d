package io.shoppable.persistence.engagement;

import java.util.List;

import io.shoppable.domain.engagement.CountedEvent;
import io.shoppable.domain.engagement.CounterBatch;
import io.shoppable.domain.engagement.CounterStore;
import io.shoppable.domain.user.UserId;
import io.shoppable.persistence.SqlErrors;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes a flush of buffered views and shares in one statement, whatever its size: it appends the events
 * whose claim (viewer, video, kind, window) is still free, then adds exactly those to the videos' and the
 * owners' counters (decisions D47, D65). Two nodes claiming the same window wait for each other on the
 * unique index; the second one's event is dropped and not counted. Videos are updated in id order, so two
 * nodes flushing the same hot videos queue rather than deadlock; should they still deadlock (claims taken
 * in opposite orders), PostgreSQL fails one flush, which keeps its events for the next try.
 */
public final class JdbiCounterStore implements CounterStore {

    // The join drops events of videos deleted since they were counted instead of failing the whole flush.
    // user_interactions_counted_once_idx decides the claims; the updates use videos_pkey and
    // creator_profiles_user_id_key, and the counters are never indexed, so they stay HOT updates.
    private static final String APPLY = """
            WITH claimed AS (
                INSERT INTO user_interactions (user_id, session_key, video_id, event_type, created_at, count_window)
                SELECT e.user_id, e.session_key, e.video_id, e.event_type, e.created_at, e.count_window
                FROM unnest(CAST(:users AS bigint[]), CAST(:sessions AS text[]), CAST(:videos AS bigint[]),
                            CAST(:kinds AS text[]), CAST(:ats AS timestamptz[]), CAST(:windows AS bigint[]))
                     WITH ORDINALITY AS e(user_id, session_key, video_id, event_type, created_at, count_window, n)
                JOIN videos v ON v.id = e.video_id
                ORDER BY e.n
                ON CONFLICT (session_key, video_id, event_type, count_window) WHERE count_window IS NOT NULL
                DO NOTHING
                RETURNING video_id, event_type
            ), per_video AS (
                SELECT video_id, count(*) FILTER (WHERE event_type = 'view') AS views,
                       count(*) FILTER (WHERE event_type = 'share') AS shares
                FROM claimed
                GROUP BY video_id
                ORDER BY video_id
            ), videos_added AS (
                UPDATE videos v
                SET views_count = v.views_count + d.views, shares_count = v.shares_count + d.shares
                FROM per_video d
                WHERE v.id = d.video_id
                RETURNING v.owner_id, d.views
            ), creators_added AS (
                UPDATE creator_profiles c
                SET views_count = c.views_count + o.views
                FROM (SELECT owner_id, CAST(sum(views) AS bigint) AS views
                      FROM videos_added GROUP BY owner_id HAVING sum(views) > 0) o
                WHERE c.user_id = o.owner_id
                RETURNING c.user_id
            )
            SELECT count(*) FROM claimed
            """;

    private final Jdbi jdbi;

    public JdbiCounterStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public long apply(CounterBatch batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        List<CountedEvent> events = batch.events();
        return SqlErrors.inTransaction(jdbi, handle -> handle.createQuery(APPLY)
                .bindArray("users", Long.class, events.stream()
                        .map(counted -> counted.event().user().map(UserId::value).orElse(null)).toList())
                .bindArray("sessions", String.class, events.stream().map(counted -> counted.event().sessionKey())
                        .toList())
                .bindArray("videos", Long.class, events.stream().map(counted -> counted.event().video().value())
                        .toList())
                .bindArray("kinds", String.class, events.stream().map(counted -> counted.event().kind().wireName())
                        .toList())
                .bindArray("ats", String.class, events.stream().map(counted -> counted.event().at().toString())
                        .toList())
                .bindArray("windows", Long.class, events.stream().map(CountedEvent::window).toList())
                .mapTo(Long.class)
                .one());
    }
}
