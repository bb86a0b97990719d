package io.shoppable.domain.creator;

import io.shoppable.domain.shared.Conflict;
import io.shoppable.domain.shared.Forbidden;
import io.shoppable.domain.shared.NotFound;
import io.shoppable.domain.shared.Transactions;
import io.shoppable.domain.user.Viewer;

import java.time.Clock;
import java.util.Optional;

/** Use cases on creator profiles. */
public final class CreatorService {

    /** How many numbered variants of a derived handle are tried before giving up. */
    private static final int HANDLE_ATTEMPTS = 1_000;
    private static final String CREATOR_EXISTS = "creator_exists";

    private final CreatorRepository creators;
    private final Transactions tx;
    private final Clock clock;

    public CreatorService(CreatorRepository creators, Transactions tx, Clock clock) {
        this.creators = creators;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * The member's creator profile, created on first need with a handle derived from the username
     * ({@code alice}, else {@code alice_2}, {@code alice_3}, ...). Joins the caller's transaction.
     */
    public CreatorProfile ensureProfile(Viewer.Member member) {
        return tx.inTransaction(() -> creators.findByUser(member.id()).orElseGet(() -> createProfile(member)));
    }

    /**
     * A profile by id.
     *
     * @throws NotFound when unknown
     */
    public CreatorProfile require(CreatorId id) {
        return creators.findById(id).orElseThrow(() -> NotFound.of("Creator", id));
    }

    /**
     * Creates the member's own creator profile.
     *
     * @throws Conflict {@code creator_exists} when the member already has one, {@code handle_taken} when
     *                  another profile uses the handle
     */
    public CreatorProfile create(Viewer.Member member, CreatorDetails details) {
        return tx.inTransaction(() -> {
            if (creators.findByUser(member.id()).isPresent()) {
                throw new Conflict("creator_exists", "You already have a creator profile");
            }
            return creators.create(member.id(), details, clock.instant());
        });
    }

    /**
     * Replaces a profile's editable fields; only its owner (or an admin) may.
     *
     * @throws NotFound  when the profile is unknown
     * @throws Forbidden when the viewer is neither its owner nor an admin
     * @throws io.shoppable.domain.shared.Conflict {@code handle_taken} when another profile uses the handle
     */
    public CreatorProfile update(Viewer viewer, CreatorId id, CreatorDetails details) {
        return update(viewer, id, details, Optional.empty());
    }

    /**
     * Replaces a profile's editable fields and, when {@code verified} is given, its badge, in one
     * transaction. The owner (or an admin) may edit; only an admin may touch the badge.
     *
     * @throws NotFound  when the profile is unknown
     * @throws Forbidden when the viewer is neither its owner nor an admin, or a non-admin sets the badge
     * @throws Conflict  {@code handle_taken} when another profile uses the handle
     */
    public CreatorProfile update(Viewer viewer, CreatorId id, CreatorDetails details, Optional<Boolean> verified) {
        return tx.inTransaction(() -> {
            var profile = require(id);
            if (!viewer.isAdmin() && !viewer.userId().equals(Optional.of(profile.user()))) {
                throw new Forbidden("Only the profile's owner may change it");
            }
            if (verified.isPresent() && !viewer.isAdmin()) {
                throw new Forbidden("Only administrators may verify creators");
            }
            var updated = creators.update(id, details);
            return verified.map(badge -> creators.setVerified(id, badge)).orElse(updated);
        });
    }

    /**
     * Creates the profile under the first free variant of the derived handle. A concurrent request (the
     * same member uploading twice at once, or another member with a like-named handle) may get there
     * between the check and the insert; the repository then reports a {@link Conflict} without spoiling the
     * transaction, and the profile that request made is used, or the next handle tried.
     */
    private CreatorProfile createProfile(Viewer.Member member) {
        var username = member.username().value();
        var wanted = Handle.derivedFrom(username);
        for (int n = 1; n <= HANDLE_ATTEMPTS; n++) {
            var handle = n == 1 ? wanted : wanted.withSuffix(n);
            if (creators.isHandleTaken(handle)) {
                continue;
            }
            try {
                return creators.create(member.id(), CreatorDetails.initial(handle, username), clock.instant());
            } catch (Conflict e) {
                if (e.code().equals(CREATOR_EXISTS)) {
                    return creators.findByUser(member.id()).orElseThrow(() -> e);
                }
            }
        }
        throw new Conflict("handle_taken", "No free handle near " + wanted.display());
    }
}
