package io.shoppable.testing;

import io.shoppable.domain.creator.CreatorCard;
import io.shoppable.domain.creator.CreatorDetails;
import io.shoppable.domain.creator.CreatorId;
import io.shoppable.domain.creator.CreatorProfile;
import io.shoppable.domain.creator.CreatorRepository;
import io.shoppable.domain.creator.CreatorSearch;
import io.shoppable.domain.creator.CreatorStats;
import io.shoppable.domain.engagement.EngagementRepository;
import io.shoppable.domain.product.ProductCategoryId;
import io.shoppable.domain.shared.Page;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.creator.Handle;
import io.shoppable.domain.shared.MediaRef;
import io.shoppable.domain.social.FollowRepository;
import io.shoppable.domain.user.User;
import io.shoppable.domain.user.Username;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertConflict;
import static io.shoppable.testing.DomainAssertions.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link CreatorRepository} promises. */
public abstract class CreatorRepositoryContract {

    private static final Instant T0 = MutableClock.T0;
    private static final CreatorId UNKNOWN = new CreatorId(999_999);

    private CreatorRepository creators;
    private FollowRepository follows;
    private EngagementRepository engagement;
    private Given given;

    /** A fresh, empty store; called once per test. */
    protected abstract Ports ports();

    @BeforeEach
    void setUpCreatorContract() {
        var ports = ports();
        creators = ports.creators();
        follows = ports.follows();
        engagement = ports.engagement();
        given = new Given(ports);
    }

    private static CreatorDetails details(String handle) {
        return CreatorDetails.initial(new Handle(handle), "Display " + handle);
    }

    private CreatorProfile profileOf(User user, String handle) {
        return creators.create(user.id(), details(handle), T0);
    }

    @Test
    public void create_stores_an_unverified_profile_with_zero_counters() {
        var alice = given.aUser("alice");

        var created = creators.create(alice.id(), details("alice"), T0);

        assertThat(created.user()).isEqualTo(alice.id());
        assertThat(created.details()).isEqualTo(details("alice"));
        assertThat(created.verified()).isFalse();
        assertThat(List.of(created.followerCount(), created.postsCount(), created.viewsCount()))
                .containsExactly(0L, 0L, 0L);
        assertThat(created.createdAt()).isEqualTo(T0);
        assertThat(creators.findById(created.id())).contains(created);
    }

    @Test
    public void a_profile_created_for_a_user_who_already_has_followers_starts_with_their_count() {
        var alice = given.aUser("alice");
        var bob = given.aUser("bob");
        var carol = given.aUser("carol");
        follows.toggle(bob.id(), alice.id(), T0);
        follows.toggle(carol.id(), alice.id(), T0);

        var created = creators.create(alice.id(), details("alice"), T0);

        assertThat(created.followerCount()).isEqualTo(2);
        assertThat(creators.findById(created.id()).orElseThrow().followerCount()).isEqualTo(2);
    }

    @Test
    public void create_with_a_taken_handle_is_a_conflict() {
        profileOf(given.aUser(), "alice");
        var other = given.aUser();

        assertConflict("handle_taken", () -> creators.create(other.id(), details("alice"), T0));
    }

    @Test
    public void a_second_profile_for_one_user_is_a_conflict() {
        var alice = given.aUser();
        profileOf(alice, "alice");

        assertConflict("creator_exists", () -> creators.create(alice.id(), details("alice_2"), T0));
    }

    @Test
    public void update_replaces_the_details_and_keeps_counters_and_verification() {
        var alice = given.aUser();
        var created = profileOf(alice, "alice");
        creators.addPosts(created.id(), 2);
        var fashion = given.aCategory();
        var changed = new CreatorDetails(new Handle("alice.shop"), "Alice's Shop", "Hats and more",
                Optional.of(new MediaRef("https://cdn.example.com/a.png")),
                Map.of("instagram", "https://instagram.com/alice"), Set.of(fashion.id()));

        var updated = creators.update(created.id(), changed);

        assertThat(updated).isEqualTo(new CreatorProfile(created.id(), alice.id(), changed, false, 0, 2, 0, T0));
        assertThat(creators.findById(created.id())).contains(updated);
    }

    @Test
    public void update_may_keep_the_profiles_own_handle() {
        var created = profileOf(given.aUser(), "alice");

        var updated = creators.update(created.id(), CreatorDetails.initial(new Handle("alice"), "Alice A."));

        assertThat(updated.details().displayName()).isEqualTo("Alice A.");
    }

    @Test
    public void update_to_another_profiles_handle_is_a_conflict() {
        profileOf(given.aUser(), "alice");
        var bob = profileOf(given.aUser(), "bob");

        assertConflict("handle_taken", () -> creators.update(bob.id(), details("alice")));
    }

    @Test
    public void update_of_an_unknown_profile_is_not_found() {
        assertNotFound(() -> creators.update(UNKNOWN, details("alice")));
    }

