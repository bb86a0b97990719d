package io.shoppable.testing;

import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.engagement.EngagementRepository;
import io.shoppable.domain.engagement.Interaction;
import io.shoppable.domain.engagement.InteractionId;
import io.shoppable.domain.engagement.LikeState;
import io.shoppable.domain.engagement.NewInteraction;
import io.shoppable.domain.engagement.SaveState;
import io.shoppable.domain.user.UserId;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** {@link EngagementRepository} over an {@link InMemoryStore}; toggles move the video's counters. */
public final class InMemoryEngagementRepository implements EngagementRepository {

    private final InMemoryStore store;
    private final InMemoryVideoRepository videos;

    InMemoryEngagementRepository(InMemoryStore store, InMemoryVideoRepository videos) {
        this.store = store;
        this.videos = videos;
    }

    @Override
    public LikeState toggleLike(UserId user, VideoId video, Instant at) {
        synchronized (store) {
            boolean liked = toggle(store.likes, user, video, at);
            return new LikeState(liked, videos.addToStats(video, 0, liked ? 1 : -1, 0, 0).likes());
        }
    }

    @Override
    public SaveState toggleSave(UserId user, VideoId video, Instant at) {
        synchronized (store) {
            boolean saved = toggle(store.saves, user, video, at);
            return new SaveState(saved, videos.addToStats(video, 0, 0, 0, saved ? 1 : -1).saves());
        }
    }

    @Override
    public Set<VideoId> likedAmong(UserId user, Collection<VideoId> videoIds) {
        synchronized (store) {
            return among(store.likes, user, videoIds);
        }
    }

    @Override
    public Set<VideoId> savedAmong(UserId user, Collection<VideoId> videoIds) {
        synchronized (store) {
            return among(store.saves, user, videoIds);
        }
    }

    @Override
    public Interaction record(NewInteraction interaction) {
        synchronized (store) {
            store.requireVideo(interaction.video());
            var logged = new Interaction(new InteractionId(store.nextId()), interaction);
            store.interactions.put(logged.id(), logged);
            return logged;
        }
    }

    @Override
    public Optional<Interaction> recordIfVisible(NewInteraction interaction, boolean admin) {
        synchronized (store) {
            var video = store.videos.get(interaction.video());
            if (video == null || !(admin || store.isListable(video)
                    || interaction.user().map(video::isOwnedBy).orElse(false))) {
                return Optional.empty();
            }
            return Optional.of(record(interaction));
        }
    }

    @Override
    public List<Interaction> recentByUser(UserId user, Instant since, int limit) {
        synchronized (store) {
            return store.interactions.values().stream()
                    .filter(interaction -> interaction.event().user().equals(Optional.of(user)))
                    .filter(interaction -> !interaction.event().at().isBefore(since))
                    .sorted(Comparator.comparing((Interaction interaction) -> interaction.event().at())
                            .thenComparingLong(interaction -> interaction.id().value()).reversed())
                    .limit(limit)
                    .toList();
        }
    }

    /** Every logged event, oldest first: lets service tests see what was logged. */
    public List<Interaction> all() {
        synchronized (store) {
            return List.copyOf(store.interactions.values());
        }
    }

    private boolean toggle(Map<InMemoryStore.Pair<UserId, VideoId>, Instant> table, UserId user, VideoId video,
                           Instant at) {
        store.requireVideo(video);
        var key = new InMemoryStore.Pair<>(user, video);
        if (table.remove(key) != null) {
            return false;
        }
        table.put(key, at);
        return true;
    }

    private static Set<VideoId> among(Map<InMemoryStore.Pair<UserId, VideoId>, Instant> table, UserId user,
                                      Collection<VideoId> videoIds) {
        return videoIds.stream().filter(video -> table.containsKey(new InMemoryStore.Pair<>(user, video)))
                .collect(Collectors.toUnmodifiableSet());
    }
}
