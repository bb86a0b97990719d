package io.shoppable.http.social;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.creator.CreatorCard;
import io.shoppable.domain.creator.CreatorDetails;
import io.shoppable.domain.creator.CreatorId;
import io.shoppable.domain.creator.CreatorSearch;
import io.shoppable.domain.creator.Handle;
import io.shoppable.domain.product.ProductCategoryId;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.shared.MediaRef;
import io.shoppable.domain.shared.Page;
import io.shoppable.domain.social.Follow;
import io.shoppable.http.Api;
import io.shoppable.http.Pagination;
import io.shoppable.http.Params;
import io.shoppable.http.content.VideoJson;
import io.shoppable.http.creator.CreatorJson;
import io.shoppable.http.product.ProductJson;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code /api/v1/creators/}: search, profiles, following and a creator's products and videos. It sits in
 * {@code social} because it drives follows and shows videos, and social is the concept above both content
 * and creator.
 */
public final class CreatorRoutes {

    private static final String CREATORS = "/api/v1/creators";
    private static final String CREATOR = CREATORS + "/{id}";

    private final Api api;
    private final Params params;

    public CreatorRoutes(Api api, Params params) {
        this.api = api;
        this.params = params;
    }

    public void register(RoutesConfig routes) {
        routes.get(CREATORS + "/trending", this::trending);
        routes.get(CREATORS + "/me_following", this::meFollowing);
        routes.get(CREATORS, this::search);
        routes.post(CREATORS, this::create);
        routes.get(CREATOR, this::show);
        routes.patch(CREATOR, ctx -> update(ctx, false));
        routes.put(CREATOR, ctx -> update(ctx, true));
        routes.post(CREATOR + "/follow", this::follow);
        routes.get(CREATOR + "/products", this::products);
        routes.get(CREATOR + "/videos", this::videos);
        routes.get(CREATOR + "/followers", this::followers);
        routes.get(CREATOR + "/following", this::following);
    }

    /** {@code GET ?q=&video_category=&category=}: most followed first, paged. */
    private void search(Context ctx) {
        api.identity().viewer(ctx);
        var search = new CreatorSearch(CreatorSearch.textFromUser(ctx.queryParam("q")),
                Params.queryId(ctx, "video_category").map(CategoryId::new),
                Params.queryId(ctx, "category").map(ProductCategoryId::new));
        var page = api.social().directory().search(search, Params.page(ctx));
        ctx.json(Pagination.render(ctx, page, card -> CreatorJson.from(ctx, card)));
    }

    /** A plain array of at most 20 creators, best first (see docs/creators.md for the score). */
    private void trending(Context ctx) {
        api.identity().viewer(ctx);
        ctx.json(api.social().directory().trending().stream().map(card -> CreatorJson.from(ctx, card)).toList());
    }

    private void meFollowing(Context ctx) {
        var member = api.identity().member(ctx);
        var page = api.social().directory().followedBy(member, Params.page(ctx));
        ctx.json(Pagination.render(ctx, page, card -> CreatorJson.from(ctx, card)));
    }

    /** {@code POST {"handle", "display_name", "bio", "avatar", "social_links", "video_categories"}}: my profile. */
    private void create(Context ctx) {
        var member = api.identity().member(ctx);
        var body = params.body(ctx, CreatorBody.class);
        var details = body.replacing(null);
        var profile = api.social().creators().create(member, details);
        ctx.status(201).json(CreatorJson.Detail.from(ctx, api.social().directory().require(profile.id())));
    }

    private void show(Context ctx) {
        api.identity().viewer(ctx);
        ctx.json(CreatorJson.Detail.from(ctx, api.social().directory().require(creatorId(ctx))));
    }

    /**
     * {@code PATCH} changes the fields it names; {@code PUT} replaces them all (handle and display_name
     * required, the rest back to empty when absent). {@code is_verified} is for admins.
     */
    private void update(Context ctx, boolean replace) {
        var member = api.identity().member(ctx);
        var id = creatorId(ctx);
        var body = params.body(ctx, CreatorBody.class);
        var current = api.social().creators().require(id);
        var details = replace ? body.replacing(null) : body.replacing(current.details());
        api.social().creators().update(member, id, details, Optional.ofNullable(body.isVerified()));
        ctx.json(CreatorJson.Detail.from(ctx, api.social().directory().require(id)));
    }

