package io.shoppable.domain.creator;

import io.shoppable.domain.shared.NotFound;
import io.shoppable.domain.shared.Page;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.user.User;
import io.shoppable.domain.user.UserId;
import io.shoppable.domain.user.UserRepository;
import io.shoppable.domain.user.Viewer;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finding creators: search, profile pages, whom a user follows, and trending creators. Every list comes
 * with its usernames, read with the page (search) or in one batch read, whatever its length.
 */
public final class CreatorDirectory {

    private final CreatorRepository creators;
    private final UserRepository users;
    private final TrendingCreators trending;
    private final TrendingConfig config;
    private final Clock clock;

    public CreatorDirectory(CreatorRepository creators, UserRepository users, TrendingConfig config, Clock clock) {
        this.creators = creators;
        this.users = users;
        this.trending = new TrendingCreators(config);
        this.config = config;
        this.clock = clock;
    }

    /** Creators matching the search, most followed first, then by id; the usernames come with the page. */
    public Page<CreatorCard> search(CreatorSearch search, PageRequest page) {
        return creators.search(search, page);
    }

    /**
     * One creator with their username.
     *
     * @throws NotFound when unknown
     */
    public CreatorCard require(CreatorId id) {
        var profile = creators.findById(id).orElseThrow(() -> NotFound.of("Creator", id));
        return cards(List.of(profile)).get(0);
    }

    /** The creators {@code user} follows, newest follow first. */
    public Page<CreatorCard> followedBy(UserId user, PageRequest page) {
        var found = creators.followedBy(user, page);
        return new Page<>(cards(found.items()), found.total(), page);
    }

    /** The creators the calling member follows, newest follow first. */
    public Page<CreatorCard> followedBy(Viewer.Member member, PageRequest page) {
        return followedBy(member.id(), page);
    }

    /** At most {@link TrendingConfig#size()} creators ranked by {@link TrendingCreators}, best first. */
    public List<CreatorCard> trending() {
        var since = clock.instant().minus(config.window());
        var ranked = trending.rank(creators.trendingStats(since, config.candidates()));
        var byId = creators.findAll(ranked);
        return cards(ranked.stream().map(byId::get).filter(Objects::nonNull).toList());
    }

    private List<CreatorCard> cards(List<CreatorProfile> profiles) {
        Map<UserId, User> byId = users.findAll(profiles.stream().map(CreatorProfile::user).distinct().toList());
        return profiles.stream().map(profile -> new CreatorCard(profile, byId.get(profile.user()).username()))
                .toList();
    }
}
