package io.shoppable.http.social;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.social.ReportId;
import io.shoppable.domain.social.ReportReason;
import io.shoppable.domain.social.ReportStatus;
import io.shoppable.http.Api;
import io.shoppable.http.Pagination;
import io.shoppable.http.Params;

import java.util.Optional;

/** {@code /api/v1/video-reports/}: members report videos and see their reports; admins review them. */
public final class ReportRoutes {

    private static final String REPORTS = "/api/v1/video-reports";
    private static final String REPORT = REPORTS + "/{id}";

    private final Api api;
    private final Params params;

    public ReportRoutes(Api api, Params params) {
        this.api = api;
        this.params = params;
    }

    public void register(RoutesConfig routes) {
        routes.post(REPORTS, this::create);
        routes.get(REPORTS, this::list);
        routes.patch(REPORT, this::changeStatus);
    }

    /** {@code POST {"video": 7, "reason": "spam", "description": "..."}}. */
    private void create(Context ctx) {
        var member = api.identity().member(ctx);
        var body = params.body(ctx, ReportBody.class);
        var video = new VideoId(Optional.ofNullable(body.video())
                .orElseThrow(() -> Invalid.field("video", "is required")));
        var report = api.social().reports().report(member, video, ReportReason.fromWire(body.reason()),
                body.description());
        ctx.status(201).json(SocialJson.ReportJson.of(report));
    }

    /** {@code GET ?status=pending}: the caller's own reports; admins see all and may filter by status. */
    private void list(Context ctx) {
        var member = api.identity().member(ctx);
        var status = Optional.ofNullable(ctx.queryParam("status")).filter(raw -> !raw.isBlank())
                .map(ReportStatus::fromWire);
        var page = api.social().reports().list(member, status, Params.page(ctx));
        ctx.json(Pagination.render(ctx, page, SocialJson.ReportJson::of));
    }

    /** {@code PATCH {"status": "dismissed"}}: admins only. */
    private void changeStatus(Context ctx) {
        var member = api.identity().member(ctx);
        var id = new ReportId(Params.pathId(ctx, "id"));
        var body = params.body(ctx, StatusBody.class);
        var report = api.social().reports().changeStatus(member, id, ReportStatus.fromWire(body.status()));
        ctx.json(SocialJson.ReportJson.of(report));
    }

    record ReportBody(Long video, String reason, String description) {
    }

    record StatusBody(String status) {
    }
}
