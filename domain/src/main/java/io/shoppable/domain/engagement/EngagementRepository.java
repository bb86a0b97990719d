package io.shoppable.domain.engagement;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.user.UserId;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Likes, saves and the interaction log. A toggle changes the row and the video's counter together,
 * so counters always equal rows, even under concurrent toggles.
 */
public interface EngagementRepository {

    /** Likes the video if the user does not, else unlikes it. {@code NotFound} when the video is unknown. */
    LikeState toggleLike(UserId user, VideoId video, Instant at);

    /** Saves the video if the user has not, else unsaves it. {@code NotFound} when the video is unknown. */
    SaveState toggleSave(UserId user, VideoId video, Instant at);

    /** The videos among {@code videos} that the user likes, in one query. */
    Set<VideoId> likedAmong(UserId user, Collection<VideoId> videos);

    /** The videos among {@code videos} that the user has saved, in one query. */
    Set<VideoId> savedAmong(UserId user, Collection<VideoId> videos);

    /**
     * The videos among {@code videos} that the user likes and those they saved. Adapters answer in one
     * query; this default asks {@link #likedAmong} and {@link #savedAmong}.
     */
    default Marks marksAmong(UserId user, Collection<VideoId> videos) {
        return new Marks(likedAmong(user, videos), savedAmong(user, videos));
    }

    /** Appends an event to the log. {@code NotFound} when the video is unknown. */
    Interaction record(NewInteraction interaction);

    /**
     * Appends an event to the log when its video is visible to everyone (decision D41), or its user owns the
     * video, or {@code admin}; checking and appending are one statement. Empty, with nothing logged, when the
     * video is unknown or not visible to that caller.
     */
    Optional<Interaction> recordIfVisible(NewInteraction interaction, boolean admin);

    /** The user's events at or after {@code since}, newest first, at most {@code limit}. */
    List<Interaction> recentByUser(UserId user, Instant since, int limit);

    /** Which of some videos a user likes and which they saved. */
    record Marks(Set<VideoId> liked, Set<VideoId> saved) {

        public Marks {
            liked = Set.copyOf(liked);
            saved = Set.copyOf(saved);
        }

        public static Marks none() {
            return new Marks(Set.of(), Set.of());
        }
    }
}
