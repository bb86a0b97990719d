package io.shoppable.http.content;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.creator.CreatorSearch;
import io.shoppable.domain.shared.Page;
import io.shoppable.http.Api;
import io.shoppable.http.Pagination;
import io.shoppable.http.Params;
import io.shoppable.http.creator.CreatorJson;

import java.util.Optional;

/**
 * A category's content: {@code /api/v1/shoppable-video-categories/{id}/videos/} and {@code .../creators/}.
 * They live here, not beside the category routes, because videos are content and content sits above the
 * catalog.
 */
public final class CategoryContentRoutes {

    private static final String CATEGORY = "/api/v1/shoppable-video-categories/{id}";

    private final Api api;

    public CategoryContentRoutes(Api api) {
        this.api = api;
    }

    public void register(RoutesConfig routes) {
        routes.get(CATEGORY + "/videos", this::videos);
        routes.get(CATEGORY + "/creators", this::creators);
    }

    /** The category's visible videos, newest first, as full video JSON, paged. */
    private void videos(Context ctx) {
        var viewer = api.identity().viewer(ctx);
        var category = api.categories().requireActive(categoryId(ctx));
        var page = api.videos().listActive(Optional.of(category.id()), Params.page(ctx));
        var cards = api.cards().of(viewer, page.items());
        ctx.json(Pagination.render(ctx, new Page<>(cards, page.total(), page.request()),
                card -> VideoJson.from(ctx, card)));
    }

    /** Creators who list the category or have a visible video in it, most followed first, paged. */
    private void creators(Context ctx) {
        api.identity().viewer(ctx);
        var category = api.categories().requireActive(categoryId(ctx));
        var page = api.social().directory().search(CreatorSearch.inCategory(category.id()), Params.page(ctx));
        ctx.json(Pagination.render(ctx, page, card -> CreatorJson.from(ctx, card)));
    }

    private static CategoryId categoryId(Context ctx) {
        return new CategoryId(Params.pathId(ctx, "id"));
    }
}
