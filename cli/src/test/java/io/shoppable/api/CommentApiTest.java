package io.shoppable.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommentApiTest extends SocialApiTestCase {

    private long comment(long video, String text, Long parent, String token) {
        var created = api.postJson("/api/v1/video-comments/", "{\"video\":" + video + ",\"text\":\"" + text
                + "\",\"parent\":" + parent + "}", token);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    @Test
    void posting_answers_201_with_the_comment_object() {
        long video = video(alice);

        var created = api.postJson("/api/v1/video-comments/", "{\"video\":" + video + ",\"text\":\" Love it \"}", bob);

        assertThat(created.status()).isEqualTo(201);
        var comment = created.body();
        assertThat(comment.get("user").asLong()).isEqualTo(BOB);
        assertThat(comment.get("user_name").asText()).isEqualTo("bob");
        assertThat(comment.get("video").asLong()).isEqualTo(video);
        assertThat(comment.get("text").asText()).isEqualTo("Love it");
        assertThat(comment.get("parent").isNull()).isTrue();
        assertThat(comment.get("created_at").asText()).endsWith("Z");
        assertThat(comment.get("replies")).isEmpty();
    }

    @Test
    void the_list_has_top_level_comments_newest_first_with_all_replies_nested_oldest_first() {
        long video = video(alice);
        long first = comment(video, "first", null, bob);
        long second = comment(video, "second", null, carol);
        long reply = comment(video, "reply", first, alice);
        long replyToReply = comment(video, "deeper", reply, bob);

        var page = api.get("/api/v1/video-comments/?video_id=" + video, null).body();

        assertThat(page.get("count").asLong()).isEqualTo(2);
        assertThat(ids(page.get("results"))).containsExactly(second, first);
        var replies = page.get("results").get(1).get("replies");
        assertThat(ids(replies)).containsExactly(reply, replyToReply);
        assertThat(replies.get(1).get("parent").asLong()).isEqualTo(reply);
        assertThat(replies.get(0).get("user_name").asText()).isEqualTo("alice");
        assertThat(replies.get(0).get("replies")).isEmpty();
    }

    @Test
    void the_list_needs_a_video_id() {
        var answer = api.get("/api/v1/video-comments/", null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("errors").has("video_id")).isTrue();
    }

    @Test
    void text_must_have_1_to_2000_characters() {
        long video = video(alice);

        assertThat(api.postJson("/api/v1/video-comments/", "{\"video\":" + video + ",\"text\":\" \"}", bob)
                .body().get("errors").has("text")).isTrue();
        assertThat(api.postJson("/api/v1/video-comments/", "{\"video\":" + video + ",\"text\":\""
                + "x".repeat(2001) + "\"}", bob).status()).isEqualTo(400);
        assertThat(api.postJson("/api/v1/video-comments/", "{\"video\":" + video + ",\"text\":\""
                + "x".repeat(2000) + "\"}", bob).status()).isEqualTo(201);
    }

    @Test
    void a_parent_on_another_video_is_rejected() {
        long video = video(alice);
        long other = video(alice);
        long elsewhere = comment(other, "elsewhere", null, bob);

        var answer = api.postJson("/api/v1/video-comments/", "{\"video\":" + video + ",\"text\":\"hi\",\"parent\":"
                + elsewhere + "}", bob);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("errors").has("parent")).isTrue();
    }

    @Test
    void commenting_on_a_taken_down_or_unknown_video_is_not_found() {
        long video = video(alice);
        api.delete("/api/v1/shoppable-videos/" + video + "/", alice);

        assertThat(api.postJson("/api/v1/video-comments/", "{\"video\":" + video + ",\"text\":\"hi\"}", bob)
                .status()).isEqualTo(404);
        assertThat(api.postJson("/api/v1/video-comments/", "{\"text\":\"hi\"}", bob).status()).isEqualTo(400);
    }

    @Test
    void the_author_edits_and_deleting_a_comment_removes_its_replies() {
        long video = video(alice);
        long top = comment(video, "top", null, bob);
        comment(video, "reply", top, carol);

        var edited = api.patchJson("/api/v1/video-comments/" + top + "/", "{\"text\":\"edited\"}", bob);
        assertThat(edited.body().get("text").asText()).isEqualTo("edited");

        assertThat(api.delete("/api/v1/video-comments/" + top + "/", bob).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/video-comments/?video_id=" + video, null).body().get("count").asLong()).isZero();
    }
}
