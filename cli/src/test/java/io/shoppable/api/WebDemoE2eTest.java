package io.shoppable.api;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web demo end to end in headless Chromium: {@code e2e/demo.mjs} (playwright-core) uploads a clip the
 * browser records, scrolls the feed (the clip plays, the collection is a carousel), likes, adds to cart and
 * comments, and checks that the page and the API agree; it saves
 * {@code docs/demo-screenshot.png}. {@code .ci/run} installs Chromium and the e2e packages first, so in CI
 * it always runs; on a machine without them it is skipped and says why.
 */
class WebDemoE2eTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path SCRIPT = ROOT.resolve("e2e/demo.mjs");
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    private static final String[][] POSTS = {
            {"Linen summer dress", "#e07a5f"}, {"Noise-cancelling earbuds", "#3d405b"},
            {"Oak side table", "#81b29a"}, {"Trail running shoes", "#f2cc8f"}, {"Ceramic pour-over set", "#6d597a"},
            {"Wool beanie", "#b56576"}, {"Smart desk lamp", "#355070"}, {"Sourdough starter kit", "#e9c46a"},
    };

    @TempDir
    Path media;

    private ApiTestServer api;
    private String seller;

    @BeforeEach
    void start_the_service_in_demo_mode_with_a_catalogue() {
        assumeTrue(Files.isExecutable(CHROMIUM), "skipped: no Chromium at " + CHROMIUM
                + " (apt-get install chromium, or run .ci/run)");
        assumeTrue(Files.isDirectory(ROOT.resolve("e2e/node_modules/playwright-core")),
                "skipped: e2e packages missing (cd e2e && npm ci, or run .ci/run)");
        assumeTrue(nodeWorks(), "skipped: node is not on the PATH");
        api = ApiTestServer.inDemoMode(media);
        seller = api.token(7, "studio");
        for (int i = 0; i < POSTS.length; i++) {
            long product = api.createProduct(seller, POSTS[i][0], (19 + i) + ".90", 50);
            api.upload(seller, Multipart.form()
                    .field("content_type", "IMAGE")
                    .field("title", POSTS[i][0])
                    .field("category", Long.toString(1 + i % 4))
                    .field("product_id", Long.toString(product))
                    .file("image_file", "post" + i + ".png", "image/png", poster(POSTS[i][0], POSTS[i][1])));
        }
        long lookbook = api.createProduct(seller, "Autumn lookbook", "49.00", 10);
        long collection = api.upload(seller, Multipart.form()
                .field("content_type", "COLLECTION")
                .field("title", "Autumn lookbook")
                .field("category", "1")
                .field("product_id", Long.toString(lookbook))
                .file("image_file", "cover.png", "image/png", poster("Autumn lookbook", "#bc6c25"))).get("id").asLong();
        for (int i = 1; i <= 2; i++) {
            var item = api.postMultipart("/api/v1/shoppable-videos/" + collection + "/add-item/", Multipart.form()
                    .field("order", Integer.toString(i))
                    .file("file", "look" + i + ".png", "image/png", poster("Look " + i, "#dda15e")), seller);
            assertThat(item.status()).as(item.toString()).isEqualTo(201);
        }
    }

    @AfterEach
    void stop() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void a_visitor_scrolls_likes_adds_to_cart_and_comments_and_the_page_agrees_with_the_api() throws Exception {
        var screenshot = ROOT.resolve("docs/demo-screenshot.png");
        var browserRun = new ProcessBuilder("node", SCRIPT.toString(), api.url(""), screenshot.toString())
                .directory(ROOT.resolve("e2e").toFile())
                .redirectErrorStream(true);
        browserRun.environment().put("SELLER_TOKEN", seller);
        var process = browserRun.start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            process.destroyForcibly();
        }

        assertThat(finished).as("the browser run finished in time: " + output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("\"cart\":1").contains("\"carouselImages\":3").contains("\"played\":");
        assertThat(screenshot).isRegularFile();
        assertThat(api.sql(Long.class, "SELECT count(*) FROM video_likes")).isEqualTo(1);
    }

    private static boolean nodeWorks() {
        try {
            var node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            return node.waitFor(10, TimeUnit.SECONDS) && node.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A small poster with the product's name on a colour: a real PNG the browser can show. */
    private static byte[] poster(String title, String colour) {
        var image = new BufferedImage(360, 640, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.decode(colour));
        graphics.fillRect(0, 0, 360, 640);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setColor(Color.WHITE);
        graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 26));
        graphics.drawString(title, 24, 300);
        graphics.dispose();
        var bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
