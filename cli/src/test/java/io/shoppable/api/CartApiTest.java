package io.shoppable.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.shoppable.api.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class CartApiTest extends ApiTestCase {

    private static final int PARALLEL = 64;
    private static final String CART = "/api/v1/cart/";

    private String alice;
    private String bob;
    private long hat;
    private long scarf;
    private long video;
    private String addToCart;

    @BeforeEach
    void aVideoSellingTwoProducts() {
        alice = api.token(42, "alice");
        bob = api.token(43, "bob");
        hat = api.createProduct(alice, "Sun Hat", "49.99", 5);
        scarf = api.createProduct(alice, "Scarf", "19.90", 100);
        video = api.createImagePost(alice, hat, scarf).get("id").asLong();
        addToCart = "/api/v1/shoppable-videos/" + video + "/add_to_cart/";
    }

    @Test
    void without_a_body_one_unit_of_the_primary_product_is_added() {
        var added = api.post(addToCart, bob);

        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        assertThat(added.body()).isEqualTo(api.tree("status", "success", "message", "Added Sun Hat to cart",
                "cart_item_count", 1));
        assertThat(quantityOf(hat)).isEqualTo(1);
    }

    @Test
    void an_additional_product_of_the_video_may_be_added_and_lines_are_counted_distinctly() {
        api.postJson(addToCart, "{}", bob);

        var added = api.postJson(addToCart, api.json("product_id", scarf, "quantity", 3), bob);
        var again = api.postJson("/api/v1/shoppable-videos/" + video + "/add_to_cart",
                api.json("product_id", scarf, "quantity", 2), bob);

        assertThat(added.body().get("message").asText()).isEqualTo("Added Scarf to cart");
        assertThat(added.body().get("cart_item_count").asInt()).isEqualTo(2);
        assertThat(again.body().get("cart_item_count").asInt()).isEqualTo(2);
        assertThat(quantityOf(scarf)).isEqualTo(5);
        assertThat(api.sql(Long.class, "SELECT count(*) FROM carts WHERE user_id = ? AND is_active", 43L))
                .isEqualTo(1);
    }

    @Test
    void a_missing_quantity_adds_one_unit() {
        api.postJson(addToCart, api.json("product_id", scarf), bob);
        api.postJson(addToCart, api.json("product_id", scarf, "unknown", true), bob);

        assertThat(quantityOf(scarf)).isEqualTo(2);
    }

    @Test
    void each_add_logs_an_interaction_linked_to_the_video_and_the_product() {
        api.postJson(addToCart, api.json("product_id", scarf), bob);

        assertThat(api.sql(Long.class, "SELECT count(*) FROM user_interactions WHERE event_type = "
                + "'add_to_cart_from_video' AND user_id = ? AND video_id = ? AND product_id = ?", 43L, video, scarf))
                .isEqualTo(1);
    }

    @Test
    void a_product_not_shown_in_the_video_is_400() {
        long other = api.createProduct(alice, "Boots", "99.00", 5);

        for (long product : new long[] {other, 999}) {
            var answer = api.postJson(addToCart, api.json("product_id", product), bob);

            assertProblem(answer, 400, "product_id");
            assertThat(answer.body().get("errors").get("product_id").get(0).asText())
                    .isEqualTo("Product not found in this video");
        }
        assertThat(cartLines()).isZero();
    }

    @Test
    void a_quantity_outside_1_to_99_or_not_an_integer_is_400() {
        for (Object quantity : new Object[] {0, -1, 100, "2", 1.5}) {
            assertProblem(api.postJson(addToCart, api.json("product_id", scarf, "quantity", quantity), bob), 400,
                    "quantity");
        }
        assertProblem(api.postJson(addToCart, api.json("product_id", "scarf"), bob), 400, "product_id");
        assertProblem(api.postJson(addToCart, "[1]", bob), 400, "body");
        assertThat(cartLines()).isZero();
    }

    @Test
    void ninety_nine_units_may_be_added_at_once() {
        assertThat(api.postJson(addToCart, api.json("product_id", scarf, "quantity", 99), bob).status())
                .isEqualTo(200);
        assertThat(quantityOf(scarf)).isEqualTo(99);
    }

    @Test
    void not_enough_stock_is_409_and_writes_nothing() {
        var answer = api.postJson(addToCart, api.json("quantity", 6), bob);

        assertProblem(answer, 409);
        assertThat(cartLines()).isZero();
        assertThat(api.sql(Long.class, "SELECT count(*) FROM carts")).isZero();
        assertThat(api.sql(Long.class, "SELECT count(*) FROM user_interactions WHERE event_type = "
                + "'add_to_cart_from_video'")).isZero();
    }

    @Test
    void going_over_the_stock_with_units_already_in_the_cart_is_409_and_keeps_the_line() {
        api.postJson(addToCart, api.json("quantity", 3), bob);

        assertProblem(api.postJson(addToCart, api.json("quantity", 3), bob), 409);

        assertThat(quantityOf(hat)).isEqualTo(3);
        assertThat(api.sql(Long.class, "SELECT count(*) FROM user_interactions WHERE event_type = "
                + "'add_to_cart_from_video'")).isEqualTo(1);
    }

    @Test
    void adding_from_an_unknown_or_inactive_video_is_404() {
        api.sql(Long.class, "UPDATE videos SET is_active = false WHERE id = ? RETURNING id", video);

        assertProblem(api.post("/api/v1/shoppable-videos/999/add_to_cart/", bob), 404);
        assertProblem(api.post(addToCart, bob), 404);
        assertProblem(api.post("/api/v1/shoppable-videos/abc/add_to_cart/", bob), 400, "id");
    }

    @Test
    void adding_to_the_cart_needs_a_member() {
        assertProblem(api.post(addToCart, null), 401);
        assertProblem(api.get(CART, null), 401);
    }

    @Test
    void the_cart_shows_each_line_with_its_product_and_the_totals() {
        api.postJson(addToCart, api.json("quantity", 2), bob);
        api.postJson(addToCart, api.json("product_id", scarf, "quantity", 3), bob);

        var cart = api.get(CART, bob);

        assertThat(cart.status()).isEqualTo(200);
        var body = cart.body();
        assertThat(body.get("cart_item_count").asInt()).isEqualTo(2);
        assertThat(body.get("total_quantity").asInt()).isEqualTo(5);
        assertThat(body.get("items")).extracting(line -> line.get("product").get("name").asText())
                .containsExactly("Sun Hat", "Scarf");
        assertThat(body.get("items")).extracting(line -> line.get("quantity").asInt()).containsExactly(2, 3);
        assertThat(body.get("items").get(1).get("product").get("price").decimalValue())
                .isEqualByComparingTo("19.90");
        assertThat(api.get("/api/v1/cart", bob).body()).isEqualTo(body);
    }

    @Test
    void a_member_who_never_added_anything_has_an_empty_cart_and_reading_it_opens_none() {
        var cart = api.get(CART, alice).body();

        assertThat(cart.get("items")).isEmpty();
        assertThat(cart.get("cart_item_count").asInt()).isZero();
        assertThat(cart.get("total_quantity").asInt()).isZero();
        assertThat(api.sql(Long.class, "SELECT count(*) FROM carts")).isZero();
    }

    @Test
    void parallel_adds_by_one_member_sum_up_in_one_active_cart() {
        api.get(CART, bob);

        var adds = Concurrently.run(PARALLEL, i -> api.postJson(addToCart, api.json("product_id", scarf), bob));

        assertThat(adds).allSatisfy(answer -> assertThat(answer.status()).as(answer.toString()).isEqualTo(200));
        assertThat(api.sql(Long.class, "SELECT count(*) FROM carts WHERE user_id = ? AND is_active", 43L))
                .isEqualTo(1);
        assertThat(quantityOf(scarf)).isEqualTo(PARALLEL);
    }

    @Test
    void parallel_adds_beyond_the_stock_stop_exactly_at_the_stock() {
        long lamp = api.createProduct(alice, "Lamp", "30.00", 10);
        long lampVideo = api.createImagePost(alice, lamp).get("id").asLong();
        api.get(CART, bob);

        var adds = Concurrently.run(PARALLEL,
                i -> api.post("/api/v1/shoppable-videos/" + lampVideo + "/add_to_cart/", bob));

        assertThat(adds).filteredOn(answer -> answer.status() == 200).hasSize(10);
        assertThat(adds).filteredOn(answer -> answer.status() == 409).hasSize(PARALLEL - 10);
        assertThat(quantityOf(lamp)).isEqualTo(10);
        assertThat(api.sql(Long.class, "SELECT count(*) FROM user_interactions WHERE product_id = ?", lamp))
                .isEqualTo(10);
    }

    private long quantityOf(long product) {
        return api.sql(Long.class, "SELECT coalesce(sum(l.quantity), 0) FROM cart_lines l JOIN carts c "
                + "ON c.id = l.cart_id WHERE c.is_active AND c.user_id = ? AND l.product_id = ?", 43L, product);
    }

    private long cartLines() {
        return api.sql(Long.class, "SELECT count(*) FROM cart_lines");
    }
}
