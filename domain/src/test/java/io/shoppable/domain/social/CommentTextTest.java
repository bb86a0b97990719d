package io.shoppable.domain.social;

import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class CommentTextTest {

    @Test
    void a_comment_is_never_blank() {
        assertInvalid("text", () -> new CommentText(" \n"));
        assertInvalid("text", () -> new CommentText(null));
        assertInvalid("text", () -> CommentText.fromUser(null));
    }

    @Test
    void a_comment_has_at_most_2000_characters() {
        assertThat(new CommentText("x".repeat(2_000)).value()).hasSize(2_000);
        assertInvalid("text", () -> new CommentText("x".repeat(2_001)));
    }

    @Test
    void typed_text_is_trimmed() {
        assertThat(CommentText.fromUser("  Where can I get this?  "))
                .isEqualTo(new CommentText("Where can I get this?"));
    }
}
