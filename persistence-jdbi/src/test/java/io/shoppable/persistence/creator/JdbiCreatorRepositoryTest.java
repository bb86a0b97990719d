package io.shoppable.persistence.creator;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.creator.CreatorDetails;
import io.shoppable.domain.creator.Handle;
import io.shoppable.persistence.JdbiPorts;
import io.shoppable.testing.CreatorRepositoryContract;
import io.shoppable.testing.Given;
import io.shoppable.testing.Ports;
import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertInvalid;
import static io.shoppable.testing.MutableClock.T0;

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
}
