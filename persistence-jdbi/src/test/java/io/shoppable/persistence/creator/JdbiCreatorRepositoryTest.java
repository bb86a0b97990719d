package io.shoppable.persistence.creator;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.creator.CreatorDetails;
import io.shoppable.domain.creator.CreatorProfile;
import io.shoppable.domain.creator.CreatorSearch;
import io.shoppable.domain.creator.Handle;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.persistence.JdbiPorts;
import io.shoppable.persistence.StatementCounter;
import io.shoppable.persistence.TestDatabase;
import io.shoppable.testing.CreatorRepositoryContract;
import io.shoppable.testing.Given;
import io.shoppable.testing.Ports;
import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertInvalid;
import static io.shoppable.testing.MutableClock.T0;
import static org.assertj.core.api.Assertions.assertThat;

class JdbiCreatorRepositoryTest extends CreatorRepositoryContract {

    @Override
    protected Ports ports() {
        return JdbiPorts.fresh();
    }

    @Test
    void a_profile_in_an_unknown_category_is_invalid_on_categories() {
        var ports = JdbiPorts.fresh();
        var alice = new Given(ports).aUser();
        var details = new CreatorDetails(new Handle("alice"), "Alice", "", Optional.empty(), Map.of(),
                Set.of(new CategoryId(999)));

        assertInvalid("categories", () -> ports.creators().create(alice.id(), details, T0));
    }

    @Test
    void the_post_count_never_goes_below_zero() {
        var ports = JdbiPorts.fresh();
        var given = new Given(ports);
        var profile = given.aCreator(given.aUser());

        assertInvalid("counters", () -> ports.creators().addPosts(profile.id(), -1));
    }

    @Test
    void a_page_that_ends_the_list_knows_its_total_without_counting() {
        var ports = JdbiPorts.fresh();
        var given = new Given(ports);
        for (int i = 0; i < 3; i++) {
            given.aCreator(given.aUser("sunny" + i));
        }
        var statements = new StatementCounter();
        var creators = new JdbiCreatorRepository(statements.jdbi());

        var all = creators.search(byText("sunny"), new PageRequest(5, 0));
        // the most followed creators do not fill the page, so the trigram indexes are asked; nothing counts
        assertThat(statements.takeCount()).isEqualTo(2);
        var firstTwo = creators.search(byText("sunny"), new PageRequest(2, 0));
        var lastOne = creators.search(byText("sunny"), new PageRequest(2, 2));

        assertThat(all.total()).isEqualTo(3);
        assertThat(firstTwo.total()).isEqualTo(3);
        assertThat(firstTwo.hasNext()).isTrue();
        assertThat(lastOne.total()).isEqualTo(3);
        assertThat(lastOne.hasNext()).isFalse();
    }

    @Test
    void a_search_total_is_remembered_until_its_time_to_live_or_a_profile_change_on_this_node() {
        var ports = JdbiPorts.fresh();
        var given = new Given(ports);
        for (int i = 0; i < 3; i++) {
            given.aCreator(given.aUser("sunny" + i));
        }
        var statements = new StatementCounter();
        var creators = new JdbiCreatorRepository(statements.jdbi(), Duration.ofMinutes(10));
        var firstPage = new PageRequest(1, 0);

        assertThat(creators.search(byText("sunny"), firstPage).total()).isEqualTo(3);
        given.aCreator(given.aUser("sunny3"));
        statements.takeCount();
        assertThat(creators.search(byText("sunny"), firstPage).total()).isEqualTo(3);
        assertThat(statements.takeCount()).isEqualTo(1);

        creators.create(given.aUser("sunny4").id(), CreatorDetails.initial(new Handle("sunny4"), "Sunny"), T0);
        assertThat(creators.search(byText("sunny"), firstPage).total()).isEqualTo(5);
    }

    @Test
    void a_text_without_a_trigram_is_matched_against_the_most_followed_creators_only() {
        JdbiPorts.fresh();
        TestDatabase.jdbi().useHandle(handle -> handle.execute("""
                INSERT INTO users (id, username, created_at, updated_at)
                SELECT i, 'u' || i, now(), now() FROM generate_series(1, :n) AS i
                """.replace(":n", Integer.toString(JdbiCreatorRepository.SCAN + 1))));
        TestDatabase.jdbi().useHandle(handle -> handle.execute("""
                INSERT INTO creator_profiles (user_id, handle, display_name, follower_count, created_at)
                SELECT i, 'c' || i, CASE WHEN i = 1 THEN 'top 100%' WHEN i = :n THEN 'last 100%' ELSE 'c' END,
                       :n - i, now()
                FROM generate_series(1, :n) AS i
                """.replace(":n", Integer.toString(JdbiCreatorRepository.SCAN + 1))));
        var creators = new JdbiCreatorRepository(TestDatabase.jdbi());

        assertThat(creators.search(byText("%"), PageRequest.firstPage()).items())
                .extracting(card -> card.profile().details().displayName()).containsExactly("top 100%");
        assertThat(creators.search(byText("100%"), PageRequest.firstPage()).items())
                .extracting(card -> card.profile().details().displayName()).containsExactly("top 100%", "last 100%");
    }

    @Test
    void a_trigram_is_three_letters_or_digits_in_a_row() {
        assertThat(JdbiCreatorRepository.hasTrigram("abc")).isTrue();
        assertThat(JdbiCreatorRepository.hasTrigram("a_1b2")).isTrue();
        assertThat(JdbiCreatorRepository.hasTrigram("ab")).isFalse();
        assertThat(JdbiCreatorRepository.hasTrigram("a_b_c")).isFalse();
        assertThat(JdbiCreatorRepository.hasTrigram("%")).isFalse();
    }

    private static CreatorSearch byText(String text) {
        return new CreatorSearch(Optional.of(text), Optional.empty(), Optional.empty());
    }
}
