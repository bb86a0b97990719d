package io.shoppable.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Social lists cost a fixed number of statements, whatever their length: no N+1. */
class SocialRoundTripsApiTest extends SocialApiTestCase {

    private int statementsFor(String path) {
        api.takeStatementCount();
        var answer = api.get(path, null);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return api.takeStatementCount();
    }

    @Test
    void a_page_of_creators_costs_the_same_for_one_creator_as_for_many() {
        creator(alice, "alice_shop");
        int one = statementsFor("/api/v1/creators/");
        int trendingOne = statementsFor("/api/v1/creators/trending/");
        creator(bob, "bob_shop");
        creator(carol, "carol_shop");
        for (int i = 0; i < 5; i++) {
            creator(member(100 + i, "fan" + i), "fan_shop" + i);
        }

        // a search page is one statement: the usernames come with it (D78)
        assertThat(statementsFor("/api/v1/creators/")).isEqualTo(one).isEqualTo(1);
        assertThat(statementsFor("/api/v1/creators/trending/")).isLessThanOrEqualTo(trendingOne);
    }

    @Test
    void a_page_of_threads_costs_the_same_for_one_thread_as_for_many_with_replies() {
        long video = video(alice);
        api.postJson("/api/v1/video-comments/", "{\"video\":" + video + ",\"text\":\"one\"}", bob);
        int one = statementsFor("/api/v1/video-comments/?video_id=" + video);
        for (int i = 0; i < 5; i++) {
            long top = api.postJson("/api/v1/video-comments/", "{\"video\":" + video + ",\"text\":\"t\"}", carol)
                    .body().get("id").asLong();
            api.postJson("/api/v1/video-comments/", "{\"video\":" + video + ",\"text\":\"r\",\"parent\":" + top + "}",
                    alice);
        }

        assertThat(statementsFor("/api/v1/video-comments/?video_id=" + video)).isEqualTo(one);
    }

    @Test
    void a_creators_video_page_costs_the_same_for_one_video_as_for_many() {
        long first = video(alice);
        long profile = api.get("/api/v1/shoppable-videos/" + first + "/", null).body().get("creator").get("id")
                .asLong();
        int one = statementsFor("/api/v1/creators/" + profile + "/videos/");
        for (int i = 0; i < 4; i++) {
            video(alice);
        }

        assertThat(statementsFor("/api/v1/creators/" + profile + "/videos/")).isEqualTo(one);
    }
}
