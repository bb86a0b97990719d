// Drives the web demo in headless Chromium: scrolls the feed, likes, adds to cart, comments, and checks
// that what the page shows agrees with the REST API. Usage: node demo.mjs <base-url> <screenshot.png>
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [base, screenshot] = process.argv.slice(2);
if (!base || !screenshot) {
  console.error("usage: node demo.mjs <base-url> <screenshot.png>");
  process.exit(2);
}
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
const profile = mkdtempSync(join(tmpdir(), "shoppable-e2e-"));

function check(condition, message) {
  if (!condition) throw new Error("check failed: " + message);
}

async function api(path, token) {
  const response = await fetch(base + path, { headers: token ? { Authorization: "Bearer " + token } : {} });
  check(response.ok, path + " answered " + response.status);
  return response.json();
}

const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  viewport: { width: 420, height: 820 },
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = context.pages()[0] || await context.newPage();
  const problems = [];
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(base + "/", { waitUntil: "domcontentloaded" });

  await page.waitForSelector("[data-testid=card]");
  await page.waitForSelector(".chip[data-category]:not([data-category=''])");
  const chips = await page.locator(".chip").count();

  await page.click("#sign-in");
  await page.waitForFunction(() => document.querySelector("#sign-in").textContent.startsWith("@"));
  await page.waitForSelector("[data-testid=card]");
  const token = await page.evaluate(() => localStorage.getItem("shoppable.token"));
  check(token, "signing in stored a token");

  // Swipe down through the first page: the next one is fetched with the Link header's cursor.
  const firstPage = await page.locator("[data-testid=card]").count();
  for (let i = 0; i < firstPage + 1; i++) {
    await page.evaluate(() => document.querySelector("#feed").scrollBy(0, window.innerHeight));
    await page.waitForTimeout(250);
  }
  await page.waitForFunction((n) => document.querySelectorAll("[data-testid=card]").length > n, firstPage);
  const loaded = await page.locator("[data-testid=card]").count();
  // Scroll to the end of the feed: every video arrives once, and the collection shows as a carousel.
  for (let i = 0; i < 20 && await page.evaluate(() => {
    const feed = document.querySelector("#feed");
    return feed.scrollTop + feed.clientHeight < feed.scrollHeight - 2;
  }); i++) {
    await page.evaluate(() => document.querySelector("#feed").scrollBy(0, window.innerHeight));
    await page.waitForTimeout(250);
  }
  const ids = await page.$$eval("[data-testid=card]", (cards) => cards.map((card) => card.dataset.videoId));
  check(new Set(ids).size === ids.length, "no video shows twice");
  const carouselImages = await page.$$eval("[data-testid=card] .media", (all) =>
    Math.max(...all.map((media) => media.querySelectorAll("img").length)));
  check(carouselImages === 3, "the collection shows its cover and both items, not " + carouselImages);

  // Like the card in view and compare with the API.
  await page.evaluate(() => document.querySelector("#feed").scrollTo(0, 0));
  const card = page.locator("[data-testid=card]").first();
  const videoId = await card.getAttribute("data-video-id");
  await card.locator(".like").click();
  await page.waitForFunction((id) => document.querySelector(`[data-video-id="${id}"] .like`)
    .getAttribute("aria-pressed") === "true", videoId);
  const shownLikes = Number(await card.locator(".like-count").textContent());
  const video = await api(`/api/v1/shoppable-videos/${videoId}/`, token);
  check(video.is_liked === true, "the API agrees the video is liked");
  check(video.likes_count === shownLikes, `likes: page ${shownLikes}, API ${video.likes_count}`);

  // Add to cart and compare the badge with the API's cart.
  await card.locator(".add-to-cart").click();
  await page.waitForFunction(() => document.querySelector("#cart-count").textContent === "1");
  const cart = await api("/api/v1/cart/", token);
  check(cart.cart_item_count === 1, `cart: page 1, API ${cart.cart_item_count}`);

  // Comment, then read "why this video".
  await card.locator(".comments").click();
  await page.fill("#comment-text", "Where can I get this?");
  await page.click("#comment-form button[type=submit]");
  await page.waitForFunction(() => document.querySelector("#sheet-body").textContent.includes("Where can I get"));
  const comments = await api(`/api/v1/video-comments/?video_id=${videoId}`);
  check(comments.count === 1, "the API has the comment");
  await page.click("#sheet-close");
  await card.locator(".why").click();
  const why = await page.textContent("#sheet-body");
  check(why.length > 0, "why this video explains something");
  await page.click("#sheet-close");

  check(problems.length === 0, "no script errors: " + problems.join("; "));
  await page.screenshot({ path: screenshot });
  console.log(JSON.stringify({ chips, firstPage, loaded, total: ids.length, carouselImages, videoId,
    likes: shownLikes, cart: 1, why }));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
