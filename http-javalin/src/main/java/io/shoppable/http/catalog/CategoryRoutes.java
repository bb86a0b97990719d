package io.shoppable.http.catalog;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.shoppable.domain.catalog.CategoryDraft;
import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.catalog.CategoryName;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.shared.MediaRef;
import io.shoppable.http.Api;
import io.shoppable.http.Pagination;
import io.shoppable.http.Params;

import java.util.Optional;

/**
 * {@code /api/v1/shoppable-video-categories/}: browse the active categories; admins create, edit and
 * delete them. A category's videos and creators are served by {@code content.CategoryContentRoutes}.
 */
public final class CategoryRoutes {

    private static final String CATEGORIES = "/api/v1/shoppable-video-categories";
    private static final String CATEGORY = CATEGORIES + "/{id}";

    private final Api api;
    private final Params params;

    public CategoryRoutes(Api api, Params params) {
        this.api = api;
        this.params = params;
    }

    public void register(RoutesConfig routes) {
        routes.get(CATEGORIES, this::list);
        routes.post(CATEGORIES, this::create);
        routes.get(CATEGORY, this::show);
        routes.patch(CATEGORY, this::update);
        routes.put(CATEGORY, this::update);
        routes.delete(CATEGORY, this::delete);
    }

    /** Active categories by {@code order}, then name, paged. */
    private void list(Context ctx) {
        api.identity().viewer(ctx);
        var page = api.categories().listActive(Params.page(ctx));
        ctx.json(Pagination.render(ctx, page, category -> CategoryJson.from(ctx, category)));
    }

    private void show(Context ctx) {
        api.identity().viewer(ctx);
        ctx.json(CategoryJson.from(ctx, api.categories().requireActive(categoryId(ctx))));
    }

    /** {@code POST {"name": "Outdoor", "icon": "https://...", "order": 3, "is_active": true}}; admins only. */
    private void create(Context ctx) {
        var member = api.identity().member(ctx);
        var body = params.body(ctx, CategoryBody.class);
        var draft = new CategoryDraft(CategoryName.fromUser(body.name()), icon(body.icon()),
                Optional.ofNullable(body.order()).orElse(0), Optional.ofNullable(body.isActive()).orElse(true));
        ctx.status(201).json(CategoryJson.from(ctx, api.categories().create(member, draft)));
    }

    /** {@code PATCH} (or {@code PUT}) with any of name, icon, order, is_active; admins only. */
    private void update(Context ctx) {
        var member = api.identity().member(ctx);
        var id = categoryId(ctx);
        var body = params.body(ctx, CategoryBody.class);
        var current = api.categories().require(member, id);
        var draft = new CategoryDraft(
                body.name() == null ? current.name() : CategoryName.fromUser(body.name()),
                body.icon() == null ? current.icon() : icon(body.icon()),
                body.order() == null ? current.order() : body.order(),
                body.isActive() == null ? current.active() : body.isActive());
        ctx.json(CategoryJson.from(ctx, api.categories().update(member, id, draft)));
    }

    private void delete(Context ctx) {
        api.categories().delete(api.identity().member(ctx), categoryId(ctx));
        ctx.status(204);
    }

    /** An icon is the URL of a file hosted elsewhere; an empty string removes it. */
    private static Optional<MediaRef> icon(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        var ref = new MediaRef(raw.strip());
        if (!ref.isExternal()) {
            throw Invalid.field("icon", "must be an http(s) URL");
        }
        return Optional.of(ref);
    }

    private static CategoryId categoryId(Context ctx) {
        return new CategoryId(Params.pathId(ctx, "id"));
    }

    record CategoryBody(String name, String icon, Integer order, Boolean isActive) {
    }
}
