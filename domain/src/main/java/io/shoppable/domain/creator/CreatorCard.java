package io.shoppable.domain.creator;

import io.shoppable.domain.user.Username;

import java.util.Objects;

/** A creator profile with its user's username, as lists and the profile page show it. */
public record CreatorCard(CreatorProfile profile, Username username) {

    public CreatorCard {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(username, "username");
    }
}
