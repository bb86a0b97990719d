package io.shoppable.http;

import io.shoppable.domain.catalog.CategoryService;
import io.shoppable.domain.commerce.CartService;
import io.shoppable.domain.content.MediaStorage;
import io.shoppable.domain.content.VideoService;
import io.shoppable.domain.creator.CreatorDirectory;
import io.shoppable.domain.creator.CreatorService;
import io.shoppable.domain.engagement.EngagementService;
import io.shoppable.domain.engagement.VideoCards;
import io.shoppable.domain.idempotency.IdempotencyService;
import io.shoppable.domain.product.ProductService;
import io.shoppable.domain.social.CommentService;
import io.shoppable.domain.social.FollowService;
import io.shoppable.domain.social.ReportService;
import io.shoppable.domain.user.UserService;
import io.shoppable.http.recommendation.Recommendations;

import java.util.Objects;

/**
 * Everything the REST API drives: the domain's services and the ports it reads directly. Built by the
 * composition root (or a host that embeds the API).
 */
public record Api(Identity identity, CategoryService categories, ProductService products, VideoService videos,
                  VideoCards cards, EngagementService engagement, CartService carts, MediaStorage media,
                  UploadLimits uploadLimits, Social social, Recommendations recommendations,
                  IdempotencyService idempotency) {

    public Api {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(products, "products");
        Objects.requireNonNull(videos, "videos");
        Objects.requireNonNull(cards, "cards");
        Objects.requireNonNull(engagement, "engagement");
        Objects.requireNonNull(carts, "carts");
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(uploadLimits, "uploadLimits");
        Objects.requireNonNull(social, "social");
        Objects.requireNonNull(recommendations, "recommendations");
        Objects.requireNonNull(idempotency, "idempotency");
    }

    /** The social side: creators, follows, comments and moderation, and usernames for what they show. */
    public record Social(UserService users, CreatorService creators, CreatorDirectory directory,
                         FollowService follows, CommentService comments, ReportService reports) {

        public Social {
            Objects.requireNonNull(users, "users");
            Objects.requireNonNull(creators, "creators");
            Objects.requireNonNull(directory, "directory");
            Objects.requireNonNull(follows, "follows");
            Objects.requireNonNull(comments, "comments");
            Objects.requireNonNull(reports, "reports");
        }
    }
}
