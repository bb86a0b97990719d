package io.shoppable.domain.content;

import io.shoppable.domain.catalog.CategoryId;
import io.shoppable.domain.catalog.CategoryRepository;
import io.shoppable.domain.catalog.VideoCategory;
import io.shoppable.domain.creator.CreatorRepository;
import io.shoppable.domain.creator.CreatorService;
import io.shoppable.domain.product.ProductCatalog;
import io.shoppable.domain.product.ProductId;
import io.shoppable.domain.product.ProductRef;
import io.shoppable.domain.shared.Forbidden;
import io.shoppable.domain.shared.Invalid;
import io.shoppable.domain.shared.NotFound;
import io.shoppable.domain.shared.Page;
import io.shoppable.domain.shared.PageRequest;
import io.shoppable.domain.shared.Transactions;
import io.shoppable.domain.user.UserId;
import io.shoppable.domain.user.Viewer;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Use cases on shoppable videos: upload, look up, edit, take down, browse. */
public final class VideoService {

    private final VideoRepository videos;
    private final CategoryRepository categories;
    private final ProductCatalog products;
    private final CreatorService creatorService;
    private final CreatorRepository creators;
    private final Transactions tx;
    private final Clock clock;

    public VideoService(VideoRepository videos, CategoryRepository categories, ProductCatalog products,
                        CreatorService creatorService, CreatorRepository creators, Transactions tx, Clock clock) {
        this.videos = videos;
        this.categories = categories;
        this.products = products;
        this.creatorService = creatorService;
        this.creators = creators;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Stores a member's upload as a new active video. The uploader gets a creator profile on their first
     * upload, and their post count goes up by one.
     *
     * @throws Invalid on {@code product_id}, {@code additional_product_ids} or {@code category} when a
     *                 product or the category is unknown or inactive (all bad fields at once)
     */
    public Video upload(Viewer.Member member, VideoUpload upload) {
        return tx.inTransaction(() -> {
            requireUsable(upload.details());
            var profile = creatorService.ensureProfile(member);
            var video = videos.create(new NewVideo(member.id(), upload.media(), upload.thumbnail(), upload.details()),
                    clock.instant());
            creators.addPosts(profile.id(), 1);
            return video;
        });
    }

    /**
     * The video in any state, for its owner's and the engine's own use.
     *
     * @throws NotFound when unknown
     */
    public Video require(VideoId id) {
        return videos.findById(id).orElseThrow(() -> NotFound.of("Video", id));
    }

    /**
     * The video as {@code viewer} may see it: active, in an active category, not hidden by moderation, and its
     * primary product active and in stock (the rule every list applies, decision D41).
     * Its owner and admins also see it when it is taken down, hidden, or its category is inactive.
     *
     * @throws NotFound when unknown or not visible to the viewer
     */
    public Video requireVisible(Viewer viewer, VideoId id) {
        // One read in the common case; the owner's and admins' exceptions need the checks below.
        var visible = videos.findVisible(id);
        if (visible.isPresent()) {
            return visible.get();
        }
        var video = require(id);
        if (mayManage(viewer, video)) {
            return video;
        }
        boolean categoryActive = categories.findById(video.details().category()).map(VideoCategory::active)
                .orElse(false);
        // the same rule as every list's (persistence Visibility.VIDEO, decision D41)
        boolean productAvailable = products.findById(video.details().product())
                .map(product -> product.active() && product.stock() > 0).orElse(false);
        if (!video.active() || !categoryActive || !productAvailable || videos.isHidden(id)) {
            throw NotFound.of("Video", id);
        }
        return video;
    }

    /**
     * Adds an image or video to a collection's carousel; only the collection's owner may.
     *
     * @throws NotFound  when the video is unknown
     * @throws Forbidden when the viewer does not own it
     * @throws Invalid   on {@code content_type} when the video is not a {@code COLLECTION}
     */
    public CarouselItem addItem(Viewer viewer, VideoId id, NewCarouselItem item) {
        return tx.inTransaction(() -> {
            var video = require(id);
            if (!viewer.userId().map(video::isOwnedBy).orElse(false)) {
                throw new Forbidden("Only the owner may add items to a collection");
            }
            if (video.contentType() != ContentType.COLLECTION) {
                throw Invalid.field("content_type", "items can only be added to a COLLECTION");
            }
            return videos.addItem(id, item);
        });
    }

    /**
     * Replaces a video's details; its owner or an admin may.
     *
     * @throws NotFound  when the video is unknown
     * @throws Forbidden when the viewer is neither its owner nor an admin
     * @throws Invalid   as for {@link #upload} when a product or the category is unknown or inactive
     */
    public Video update(Viewer viewer, VideoId id, VideoDetails details) {
        return tx.inTransaction(() -> {
            requireManageable(viewer, require(id));
            requireUsable(details);
            return videos.updateDetails(id, details);
        });
    }

    /**
     * Deletes a video with its comments, likes and reports; its owner or an admin may. The owner's post
     * count goes down by one.
     *
     * @throws NotFound  when the video is unknown
     * @throws Forbidden when the viewer is neither its owner nor an admin
     */
    public void delete(Viewer viewer, VideoId id) {
        tx.run(() -> {
            var video = require(id);
            requireManageable(viewer, video);
            videos.delete(id);
            creators.findByUser(video.owner()).ifPresent(profile -> creators.addPosts(profile.id(), -1));
        });
    }

    /** Active videos in active categories that moderation does not hide, newest first, optionally in one category. */
    public Page<Video> listActive(Optional<CategoryId> category, PageRequest page) {
        return videos.listActive(category, page);
    }

    /**
     * A user's videos, newest first. The owner and admins see all of them, taken down or hidden ones too;
     * everyone else sees what the feed would show.
     */
    public Page<Video> listByOwner(Viewer viewer, UserId owner, PageRequest page) {
        boolean everything = viewer.isAdmin() || viewer.userId().map(owner::equals).orElse(false);
        return videos.listByOwner(owner, everything, page);
    }

    private static boolean mayManage(Viewer viewer, Video video) {
        return viewer.isAdmin() || viewer.userId().map(video::isOwnedBy).orElse(false);
    }

    private static void requireManageable(Viewer viewer, Video video) {
        if (!mayManage(viewer, video)) {
            throw new Forbidden("Only the owner or an admin may change this video");
        }
    }

    /** Checks that every product and the category exist and are active, naming every bad field at once. */
    private void requireUsable(VideoDetails details) {
        var errors = new LinkedHashMap<String, List<String>>();
        Map<ProductId, ProductRef> found = products.findAll(details.allProducts());
        if (!isActive(found.get(details.product()))) {
            errors.put("product_id", List.of("Product " + details.product() + " not found"));
        }
        var missing = details.additionalProducts().stream().filter(id -> !isActive(found.get(id))).toList();
        if (!missing.isEmpty()) {
            errors.put("additional_product_ids", List.of("Products not found: " + missing));
        }
        if (!categories.findById(details.category()).map(VideoCategory::active).orElse(false)) {
            errors.put("category", List.of("Category " + details.category() + " not found"));
        }
        if (!errors.isEmpty()) {
            throw new Invalid("Some fields are invalid", errors);
        }
    }

    private static boolean isActive(ProductRef product) {
        return product != null && product.active();
    }
}