    @Test
    public void a_handle_is_taken_once_a_profile_uses_it() {
        profileOf(given.aUser(), "alice");

        assertThat(creators.isHandleTaken(new Handle("alice"))).isTrue();
        assertThat(creators.isHandleTaken(new Handle("bob"))).isFalse();
    }

    @Test
    public void finds_a_profile_by_id_and_by_user() {
        var alice = given.aUser();
        var created = profileOf(alice, "alice");

        assertThat(creators.findById(created.id())).contains(created);
        assertThat(creators.findByUser(alice.id())).contains(created);
    }

    @Test
    public void finding_an_unknown_profile_or_a_user_without_one_is_empty() {
        var bob = given.aUser();

        assertThat(creators.findById(UNKNOWN)).isEmpty();
        assertThat(creators.findByUser(bob.id())).isEmpty();
    }

    @Test
    public void find_all_returns_the_known_profiles_and_leaves_unknown_ids_out() {
        var alice = profileOf(given.aUser(), "alice");
        var bob = profileOf(given.aUser(), "bob");
        profileOf(given.aUser(), "carol");

        var found = creators.findAll(List.of(alice.id(), bob.id(), UNKNOWN));

        assertThat(found).containsOnlyKeys(alice.id(), bob.id());
        assertThat(found.get(bob.id())).isEqualTo(bob);
    }

    @Test
    public void find_by_users_returns_the_profiles_of_users_who_have_one() {
        var alice = given.aUser();
        var bob = given.aUser();
        var carol = given.aUser();
        var aliceProfile = profileOf(alice, "alice");
        var carolProfile = profileOf(carol, "carol");

        var found = creators.findByUsers(List.of(alice.id(), bob.id(), carol.id()));

        assertThat(found).isEqualTo(Map.of(alice.id(), aliceProfile, carol.id(), carolProfile));
    }

    @Test
    public void add_posts_moves_the_post_count_both_ways_and_returns_it() {
        var created = profileOf(given.aUser(), "alice");

        assertThat(creators.addPosts(created.id(), 3)).isEqualTo(3);
        assertThat(creators.addPosts(created.id(), -1)).isEqualTo(2);
        assertThat(creators.findById(created.id()).orElseThrow().postsCount()).isEqualTo(2);
    }

    @Test
    public void add_views_adds_to_the_view_count_and_returns_it() {
        var created = profileOf(given.aUser(), "alice");

        assertThat(creators.addViews(created.id(), 1)).isEqualTo(1);
        assertThat(creators.addViews(created.id(), 41)).isEqualTo(42);
        assertThat(creators.findById(created.id()).orElseThrow().viewsCount()).isEqualTo(42);
    }

    @Test
    public void search_results_carry_their_users_usernames() {
        var profile = profileOf(given.aUser("Sunny_Lover"), "sunny_hats");

        var found = creators.search(new CreatorSearch(Optional.of("sunny"), Optional.empty(), Optional.empty()),
                PageRequest.firstPage()).items();

        assertThat(found).containsExactly(new CreatorCard(profile, new Username("Sunny_Lover")));
    }

    private static List<CreatorProfile> profiles(Page<CreatorCard> page) {
        return page.items().stream().map(CreatorCard::profile).toList();
    }

    private List<CreatorProfile> search(Optional<String> text) {
        return profiles(creators.search(new CreatorSearch(text, Optional.empty(), Optional.empty()),
                PageRequest.firstPage()));
    }

    @Test
    public void set_verified_sets_and_clears_the_badge() {
        var profile = profileOf(given.aUser(), "verify_me");

        assertThat(creators.setVerified(profile.id(), true).verified()).isTrue();
        assertThat(creators.findById(profile.id()).orElseThrow().verified()).isTrue();
        assertThat(creators.setVerified(profile.id(), false).verified()).isFalse();
        assertNotFound(() -> creators.setVerified(UNKNOWN, true));
    }

    @Test
    public void search_sorts_by_followers_then_id_and_pages() {
        var few = profileOf(given.aUser(), "few");
        var many = profileOf(given.aUser(), "many");
        var none = profileOf(given.aUser(), "none");
        follows.toggle(given.aUser().id(), many.user(), T0);
        follows.toggle(given.aUser().id(), many.user(), T0);
        follows.toggle(given.aUser().id(), few.user(), T0);

        var first = creators.search(CreatorSearch.everyone(), new PageRequest(2, 0));
        var second = creators.search(CreatorSearch.everyone(), new PageRequest(2, 2));

        assertThat(profiles(first)).extracting(CreatorProfile::id).containsExactly(many.id(), few.id());
        assertThat(profiles(second)).extracting(CreatorProfile::id).containsExactly(none.id());
        assertThat(first.total()).isEqualTo(3);
    }

