package io.shoppable.domain.engagement;

import io.shoppable.domain.content.Video;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.content.VideoRepository;
import io.shoppable.domain.content.VideoService;
import io.shoppable.domain.creator.CreatorRepository;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.shared.NotFound;
import io.shoppable.domain.shared.Transactions;
import io.shoppable.domain.user.Viewer;

import java.time.Clock;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Use cases on engagement: likes and saves, views and shares, and the behavioural events the
 * recommendation engine learns from. Every use case needs the video to be visible to the caller.
 */
public final class EngagementService {

    private final VideoService videoService;
    private final VideoRepository videos;
    private final CreatorRepository creators;
    private final EngagementRepository engagement;
    private final Transactions tx;
    private final Clock clock;

    public EngagementService(VideoService videoService, VideoRepository videos, CreatorRepository creators,
                             EngagementRepository engagement, Transactions tx, Clock clock) {
        this.videoService = videoService;
        this.videos = videos;
        this.creators = creators;
        this.engagement = engagement;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Likes the video if the member does not, else unlikes it, and says where that left things.
     *
     * @throws NotFound when the video is unknown or not visible to the member
     */
    public LikeState toggleLike(Viewer.Member member, VideoId video) {
        return tx.inTransaction(() -> {
            videoService.requireVisible(member, video);
            return engagement.toggleLike(member.id(), video, clock.instant());
        });
    }

    /**
     * Saves the video if the member has not, else unsaves it, and says where that left things.
     *
     * @throws NotFound when the video is unknown or not visible to the member
     */
    public SaveState toggleSave(Viewer.Member member, VideoId video) {
        return tx.inTransaction(() -> {
            videoService.requireVisible(member, video);
            return engagement.toggleSave(member.id(), video, clock.instant());
        });
    }

    /**
     * Counts one view of the video, and of its owner's creator profile, and logs a {@code VIEW} event.
     *
     * @return the video's new view count
     * @throws NotFound when the video is unknown or not visible to the viewer
     */
    public long view(Viewer viewer, VideoId video) {
        return tx.inTransaction(() -> {
            var shown = videoService.requireVisible(viewer, video);
            long views = videos.incrementViews(video);
            creators.findByUser(shown.owner()).ifPresent(profile -> creators.addViews(profile.id(), 1));
            log(viewer, shown, InteractionKind.VIEW, Optional.empty(), ExtraData.empty());
            return views;
        });
    }

    /**
     * Counts one share of the video and logs a {@code SHARE} event.
     *
     * @return the video's new share count
     * @throws NotFound when the video is unknown or not visible to the viewer
     */
    public long share(Viewer viewer, VideoId video) {
        return tx.inTransaction(() -> {
            var shown = videoService.requireVisible(viewer, video);
            long shares = videos.incrementShares(video);
            log(viewer, shown, InteractionKind.SHARE, Optional.empty(), ExtraData.empty());
            return shares;
        });
    }

    /**
     * Logs an event a client reports about the video, such as how long it was watched.
     *
     * @throws Invalid  on {@code event_type} when clients may not send this kind, and on {@code dwell_time}
     *                  when a {@code watch_time} event lacks a watch time or another kind carries one
     * @throws NotFound when the video is unknown or not visible to the viewer
     */
    public Interaction track(Viewer viewer, VideoId video, InteractionKind kind, Optional<WatchTime> watchTime,
                             ExtraData extra) {
        if (!kind.isClientTrackable()) {
            throw Invalid.field("event_type", kind.wireName() + " is logged by the service, not sent by clients");
        }
        return tx.inTransaction(() -> {
            var shown = videoService.requireVisible(viewer, video);
            return log(viewer, shown, kind, watchTime, extra);
        });
    }

    /** The videos among {@code videos} that the viewer likes; none for anonymous viewers. */
    public Set<VideoId> likedAmong(Viewer viewer, Collection<VideoId> videoIds) {
        return viewer.userId().map(user -> engagement.likedAmong(user, videoIds)).orElse(Set.of());
    }

    /** The videos among {@code videos} that the viewer has saved; none for anonymous viewers. */
    public Set<VideoId> savedAmong(Viewer viewer, Collection<VideoId> videoIds) {
        return viewer.userId().map(user -> engagement.savedAmong(user, videoIds)).orElse(Set.of());
    }

    private Interaction log(Viewer viewer, Video video, InteractionKind kind, Optional<WatchTime> watchTime,
                            ExtraData extra) {
        return engagement.record(new NewInteraction(viewer.userId(), viewer.sessionKey(), video.id(),
                Optional.empty(), kind, watchTime, extra, clock.instant()));
    }
}
