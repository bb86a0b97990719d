package io.shoppable.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import io.shoppable.domain.catalog.CategoryDraft;
import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.catalog.CategoryName;
import io.shoppable.domain.catalog.VideoCategory;
import io.shoppable.domain.content.Media;
import io.shoppable.domain.content.NewVideo;
import io.shoppable.domain.content.Tags;
import io.shoppable.domain.content.Title;
import io.shoppable.domain.content.Video;
import io.shoppable.domain.content.VideoDetails;
import io.shoppable.domain.product.NewProduct;
import io.shoppable.domain.product.Price;
import io.shoppable.domain.product.ProductId;
import io.shoppable.domain.product.ProductName;
import io.shoppable.domain.product.ProductRef;
import io.shoppable.domain.shared.MediaRef;
import io.shoppable.domain.user.User;
import io.shoppable.domain.user.UserId;
import io.shoppable.domain.user.Username;

/**
 * Writes the rows a test needs through the adapters themselves: users, categories, products and
 * videos with sensible defaults, so a test states only what it is about.
 */
public final class Given {

    /** The instant tests treat as "now". */
    public static final Instant T0 = Instant.parse("2026-11-24T12:00:00Z");

    private final JdbiAdapters db;
    private final AtomicLong sequence = new AtomicLong();

    public Given(JdbiAdapters db) {
        this.db = db;
    }

    public User user(long id) {
        return db.users().upsert(new UserId(id), new Username("user" + id), false, T0);
    }

    public UserId anyUser() {
        return user(10_000 + sequence.incrementAndGet()).id();
    }

    public VideoCategory category(String name) {
        return db.categories().create(new CategoryDraft(new CategoryName(name), Optional.empty(), 1, true));
    }

    public CategoryId anyCategory() {
        return category("Category " + sequence.incrementAndGet()).id();
    }

    public ProductRef product(UserId seller) {
        return db.products().create(new NewProduct(seller, new ProductName("Product " + sequence.incrementAndGet()),
                Price.of("19.99"), 10));
    }

    public ProductId anyProduct() {
        return product(anyUser()).id();
    }

    /** Details for a video in {@code category} selling {@code product}, tagged "summer". */
    public VideoDetails details(CategoryId category, ProductId product, List<ProductId> additional) {
        return new VideoDetails(new Title("Video " + sequence.incrementAndGet()), "A description",
                new Tags(List.of("summer", "style")), category, product, additional);
    }

    public Video video(UserId owner, CategoryId category, Instant at) {
        return db.videos().create(new NewVideo(owner, new Media.OfVideo(new MediaRef("videos/clip.mp4")),
                Optional.empty(), details(category, anyProduct(), List.of())), at);
    }

    public Video anyVideo() {
        return video(anyUser(), anyCategory(), T0);
    }

    public Video collection(UserId owner, CategoryId category) {
        return db.videos().create(new NewVideo(owner, new Media.OfCollection(new MediaRef("images/cover.jpg")),
                Optional.of(new MediaRef("images/thumb.jpg")), details(category, anyProduct(), List.of())), T0);
    }
}
