package io.shoppable.domain.creator;

import org.junit.jupiter.api.Test;

import static io.shoppable.testing.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

class HandleTest {

    @Test
    void a_handle_is_2_to_30_lowercase_letters_digits_underscores_or_dots() {
        assertThat(new Handle("alice_b.2").value()).isEqualTo("alice_b.2");
        assertInvalid("handle", () -> new Handle("a"));
        assertInvalid("handle", () -> new Handle("a".repeat(31)));
        assertInvalid("handle", () -> new Handle("Alice"));
        assertInvalid("handle", () -> new Handle("al ice"));
        assertInvalid("handle", () -> new Handle(null));
    }

    @Test
    void typed_handles_may_carry_an_at_sign_spaces_and_capitals() {
        assertThat(Handle.fromUser("  @Alice_B ")).isEqualTo(new Handle("alice_b"));
    }

    @Test
    void a_handle_is_shown_with_an_at_sign() {
        assertThat(new Handle("alice").display()).isEqualTo("@alice");
    }

    @Test
    void a_derived_handle_drops_accents_and_replaces_other_characters() {
        assertThat(Handle.derivedFrom("Ålice Smith!")).isEqualTo(new Handle("alice_smith_"));
    }

    @Test
    void a_derived_handle_is_padded_when_too_short_and_cut_when_too_long() {
        assertThat(Handle.derivedFrom("a")).isEqualTo(new Handle("acreator"));
        assertThat(Handle.derivedFrom("")).isEqualTo(new Handle("creator"));
        assertThat(Handle.derivedFrom("x".repeat(40))).isEqualTo(new Handle("x".repeat(30)));
    }

    @Test
    void a_suffix_is_appended_and_the_base_cut_so_that_the_result_fits() {
        assertThat(new Handle("alice").withSuffix(2)).isEqualTo(new Handle("alice_2"));
        assertThat(new Handle("x".repeat(30)).withSuffix(12)).isEqualTo(new Handle("x".repeat(27) + "_12"));
    }
}
