package io.shoppable.api;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.shoppable.api.ApiAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class ProductApiTest extends ApiTestCase {

    private String alice;

    @BeforeEach
    void members() {
        alice = api.token(42, "alice");
    }

    @Test
    void a_member_lists_a_product_and_gets_201_with_it_as_a_get_returns_it() {
        var created = api.postJson("/api/v1/products/", api.json("name", "Sun Hat", "price", 49.99, "stock", 5), alice);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var product = created.body();
        assertThat(product.get("id").asLong()).isPositive();
        assertThat(product.get("name").asText()).isEqualTo("Sun Hat");
        assertThat(product.get("price").decimalValue()).isEqualByComparingTo("49.99");
        assertThat(product.get("stock").asInt()).isEqualTo(5);
        assertThat(product.get("seller").asLong()).isEqualTo(42);
        assertThat(product.get("is_active").asBoolean()).isTrue();
        var fetched = api.get("/api/v1/products/" + product.get("id").asLong() + "/", null);
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.body()).isEqualTo(product);
    }

    @Test
    void prices_are_json_numbers_with_two_decimals() {
        var created = api.postJson("/api/v1/products", api.json("name", "Scarf", "price", 50, "stock", 1), alice);

        assertThat(created.text()).contains("\"price\":50.00");
    }

    @Test
    void paths_work_without_the_trailing_slash() {
        long id = api.createProduct(alice, "Sun Hat", "49.99", 5);

        assertThat(api.get("/api/v1/products/" + id, null).status()).isEqualTo(200);
        assertThat(api.postJson("/api/v1/products", api.json("name", "Cap", "price", 9.5, "stock", 1), alice)
                .status()).isEqualTo(201);
    }

    @Test
    void listing_a_product_needs_a_member() {
        assertProblem(api.postJson("/api/v1/products/", api.json("name", "Cap", "price", 1, "stock", 1), null), 401);
    }

    @Test
    void the_seller_and_active_flag_cannot_be_set_by_the_client_and_unknown_fields_are_ignored() {
        var created = api.postJson("/api/v1/products/", api.json("name", "Cap", "price", 1, "stock", 1,
                "seller", 7, "is_active", false, "colour", "red"), alice);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body().get("seller").asLong()).isEqualTo(42);
        assertThat(created.body().get("is_active").asBoolean()).isTrue();
    }

    @Test
    void missing_fields_are_400_naming_each() {
        assertProblem(api.postJson("/api/v1/products/", api.json("price", 1, "stock", 1), alice), 400, "name");
        assertProblem(api.postJson("/api/v1/products/", api.json("name", "Cap", "stock", 1), alice), 400, "price");
        assertProblem(api.postJson("/api/v1/products/", api.json("name", "Cap", "price", 1), alice), 400, "stock");
    }

    @Test
    void bad_values_are_400_naming_the_field() {
        assertProblem(api.postJson("/api/v1/products/", api.json("name", "Cap", "price", "cheap", "stock", 1), alice),
                400, "price");
        assertProblem(api.postJson("/api/v1/products/", api.json("name", "Cap", "price", -1, "stock", 1), alice),
                400, "price");
        assertProblem(api.postJson("/api/v1/products/",
                api.json("name", "Cap", "price", new BigDecimal("1.999"), "stock", 1), alice), 400, "price");
        assertProblem(api.postJson("/api/v1/products/", api.json("name", "Cap", "price", 1, "stock", -1), alice),
                400, "stock");
        assertProblem(api.postJson("/api/v1/products/", api.json("name", "Cap", "price", 1, "stock", "many"), alice),
                400, "stock");
        assertProblem(api.postJson("/api/v1/products/", api.json("name", "Cap", "price", 1, "stock", 1.5), alice),
                400, "stock");
        assertProblem(api.postJson("/api/v1/products/", api.json("name", " ", "price", 1, "stock", 1), alice),
                400, "name");
    }

    @Test
    void a_number_too_large_for_its_field_is_400_naming_the_field() {
        assertProblem(api.postJson("/api/v1/products/", "{\"name\":\"Cap\",\"price\":1,\"stock\":3000000000}", alice),
                400, "stock");
    }

    @Test
    void text_holding_a_nul_character_is_400_naming_the_field() {
        assertProblem(api.postJson("/api/v1/products/", api.json("name", "Cap\u0000", "price", 1, "stock", 1), alice),
                400, "name");
    }

    @Test
    void a_body_that_is_not_a_json_object_is_400() {
        assertProblem(api.postJson("/api/v1/products/", "{\"name\": ", alice), 400, "body");
        assertProblem(api.postJson("/api/v1/products/", "[1, 2]", alice), 400, "body");
        assertProblem(api.postJson("/api/v1/products/", "", alice), 400, "body");
    }

    @Test
    void a_body_over_the_size_limit_is_413() {
        var huge = api.json("name", "x".repeat(2 * 1024 * 1024), "price", 1, "stock", 1);

        assertProblem(api.postJson("/api/v1/products/", huge, alice), 413);
        assertThat(api.sql(Long.class, "SELECT count(*) FROM products")).isZero();
    }

    @Test
    void an_unknown_product_is_404_and_a_non_numeric_id_400() {
        assertProblem(api.get("/api/v1/products/999/", null), 404);
        assertProblem(api.get("/api/v1/products/abc/", null), 400, "id");
        assertProblem(api.get("/api/v1/products/0/", null), 400, "id");
        assertProblem(api.get("/api/v1/products/99999999999999999999/", null), 400, "id");
    }
}
