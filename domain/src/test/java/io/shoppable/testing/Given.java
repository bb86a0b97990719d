package io.shoppable.testing;

import io.shoppable.domain.catalog.CategoryDraft;
import io.shoppable.domain.catalog.CategoryName;
import io.shoppable.domain.catalog.VideoCategory;
import io.shoppable.domain.content.ContentType;
import io.shoppable.domain.content.Media;
import io.shoppable.domain.content.NewVideo;
import io.shoppable.domain.content.Tags;
import io.shoppable.domain.content.Title;
import io.shoppable.domain.content.Video;
import io.shoppable.domain.content.VideoDetails;
import io.shoppable.domain.creator.CreatorDetails;
import io.shoppable.domain.creator.CreatorProfile;
import io.shoppable.domain.creator.Handle;
import io.shoppable.domain.product.NewProduct;
import io.shoppable.domain.product.Price;
import io.shoppable.domain.product.ProductCategoryId;
import io.shoppable.domain.product.ProductName;
import io.shoppable.domain.product.ProductRef;
import io.shoppable.domain.shared.MediaRef;
import io.shoppable.domain.social.Comment;
import io.shoppable.domain.social.CommentText;
import io.shoppable.domain.social.NewComment;
import io.shoppable.domain.user.User;
import io.shoppable.domain.user.UserId;
import io.shoppable.domain.user.Username;
import io.shoppable.domain.user.Viewer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Test data written through a set of {@link Ports}, so it lands in whatever store those ports use (in
 * memory or PostgreSQL). Everything gets unique defaults; a test names only what it cares about:
 * {@code given.aVideo().by(alice).in(fashion).taggedWith("summer").create()}.
 */
public final class Given {

    private final Ports ports;
    private long sequence;

    public Given(Ports ports) {
        this.ports = ports;
    }

    /** The member a user acts as. */
    public static Viewer.Member asMember(User user) {
        return new Viewer.Member(user.id(), user.username(), user.admin());
    }

    /** An anonymous browsing session. */
    public static Viewer.Anonymous anonymous() {
        return new Viewer.Anonymous("session-1");
    }

    public User aUser() {
        return aUser("user" + next());
    }

    public User aUser(String username) {
        return user(username, false);
    }

    public User anAdmin() {
        return user("admin" + next(), true);
    }

    public VideoCategory aCategory() {
        return aCategory("Category " + next());
    }

    public VideoCategory aCategory(String name) {
        return ports.categories().create(new CategoryDraft(new CategoryName(name), Optional.empty(), 1, true));
    }

    public VideoCategory anInactiveCategory() {
        return ports.categories().create(new CategoryDraft(new CategoryName("Hidden " + next()), Optional.empty(),
                1, false));
    }

    /** An active product with stock 10 and price 19.99. */
    public ProductRef aProduct(User seller) {
        return aProduct().by(seller).create();
    }

    public ProductBuilder aProduct() {
        return new ProductBuilder();
    }

    public VideoBuilder aVideo() {
        return new VideoBuilder();
    }

    /** A creator profile for {@code user} with a unique handle. */
    public CreatorProfile aCreator(User user) {
        var handle = new Handle("creator" + next());
        return ports.creators().create(user.id(), CreatorDetails.initial(handle, user.username().value()),
                MutableClock.T0);
    }

    /** A top-level comment by {@code author} on {@code video}, posted at {@code at}. */
    public Comment aComment(Video video, User author, Instant at) {
        return ports.comments().add(new NewComment(video.id(), author.id(), Optional.empty(),
                new CommentText("Comment " + next())), at);
    }

    /** A reply by {@code author} to {@code parent}, posted at {@code at}. */
    public Comment aReply(Comment parent, User author, Instant at) {
        return ports.comments().add(new NewComment(parent.video(), author.id(), Optional.of(parent.id()),
                new CommentText("Reply " + next())), at);
    }

    private User user(String username, boolean admin) {
        var id = new UserId(next());
        while (ports.users().findById(id).isPresent()) {
            id = new UserId(next());
        }
        return ports.users().upsert(id, new Username(username), admin, MutableClock.T0);
    }

    private long next() {
        return ++sequence;
    }

    /** Builds a product; without a seller, a new user sells it. */
    public final class ProductBuilder {

        private User seller;
        private String name;
        private Price price = Price.of("19.99");
        private int stock = 10;
        private Optional<ProductCategoryId> category = Optional.empty();

        public ProductBuilder by(User seller) {
            this.seller = seller;
            return this;
        }

        public ProductBuilder named(String name) {
            this.name = name;
            return this;
        }

        public ProductBuilder priced(String amount) {
            this.price = Price.of(amount);
            return this;
        }

        public ProductBuilder inCategory(long category) {
            this.category = Optional.of(new ProductCategoryId(category));
            return this;
        }

        public ProductBuilder withStock(int stock) {
            this.stock = stock;
            return this;
        }

        public ProductRef create() {
            var by = seller != null ? seller : aUser();
            var productName = name != null ? name : "Product " + next();
            return ports.products().create(new NewProduct(by.id(), new ProductName(productName), price, stock,
                    category));
        }
    }

    /**
     * Builds a video. Without an owner, category or product it makes new ones: an active category and a
     * product sold by the owner.
     */
    public final class VideoBuilder {

        private User owner;
        private VideoCategory category;
        private ProductRef product;
        private final List<ProductRef> additional = new ArrayList<>();
        private List<String> tags = List.of();
        private String title;
        private ContentType type = ContentType.VIDEO;
        private Instant at = MutableClock.T0;
        private boolean active = true;

        public VideoBuilder by(User owner) {
            this.owner = owner;
            return this;
        }

        public VideoBuilder in(VideoCategory category) {
            this.category = category;
            return this;
        }

        public VideoBuilder selling(ProductRef product) {
            this.product = product;
            return this;
        }

        public VideoBuilder alsoSelling(ProductRef... products) {
            additional.addAll(Arrays.asList(products));
            return this;
        }

        public VideoBuilder taggedWith(String... tags) {
            this.tags = List.of(tags);
            return this;
        }

        public VideoBuilder titled(String title) {
            this.title = title;
            return this;
        }

        public VideoBuilder image() {
            this.type = ContentType.IMAGE;
            return this;
        }

        public VideoBuilder collection() {
            this.type = ContentType.COLLECTION;
            return this;
        }

        public VideoBuilder at(Instant at) {
            this.at = at;
            return this;
        }

        /** Taken down right after it was created. */
        public VideoBuilder inactive() {
            this.active = false;
            return this;
        }

        /** The details the video will be created with (creating any missing owner, category, product). */
        public VideoDetails details() {
            fillDefaults();
            return new VideoDetails(new Title(title != null ? title : "Video " + next()), "", new Tags(tags),
                    category.id(), product.id(), additional.stream().map(ProductRef::id).toList());
        }

        public Video create() {
            var details = details();
            var n = next();
            var file = type == ContentType.VIDEO ? new MediaRef("videos/clip-" + n + ".mp4")
                    : new MediaRef("images/picture-" + n + ".jpg");
            var video = ports.videos().create(new NewVideo(owner.id(), Media.of(type, file), Optional.empty(),
                    details), at);
            if (!active) {
                ports.videos().setActive(video.id(), false);
                return ports.videos().findById(video.id()).orElseThrow();
            }
            return video;
        }

        private void fillDefaults() {
            if (owner == null) {
                owner = aUser();
            }
            if (category == null) {
                category = aCategory();
            }
            if (product == null) {
                product = aProduct(owner);
            }
        }
    }
}