    @Test
    public void search_text_matches_handle_display_name_or_username_ignoring_case() {
        var byHandle = profileOf(given.aUser("zed"), "sunny_hats");
        var byUsername = profileOf(given.aUser("SunLover"), "lover");
        var byName = creators.create(given.aUser("quiet").id(),
                CreatorDetails.initial(new Handle("quiet"), "The SUN shop"), T0);
        profileOf(given.aUser("other"), "other");

        assertThat(search(Optional.of("sUn"))).extracting(CreatorProfile::id)
                .containsExactlyInAnyOrder(byHandle.id(), byUsername.id(), byName.id());
    }

    @Test
    public void search_text_takes_like_wildcards_literally() {
        var percent = creators.create(given.aUser("p").id(), CreatorDetails.initial(new Handle("pct"), "100% cotton"),
                T0);
        var underscore = profileOf(given.aUser("u"), "a_b");
        profileOf(given.aUser("x"), "axb");

        assertThat(search(Optional.of("%"))).extracting(CreatorProfile::id).containsExactly(percent.id());
        assertThat(search(Optional.of("a_b"))).extracting(CreatorProfile::id).containsExactly(underscore.id());
        assertThat(search(Optional.of("\\"))).isEmpty();
    }

    @Test
    public void search_by_video_category_finds_creators_who_list_it_or_post_in_it() {
        var fashion = given.aCategory();
        var lister = creators.create(given.aUser().id(), new CreatorDetails(new Handle("lister"), "Lister", "",
                Optional.empty(), Map.of(), Set.of(fashion.id())), T0);
        var poster = given.aUser();
        var posterProfile = profileOf(poster, "poster");
        given.aVideo().by(poster).in(fashion).create();
        var takenDown = given.aUser();
        profileOf(takenDown, "taken_down");
        given.aVideo().by(takenDown).in(fashion).inactive().create();

        var found = profiles(creators.search(CreatorSearch.inCategory(fashion.id()), PageRequest.firstPage()));

        assertThat(found).extracting(CreatorProfile::id).containsExactlyInAnyOrder(lister.id(), posterProfile.id());
    }

    @Test
    public void search_by_product_category_finds_creators_whose_visible_videos_feature_such_a_product() {
        var seller = given.aUser();
        var lamp = given.aProduct().by(seller).inCategory(7).create();
        var featuring = given.aUser();
        var featuringProfile = profileOf(featuring, "featuring");
        given.aVideo().by(featuring).selling(given.aProduct(featuring)).alsoSelling(lamp).create();
        var elsewhere = given.aUser();
        profileOf(elsewhere, "elsewhere");
        given.aVideo().by(elsewhere).selling(given.aProduct().inCategory(8).create()).create();

        var found = profiles(creators.search(new CreatorSearch(Optional.empty(), Optional.empty(),
                Optional.of(new ProductCategoryId(7))), PageRequest.firstPage()));

        assertThat(found).extracting(CreatorProfile::id).containsExactly(featuringProfile.id());
    }

    @Test
    public void followed_by_lists_the_profiles_of_followed_users_newest_follow_first() {
        var fan = given.aUser();
        var first = profileOf(given.aUser(), "first");
        var second = profileOf(given.aUser(), "second");
        follows.toggle(fan.id(), first.user(), T0);
        follows.toggle(fan.id(), second.user(), T0.plusSeconds(1));
        follows.toggle(fan.id(), given.aUser().id(), T0.plusSeconds(2));

        var page = creators.followedBy(fan.id(), PageRequest.firstPage());

        assertThat(page.items()).extracting(CreatorProfile::id).containsExactly(second.id(), first.id());
    }

    @Test
    public void trending_stats_count_recent_likes_and_new_follows_inside_the_window() {
        var star = given.aUser();
        var profile = profileOf(star, "star");
        creators.setVerified(profile.id(), true);
        creators.addViews(profile.id(), 40);
        var old = given.aVideo().by(star).at(T0).create();
        var recent = given.aVideo().by(star).at(T0.plusSeconds(100)).create();
        var fan = given.aUser();
        engagement.toggleLike(fan.id(), old.id(), T0);
        engagement.toggleLike(fan.id(), recent.id(), T0.plusSeconds(100));
        follows.toggle(fan.id(), star.id(), T0);
        follows.toggle(given.aUser().id(), star.id(), T0.plusSeconds(100));

        var stats = creators.trendingStats(T0.plusSeconds(50), 10);

        assertThat(stats).containsExactly(new CreatorStats(profile.id(), 2, 40, 1, 1, true));
    }

    @Test
    public void trending_candidates_include_creators_gaining_followers_beyond_the_most_followed() {
        var big = profileOf(given.aUser(), "big");
        follows.toggle(given.aUser().id(), big.user(), T0);
        follows.toggle(given.aUser().id(), big.user(), T0);
        var rising = profileOf(given.aUser(), "rising");
        follows.toggle(given.aUser().id(), rising.user(), T0.plusSeconds(100));
        profileOf(given.aUser(), "quiet");

        var stats = creators.trendingStats(T0.plusSeconds(50), 1);

        assertThat(stats).extracting(CreatorStats::creator).containsExactly(big.id(), rising.id());
    }
}
