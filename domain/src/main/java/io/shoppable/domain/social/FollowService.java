package io.shoppable.domain.social;

import io.shoppable.domain.creator.CreatorId;
import io.shoppable.domain.creator.CreatorProfile;
import io.shoppable.domain.creator.CreatorRepository;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.shared.NotFound;
import io.shoppable.domain.shared.Page;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.shared.Transactions;
import io.shoppable.domain.user.UserId;
import io.shoppable.domain.user.UserRepository;
import io.shoppable.domain.user.Viewer;

import java.time.Clock;

/** Use cases on following: follow or unfollow a creator or seller, and list who follows whom. */
public final class FollowService {

    private final UserRepository users;
    private final FollowRepository follows;
    private final CreatorRepository creators;
    private final Transactions tx;
    private final Clock clock;

    public FollowService(UserRepository users, FollowRepository follows, CreatorRepository creators, Transactions tx,
                         Clock clock) {
        this.users = users;
        this.follows = follows;
        this.creators = creators;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Follows the user if the member does not yet, else unfollows them.
     *
     * @throws Invalid  on {@code following_id} when the member names themselves
     * @throws NotFound when the user is unknown
     */
    public FollowState toggleFollow(Viewer.Member member, UserId following) {
        if (member.id().equals(following)) {
            throw Invalid.field("following_id", "you cannot follow yourself");
        }
        return tx.inTransaction(() -> {
            requireUser(following);
            boolean now = follows.toggle(member.id(), following, clock.instant());
            return new FollowState(now, follows.followersOf(following, PageRequest.first(1)).total());
        });
    }

    /**
     * Follows the creator's user if the member does not yet, else unfollows them; the answer carries the
     * profile's follower count as this transaction left it.
     *
     * @throws NotFound when the creator is unknown
     * @throws Invalid  on {@code creator} when it is the member's own profile
     */
    public FollowState toggleCreatorFollow(Viewer.Member member, CreatorId creator) {
        return tx.inTransaction(() -> {
            var profile = requireCreator(creator);
            if (profile.user().equals(member.id())) {
                throw Invalid.field("creator", "you cannot follow your own profile");
            }
            boolean now = follows.toggle(member.id(), profile.user(), clock.instant());
            return new FollowState(now, requireCreator(creator).followerCount());
        });
    }

    /**
     * The followers of a creator's user, newest follow first.
     *
     * @throws NotFound when the creator is unknown
     */
    public Page<Follow> creatorFollowers(CreatorId creator, PageRequest page) {
        return follows.followersOf(requireCreator(creator).user(), page);
    }

    /**
     * The user's followers, newest follow first.
     *
     * @throws NotFound when the user is unknown
     */
    public Page<Follow> followers(UserId user, PageRequest page) {
        requireUser(user);
        return follows.followersOf(user, page);
    }

    /**
     * Whom the user follows, newest follow first.
     *
     * @throws NotFound when the user is unknown
     */
    public Page<Follow> following(UserId user, PageRequest page) {
        requireUser(user);
        return follows.followingOf(user, page);
    }

    private void requireUser(UserId user) {
        if (users.findById(user).isEmpty()) {
            throw NotFound.of("User", user);
        }
    }

    private CreatorProfile requireCreator(CreatorId id) {
        return creators.findById(id).orElseThrow(() -> NotFound.of("Creator", id));
    }
}
