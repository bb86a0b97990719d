package io.shoppable.cli;

import io.shoppable.domain.user.UserId;
import io.shoppable.persistence.evaluation.JdbiMarketplaceStore;
import io.shoppable.recommendation.evaluation.MarketplaceGenerator;
import io.shoppable.recommendation.evaluation.MarketplaceStore;
import org.jdbi.v3.core.Jdbi;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;

/**
 * {@code serve --demo}: the evaluation's synthetic marketplace (decision D45) loaded into the data dir,
 * once: 300 shoppers, 75 creators with a product each, 600 image posts with tiny generated images, and
 * the shoppers' likes, saves, views, watches, cart adds and follows, so the feed has something to learn
 * from. A second start finds the first creator and loads nothing.
 */
final class DemoData {

    static final int SHOPPERS = 300;
    static final long SEED = 42;
    private static final int SIZE = 32;

    private DemoData() {
    }

    /** @return the number of videos loaded, 0 when the demo data was there already */
    static int load(Jdbi jdbi, Path mediaDir, Instant now, PrintWriter err) {
        var store = new JdbiMarketplaceStore(jdbi);
        if (store.holdsUser(new UserId(MarketplaceGenerator.FIRST_ID))) {
            return 0;
        }
        var marketplace = new MarketplaceGenerator(new SplittableRandomSource()).generate(store.activeCategories(),
                SHOPPERS, MarketplaceEvaluation.HISTORY, MarketplaceEvaluation.HELD_OUT, now, SEED);
        var files = new ArrayList<String>();
        var images = new HashMap<Long, String>();
        for (var video : marketplace.videos()) {
            long category = video.category().value();
            files.add(images.computeIfAbsent(category, id -> image(mediaDir, id)));
        }
        var bar = new ProgressBar(err, "loading demo marketplace");
        bar.total(MarketplaceStore.rows(marketplace));
        store.load(marketplace, files, bar::update);
        bar.done();
        return marketplace.videos().size();
    }

    /** A small solid PNG per category, its colour from the category id. */
    private static String image(Path mediaDir, long category) {
        var name = "images/demo-category-" + category + ".png";
        var file = mediaDir.resolve(name);
        try {
            Files.createDirectories(file.getParent());
            var image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
            var colour = Color.getHSBColor((category * 0.13f) % 1f, 0.55f, 0.9f).getRGB();
            for (int x = 0; x < SIZE; x++) {
                for (int y = 0; y < SIZE; y++) {
                    image.setRGB(x, y, colour);
                }
            }
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return name;
    }
}
