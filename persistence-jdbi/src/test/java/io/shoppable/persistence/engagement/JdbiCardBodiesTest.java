package io.shoppable.persistence.engagement;

import io.shoppable.domain.engagement.CardBodies;
import io.shoppable.persistence.JdbiPorts;
import io.shoppable.persistence.StatementCounter;
import io.shoppable.persistence.TestDatabase;
import io.shoppable.testing.CardBodiesContract;
import io.shoppable.testing.Given;
import io.shoppable.testing.Ports;
import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class JdbiCardBodiesTest extends CardBodiesContract {

    @Override
    protected Ports ports() {
        return JdbiPorts.fresh();
    }

    @Override
    protected CardBodies bodies(Ports ports) {
        return new JdbiCardBodies(TestDatabase.jdbi());
    }

    @Test
    void a_page_of_cards_costs_one_statement_whatever_its_length() {
        var given = new Given(JdbiPorts.fresh());
        var seller = given.aUser();
        given.aCreator(seller);
        var ids = IntStream.range(0, 20).mapToObj(i -> given.aVideo().by(seller)
                .alsoSelling(given.aProduct(seller), given.aProduct(seller)).create().id()).toList();
        var counter = new StatementCounter();

        var cards = new JdbiCardBodies(counter.jdbi()).of(ids);

        assertThat(counter.takeCount()).isEqualTo(1);
        assertThat(cards).hasSize(20).allSatisfy((id, card) -> assertThat(card.additionalProducts()).hasSize(2));
    }
}
