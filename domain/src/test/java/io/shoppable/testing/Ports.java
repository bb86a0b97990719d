package io.shoppable.testing;

import io.shoppable.domain.catalog.CategoryRepository;
import io.shoppable.domain.commerce.CartRepository;
import io.shoppable.domain.content.VideoRepository;
import io.shoppable.domain.creator.CreatorRepository;
import io.shoppable.domain.engagement.EngagementRepository;
import io.shoppable.domain.product.ProductCatalog;
import io.shoppable.domain.shared.Transactions;
import io.shoppable.domain.social.CommentRepository;
import io.shoppable.domain.social.FollowRepository;
import io.shoppable.domain.social.ReportRepository;
import io.shoppable.domain.user.UserRepository;

/**
 * One complete set of storage ports over the same store: what a port contract test runs against. The
 * in-memory fakes provide one ({@code InMemoryPorts}), the JDBI adapters another.
 */
public record Ports(UserRepository users, CategoryRepository categories, CreatorRepository creators,
                    ProductCatalog products, VideoRepository videos, EngagementRepository engagement,
                    CartRepository carts, CommentRepository comments, ReportRepository reports,
                    FollowRepository follows, Transactions tx) {
}
