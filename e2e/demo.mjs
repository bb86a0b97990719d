// Drives the web demo in headless Chromium: records a short clip in the browser and uploads it, then scrolls
// the feed (the clip plays), likes, adds to cart, comments, and checks that what the page shows agrees with
// the REST API. Usage: SELLER_TOKEN=... node demo.mjs <base-url> <screenshot.png>
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

// A 1.5 s, 64×64 VP8 clip of changing colours, recorded by the browser itself (no video files in the repo).
async function recordClip(page) {
  return page.evaluate(async () => {
    const canvas = Object.assign(document.createElement("canvas"), { width: 64, height: 64 });
    const paint = canvas.getContext("2d");
    const recorder = new MediaRecorder(canvas.captureStream(10),
      { mimeType: "video/webm;codecs=vp8", videoBitsPerSecond: 50000 });
    const chunks = [];
    recorder.ondataavailable = (event) => chunks.push(event.data);
    let frame = 0;
    const timer = setInterval(() => {
      paint.fillStyle = `hsl(${(frame++ * 25) % 360}, 70%, 50%)`;
      paint.fillRect(0, 0, 64, 64);
    }, 50);
    recorder.start();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const stopped = new Promise((resolve) => { recorder.onstop = resolve; });
    recorder.stop();
    await stopped;
    clearInterval(timer);
    return Array.from(new Uint8Array(await new Blob(chunks).arrayBuffer()));
  });
}

async function uploadClip(bytes, sellerToken) {
  const auth = { Authorization: "Bearer " + sellerToken };
  const product = await fetch(base + "/api/v1/products/", {
    method: "POST", headers: { ...auth, "Content-Type": "application/json" },
    body: JSON.stringify({ name: "Colour lamp", price: 29.9, stock: 5 }),
  });
  check(product.status === 201, "product created: " + product.status);
  const form = new FormData();
  form.append("content_type", "VIDEO");
  form.append("title", "Colour lamp in action");
  form.append("category", "2");
  form.append("product_id", String((await product.json()).id));
  form.append("video_file", new Blob([Uint8Array.from(bytes)], { type: "video/webm" }), "clip.webm");
  const video = await fetch(base + "/api/v1/shoppable-videos/", { method: "POST", headers: auth, body: form });
  check(video.status === 201, "clip uploaded: " + video.status + " " + await video.clone().text());
  return (await video.json()).id;
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
  check(process.env.SELLER_TOKEN, "SELLER_TOKEN names the seller who uploads the clip");
  const clipId = await uploadClip(await recordClip(page), process.env.SELLER_TOKEN);
  await page.reload({ waitUntil: "domcontentloaded" });

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

  // The clip plays once its card is in view.
  check(ids.includes(String(clipId)), "the uploaded clip is in the feed");
  await page.locator(`[data-video-id="${clipId}"]`).scrollIntoViewIfNeeded();
  await page.waitForFunction((id) => {
    const player = document.querySelector(`[data-video-id="${id}"] video`);
    return player && !player.paused && player.currentTime > 0.2;
  }, clipId, { timeout: 10000 });

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
  console.log(JSON.stringify({ chips, firstPage, loaded, total: ids.length, carouselImages, played: clipId, videoId,
    likes: shownLikes, cart: 1, why }));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
