package io.shoppable.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NoNPlusOneApiTest extends ApiTestCase {

    private static final String FEED = "/api/v1/shoppable-videos/";
    private static final int VIDEOS = 20;
    /** Identity aside: the page of ids, the videos whole, then categories, products, creators, likes, saves. */
    private static final int MOST_STATEMENTS_PER_PAGE = 8;

    private String viewer;

    @BeforeEach
    void twentyRichVideosFromTwoCreators() {
        var alice = api.token(42, "alice");
        var bob = api.token(43, "bob");
        viewer = api.token(44, "carol");
        long hat = api.createProduct(alice, "Sun Hat", "49.99", 5);
        long scarf = api.createProduct(alice, "Scarf", "19.90", 5);
        long bag = api.createProduct(bob, "Bag", "89.00", 5);
        for (int i = 0; i < VIDEOS; i++) {
            var owner = i % 2 == 0 ? alice : bob;
            long id = i % 4 < 2
                    ? api.createImagePost(owner, hat, scarf, bag).get("id").asLong()
                    : collectionWithTwoItems(owner, bag);
            if (i % 3 == 0) {
                api.post(FEED + id + "/like/", viewer);
                api.post(FEED + id + "/save_video/", viewer);
            }
        }
    }

    @Test
    void a_members_feed_page_costs_the_same_statements_whatever_its_size() {
        api.get(FEED + "?limit=1", viewer);

        int small = statementsFor(FEED + "?limit=2", viewer, 2);
        int large = statementsFor(FEED + "?limit=20", viewer, VIDEOS);

        assertThat(large).isEqualTo(small).isLessThanOrEqualTo(MOST_STATEMENTS_PER_PAGE);
    }

    @Test
    void an_anonymous_feed_page_costs_the_same_statements_whatever_its_size() {
        api.get(FEED + "?limit=1", null);

        int small = statementsFor(FEED + "?limit=2", null, 2);
        int large = statementsFor(FEED + "?limit=20", null, VIDEOS);

        assertThat(large).isEqualTo(small).isLessThanOrEqualTo(MOST_STATEMENTS_PER_PAGE);
    }

    @Test
    void a_category_page_costs_the_same_statements_whatever_its_size() {
        api.get(FEED + "?limit=1", viewer);

        int small = statementsFor(FEED + "?category=1&limit=2", viewer, 2);
        int large = statementsFor(FEED + "?category=1&limit=20", viewer, VIDEOS);

        assertThat(large).isEqualTo(small);
    }

    @Test
    void the_measured_pages_carry_items_additional_products_creators_and_likes() {
        var page = api.get(FEED + "?limit=20", viewer).body();

        assertThat(page).anySatisfy(video -> assertThat(video.get("items")).hasSize(2));
        assertThat(page).anySatisfy(video -> assertThat(video.get("additional_products")).hasSize(2));
        assertThat(page).anySatisfy(video -> assertThat(video.get("is_liked").asBoolean()).isTrue());
        assertThat(page).anySatisfy(video -> assertThat(video.get("is_saved").asBoolean()).isTrue());
        assertThat(page).extracting(video -> video.get("creator").get("handle").asText()).contains("@alice", "@bob");
    }

    private int statementsFor(String path, String token, int expectedVideos) {
        api.takeStatementCount();
        var page = api.get(path, token);
        int statements = api.takeStatementCount();
        assertThat(page.body()).hasSize(expectedVideos);
        return statements;
    }

    private long collectionWithTwoItems(String owner, long product) {
        long id = api.createCollection(owner, product).get("id").asLong();
        for (int order = 1; order <= 2; order++) {
            api.postMultipart(FEED + id + "/add-item/", Multipart.form().field("order", Integer.toString(order))
                    .file("file", "item.png", "image/png", Media.png(20)), owner);
        }
        return id;
    }
}
