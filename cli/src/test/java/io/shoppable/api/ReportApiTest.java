package io.shoppable.api;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ReportApiTest extends SocialApiTestCase {

    private long report(long video, String token) {
        var created = api.postJson("/api/v1/video-reports/", "{\"video\":" + video + ",\"reason\":\"spam\"}", token);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    private boolean inFeed(long video, String token) {
        return ids(api.get("/api/v1/shoppable-videos/", token).body()).contains(video);
    }

    @Test
    void reporting_answers_201_with_a_pending_report() {
        long video = video(alice);

        var created = api.postJson("/api/v1/video-reports/", "{\"video\":" + video
                + ",\"reason\":\"misleading\",\"description\":\"Fake discount\"}", bob);

        assertThat(created.status()).isEqualTo(201);
        var report = created.body();
        assertThat(report.get("reporter").asLong()).isEqualTo(BOB);
        assertThat(report.get("video").asLong()).isEqualTo(video);
        assertThat(report.get("reason").asText()).isEqualTo("misleading");
        assertThat(report.get("description").asText()).isEqualTo("Fake discount");
        assertThat(report.get("status").asText()).isEqualTo("pending");
        assertThat(report.get("created_at").asText()).endsWith("Z");
    }

    @Test
    void a_second_report_on_the_same_video_is_a_conflict_and_a_bad_reason_a_400() {
        long video = video(alice);
        report(video, bob);

        assertThat(api.postJson("/api/v1/video-reports/", "{\"video\":" + video + ",\"reason\":\"other\"}", bob)
                .status()).isEqualTo(409);
        var bad = api.postJson("/api/v1/video-reports/", "{\"video\":" + video + ",\"reason\":\"boring\"}", carol);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("errors").has("reason")).isTrue();
    }

    @Test
    void members_list_their_own_reports_and_admins_all_of_them_filtered_by_status() {
        long video = video(alice);
        long byBob = report(video, bob);
        long byCarol = report(video, carol);
        api.patchJson("/api/v1/video-reports/" + byCarol + "/", "{\"status\":\"dismissed\"}", root);

        assertThat(ids(api.get("/api/v1/video-reports/", bob).body().get("results"))).containsExactly(byBob);
        assertThat(ids(api.get("/api/v1/video-reports/", root).body().get("results")))
                .containsExactly(byCarol, byBob);
        assertThat(ids(api.get("/api/v1/video-reports/?status=pending", root).body().get("results")))
                .containsExactly(byBob);
        assertThat(api.get("/api/v1/video-reports/", null).status()).isEqualTo(401);
    }

    @Test
    void closing_a_report_sets_resolved_at_and_reviewing_does_not() {
        long report = report(video(alice), bob);

        var reviewed = api.patchJson("/api/v1/video-reports/" + report + "/", "{\"status\":\"reviewed\"}", root);
        assertThat(reviewed.body().get("resolved_at").isNull()).isTrue();

        var resolved = api.patchJson("/api/v1/video-reports/" + report + "/", "{\"status\":\"resolved\"}", root);
        assertThat(resolved.body().get("status").asText()).isEqualTo("resolved");
        assertThat(resolved.body().get("resolved_at").asText()).endsWith("Z");
    }

    @Test
    void three_distinct_reporters_hide_the_video_from_others_and_the_owner_still_sees_it() {
        long video = video(alice);
        String dave = member(45, "dave");
        report(video, bob);
        report(video, carol);
        assertThat(inFeed(video, dave)).isTrue();

        report(video, dave);

        assertThat(inFeed(video, dave)).isFalse();
        assertThat(inFeed(video, null)).isFalse();
        assertThat(api.get("/api/v1/shoppable-videos/" + video + "/", dave).status()).isEqualTo(404);
        assertThat(ids(api.get("/api/v1/shoppable-video-categories/1/videos/", null).body().get("results")))
                .doesNotContain(video);
        assertThat(api.get("/api/v1/shoppable-videos/" + video + "/", alice).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/shoppable-videos/" + video + "/", root).status()).isEqualTo(200);
    }

    @Test
    void dismissing_reports_below_the_threshold_shows_the_video_again() {
        long video = video(alice);
        report(video, bob);
        report(video, carol);
        long byDave = report(video, member(45, "dave"));
        assertThat(inFeed(video, null)).isFalse();

        api.patchJson("/api/v1/video-reports/" + byDave + "/", "{\"status\":\"dismissed\"}", root);

        assertThat(inFeed(video, null)).isTrue();
        assertThat(api.get("/api/v1/shoppable-videos/" + video + "/", bob).status()).isEqualTo(200);
    }

    @Test
    void a_hidden_video_stays_on_its_owners_creator_page_only() {
        long video = video(alice);
        report(video, bob);
        report(video, carol);
        report(video, member(45, "dave"));
        long profile = api.get("/api/v1/shoppable-videos/" + video + "/", alice).body().get("creator").get("id")
                .asLong();

        assertThat(ids(api.get("/api/v1/creators/" + profile + "/videos/", alice).body().get("results")))
                .containsExactly(video);
        assertThat(ids(api.get("/api/v1/creators/" + profile + "/videos/", bob).body().get("results"))).isEmpty();
    }

    @Test
    void reports_filed_at_the_same_moment_still_hide_the_video() throws Exception {
        long video = video(alice);
        var calls = new ArrayList<Callable<Integer>>();
        for (int i = 0; i < 3; i++) {
            var token = member(100 + i, "reporter" + i);
            calls.add(() -> api.postJson("/api/v1/video-reports/", "{\"video\":" + video + ",\"reason\":\"spam\"}",
                    token).status());
        }
        var pool = Executors.newFixedThreadPool(3);
        try {
            for (var result : pool.invokeAll(calls)) {
                assertThat(result.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(inFeed(video, null)).isFalse();
    }
}