    /** Answers {@code {"following": true, "follower_count": 12}}. */
    private void follow(Context ctx) {
        var member = api.identity().member(ctx);
        var state = api.social().follows().toggleCreatorFollow(member, creatorId(ctx));
        var answer = new LinkedHashMap<String, Object>();
        answer.put("following", state.following());
        answer.put("follower_count", state.followerCount());
        ctx.json(answer);
    }

    /** Products the creator sells or features in their visible videos, by id, paged. */
    private void products(Context ctx) {
        api.identity().viewer(ctx);
        var profile = api.social().creators().require(creatorId(ctx));
        var page = api.products().ofCreator(profile.user(), Params.page(ctx));
        ctx.json(Pagination.render(ctx, page, ProductJson::from));
    }

    /** The creator's videos, newest first: visible ones, or all of them when the owner (or an admin) asks. */
    private void videos(Context ctx) {
        var viewer = api.identity().viewer(ctx);
        var profile = api.social().creators().require(creatorId(ctx));
        var page = api.videos().listByOwner(viewer, profile.user(), Params.page(ctx));
        var cards = api.cards().of(viewer, page.items());
        ctx.json(Pagination.render(ctx, new Page<>(cards, page.total(), page.request()),
                card -> VideoJson.from(ctx, card)));
    }

    /** Users following the creator, newest follow first, paged. */
    private void followers(Context ctx) {
        api.identity().viewer(ctx);
        var page = api.social().follows().creatorFollowers(creatorId(ctx), Params.page(ctx));
        var names = api.social().users().usernames(page.items().stream().map(Follow::follower).toList());
        ctx.json(Pagination.render(ctx, page, follow -> SocialJson.FollowJson.of(follow, names)));
    }

    /** Creators the creator's user follows, newest follow first, paged. */
    private void following(Context ctx) {
        api.identity().viewer(ctx);
        var profile = api.social().creators().require(creatorId(ctx));
        Page<CreatorCard> page = api.social().directory().followedBy(profile.user(), Params.page(ctx));
        ctx.json(Pagination.render(ctx, page, card -> CreatorJson.from(ctx, card)));
    }

    private static CreatorId creatorId(Context ctx) {
        return new CreatorId(Params.pathId(ctx, "id"));
    }

    record CreatorBody(String handle, String displayName, String bio, String avatar, Map<String, String> socialLinks,
                       List<Long> videoCategories, Boolean isVerified) {

        /** The details this body asks for: over {@code current} (a PATCH), or from scratch when it is null. */
        CreatorDetails replacing(CreatorDetails current) {
            if (current == null && (handle == null || displayName == null)) {
                throw new Invalid("Some fields are invalid", required());
            }
            return new CreatorDetails(
                    handle == null ? current.handle() : Handle.fromUser(handle),
                    displayName == null ? current.displayName() : displayName.strip(),
                    bio == null ? (current == null ? "" : current.bio()) : bio.strip(),
                    avatar == null ? (current == null ? Optional.empty() : current.avatar()) : avatar(avatar),
                    socialLinks == null ? (current == null ? Map.of() : current.socialLinks()) : socialLinks,
                    videoCategories == null ? (current == null ? Set.of() : current.categories())
                            : videoCategories.stream().map(CategoryId::new).collect(Collectors.toSet()));
        }

        private Map<String, List<String>> required() {
            var errors = new LinkedHashMap<String, List<String>>();
            if (handle == null) {
                errors.put("handle", List.of("is required"));
            }
            if (displayName == null) {
                errors.put("display_name", List.of("is required"));
            }
            return errors;
        }

        /** An avatar is the URL of an image hosted elsewhere; an empty string removes it. */
        private static Optional<MediaRef> avatar(String raw) {
            if (raw.isBlank()) {
                return Optional.empty();
            }
            var ref = new MediaRef(raw.strip());
            if (!ref.isExternal()) {
                throw Invalid.field("avatar", "must be an http(s) URL");
            }
            return Optional.of(ref);
        }
    }
}
