package io.shoppable.domain.social;

import io.shoppable.domain.content.Video;
import io.shoppable.domain.content.VideoId;
import io.shoppable.domain.content.VideoService;
import io.shoppable.domain.creator.CreatorService;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.user.Viewer;
import io.shoppable.testing.Given;
import io.shoppable.testing.InMemoryPorts;
import io.shoppable.testing.MutableClock;
import io.shoppable.testing.Ports;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertForbidden;
import static io.shoppable.testing.DomainAssertions.assertInvalid;
import static io.shoppable.testing.DomainAssertions.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;

class CommentServiceTest {

    private final Ports ports = InMemoryPorts.create();
    private final Given given = new Given(ports);
    private final MutableClock clock = MutableClock.atT0();
    private final VideoService videoService = new VideoService(ports.videos(), ports.categories(), ports.products(),
            new CreatorService(ports.creators(), ports.tx(), clock), ports.creators(), ports.tx(), clock);
    private final CommentService service = new CommentService(videoService, ports.comments(), ports.tx(), clock);

    private final Video video = given.aVideo().create();
    private final Viewer.Member alice = Given.asMember(given.aUser("alice"));
    private final Viewer.Member bob = Given.asMember(given.aUser("bob"));

    private Comment say(Viewer.Member author, String text) {
        clock.advance(Duration.ofSeconds(1));
        return service.comment(author, video.id(), new CommentText(text), Optional.empty());
    }

    private Comment reply(Viewer.Member author, Comment parent, String text) {
        clock.advance(Duration.ofSeconds(1));
        return service.comment(author, parent.video(), new CommentText(text), Optional.of(parent.id()));
    }

    @Test
    void a_member_comments_on_a_video_at_the_current_time() {
        var comment = service.comment(alice, video.id(), new CommentText("Where can I get this?"), Optional.empty());

        assertThat(comment).isEqualTo(new Comment(comment.id(), video.id(), alice.id(), Optional.empty(),
                new CommentText("Where can I get this?"), MutableClock.T0));
        assertThat(service.require(comment.id())).isEqualTo(comment);
    }

    @Test
    void a_reply_names_its_parent_on_the_same_video() {
        var question = say(alice, "Where can I get this?");

        var answer = reply(bob, question, "Tap the product");

        assertThat(answer.parent()).contains(question.id());
    }

    @Test
    void reply_to_comment_on_other_video_is_rejected() {
        var elsewhere = service.comment(alice, given.aVideo().create().id(), new CommentText("Hi"), Optional.empty());

        assertInvalid("parent", () -> service.comment(bob, video.id(), new CommentText("Hm"),
                Optional.of(elsewhere.id())));
        assertInvalid("parent", () -> service.comment(bob, video.id(), new CommentText("Hm"),
                Optional.of(new CommentId(999))));
    }

    @Test
    void comments_on_a_video_that_is_not_visible_are_not_found() {
        var hidden = given.aVideo().inactive().create();

        assertNotFound(() -> service.comment(alice, hidden.id(), new CommentText("Hi"), Optional.empty()));
        assertNotFound(() -> service.comment(alice, new VideoId(999), new CommentText("Hi"), Optional.empty()));
        assertNotFound(() -> service.threads(Given.anonymous(), hidden.id(), PageRequest.firstPage()));
    }

    @Test
    void the_author_or_an_admin_edits_a_comment() {
        var comment = say(alice, "Nice");

        assertThat(service.edit(alice, comment.id(), new CommentText("Very nice")).text())
                .isEqualTo(new CommentText("Very nice"));
        assertThat(service.edit(Given.asMember(given.anAdmin()), comment.id(), new CommentText("[removed]")).text())
                .isEqualTo(new CommentText("[removed]"));
    }

    @Test
    void others_may_not_edit_or_delete_a_comment() {
        var comment = say(alice, "Nice");

        assertForbidden(() -> service.edit(bob, comment.id(), new CommentText("Mine now")));
        assertForbidden(() -> service.edit(Given.anonymous(), comment.id(), new CommentText("Mine now")));
        assertForbidden(() -> service.delete(bob, comment.id()));
        assertThat(service.require(comment.id())).isEqualTo(comment);
    }

    @Test
    void the_author_deletes_a_comment_with_its_replies() {
        var comment = say(alice, "Nice");
        var answer = reply(bob, comment, "Agreed");

        service.delete(alice, comment.id());

        assertNotFound(() -> service.require(comment.id()));
        assertNotFound(() -> service.require(answer.id()));
    }

    @Test
    void an_admin_deletes_any_comment() {
        var comment = say(alice, "Spam");

        service.delete(Given.asMember(given.anAdmin()), comment.id());

        assertNotFound(() -> service.require(comment.id()));
    }

    @Test
    void editing_or_deleting_an_unknown_comment_is_not_found() {
        assertNotFound(() -> service.edit(alice, new CommentId(999), new CommentText("x")));
        assertNotFound(() -> service.delete(alice, new CommentId(999)));
    }

    @Test
    void threads_list_top_level_comments_newest_first_each_with_all_its_replies_oldest_first() {
        var first = say(alice, "First");
        var second = say(bob, "Second");
        var toFirst = reply(bob, first, "Re: first");
        var toSecond = reply(alice, second, "Re: second");
        var deeper = reply(alice, toFirst, "Re: re: first");
        var laterToFirst = reply(alice, first, "Another re: first");

        var threads = service.threads(Given.anonymous(), video.id(), PageRequest.firstPage());

        assertThat(threads.items()).containsExactly(
                new CommentThread(second, List.of(toSecond)),
                new CommentThread(first, List.of(toFirst, deeper, laterToFirst)));
        assertThat(threads.total()).isEqualTo(2);
    }

    @Test
    void threads_page_through_the_top_level_comments() {
        var first = say(alice, "First");
        say(alice, "Second");
        say(alice, "Third");

        var page = service.threads(bob, video.id(), new PageRequest(2, 2));

        assertThat(page.items()).containsExactly(new CommentThread(first, List.of()));
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.hasNext()).isFalse();
    }
}
