// The web demo: a vertical, swipeable feed over the REST API. Plain browser JavaScript, no build step.
"use strict";

const API = "/api/v1";
const PAGE_SIZE = 5;

const state = {
  token: localStorage.getItem("shoppable.token"),
  username: localStorage.getItem("shoppable.username"),
  session: sessionStorage.getItem("shoppable.session") || newSessionId(),
  category: null,
  next: null,
  loading: false,
  seen: new Set(),
  viewed: new Set(),
  openVideo: null,
};
sessionStorage.setItem("shoppable.session", state.session);

const $ = (selector) => document.querySelector(selector);

function newSessionId() {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return "web-" + Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

async function call(path, options = {}) {
  const headers = { "X-Session-Id": state.session, ...(options.headers || {}) };
  if (state.token) headers.Authorization = "Bearer " + state.token;
  if (options.json !== undefined) {
    headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(options.json);
  }
  const response = await fetch(path, { method: options.method || "GET", headers, body: options.body });
  const text = await response.text();
  const body = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = new Error((body && body.detail) || response.statusText);
    error.status = response.status;
    throw error;
  }
  return { body, link: response.headers.get("Link") };
}

function toast(message) {
  const element = $("#toast");
  element.textContent = message;
  element.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { element.hidden = true; }, 2500);
}

function needsMember() {
  if (state.token) return true;
  toast("Sign in as a demo user first");
  return false;
}

// ---- sign in, cart ----

async function signIn() {
  try {
    const { body } = await call(API + "/demo/session", { method: "POST", json: {} });
    state.token = body.token;
    state.username = body.username;
    localStorage.setItem("shoppable.token", body.token);
    localStorage.setItem("shoppable.username", body.username);
    showIdentity();
    await refreshCart();
    await reloadFeed();
  } catch (error) {
    toast(error.status === 404 ? "Demo sign-in is off: start the service with serve --demo" : error.message);
  }
}

function showIdentity() {
  $("#sign-in").textContent = state.username ? "@" + state.username : "Sign in as demo user";
}

async function refreshCart() {
  if (!state.token) return;
  try {
    const { body } = await call(API + "/cart/");
    $("#cart-count").textContent = body.cart_item_count;
  } catch (error) {
    if (error.status === 401) signOut();
  }
}

function signOut() {
  state.token = null;
  state.username = null;
  localStorage.removeItem("shoppable.token");
  localStorage.removeItem("shoppable.username");
  showIdentity();
}

// ---- categories ----

async function loadCategories() {
  const { body } = await call(API + "/shoppable-video-categories/?limit=100");
  const chips = $("#chips");
  chips.replaceChildren(chip("For you", null));
  body.results.forEach((category) => chips.append(chip(category.name, category.id)));
}

function chip(label, id) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "chip";
  button.textContent = label;
  button.dataset.category = id === null ? "" : String(id);
  button.setAttribute("aria-pressed", String(state.category === id));
  button.addEventListener("click", () => {
    state.category = id;
    document.querySelectorAll(".chip").forEach((other) =>
      other.setAttribute("aria-pressed", String(other === button)));
    reloadFeed();
  });
  return button;
}

// ---- the feed ----

async function reloadFeed() {
  state.next = null;
  state.seen.clear();
  $("#feed").replaceChildren();
  $("#feed").scrollTop = 0;
  await loadPage(true);
}

async function loadPage(first) {
  if (state.loading || (!first && !state.next)) return;
  state.loading = true;
  try {
    let url = state.next;
    if (first) {
      url = API + "/shoppable-videos/?limit=" + PAGE_SIZE + (state.category ? "&category=" + state.category : "");
    }
    const { body, link } = await call(url);
    const match = link && link.match(/<([^>]+)>;\s*rel="next"/);
    state.next = match ? match[1] : null;
    body.filter((video) => !state.seen.has(video.id)).forEach((video) => {
      state.seen.add(video.id);
      $("#feed").append(card(video));
    });
    $("#empty").hidden = $("#feed").children.length > 0;
  } catch (error) {
    toast(error.message);
  } finally {
    state.loading = false;
  }
}

function card(video) {
  const element = $("#card-template").content.firstElementChild.cloneNode(true);
  element.dataset.videoId = video.id;
  element.querySelector(".media").append(...media(video));
  element.querySelector(".title").textContent = video.title;
  element.querySelector(".creator").textContent = video.creator ? at(video.creator.handle) : "";
  element.querySelector(".product").textContent = video.product
    ? video.product.name + " · " + Number(video.product.price).toFixed(2) : "";
  showLike(element, video.is_liked, video.likes_count);
  element.querySelector(".save").setAttribute("aria-pressed", String(video.is_saved));
  element.querySelector(".share-count").textContent = video.shares_count;
  element.querySelector(".like").addEventListener("click", () => like(element, video));
  element.querySelector(".save").addEventListener("click", () => save(element, video));
  element.querySelector(".share").addEventListener("click", () => share(element, video));
  element.querySelector(".add-to-cart").addEventListener("click", () => addToCart(video));
  element.querySelector(".comments").addEventListener("click", () => openComments(video));
  element.querySelector(".why").addEventListener("click", () => openWhy(video));
  watcher.observe(element);
  return element;
}

function media(video) {
  if (video.content_type === "VIDEO" && video.video_file) {
    const player = document.createElement("video");
    Object.assign(player, { src: video.video_file, muted: true, loop: true, playsInline: true });
    if (video.thumbnail) player.poster = video.thumbnail;
    return [player];
  }
  const files = [video.image_file, ...(video.items || []).map((item) => item.file)].filter(Boolean);
  return files.map((file) => {
    const image = document.createElement("img");
    image.src = file;
    image.alt = video.title;
    image.loading = "lazy";
    return image;
  });
}

function at(handle) {
  return handle.startsWith("@") ? handle : "@" + handle;
}

function showLike(element, liked, count) {
  element.querySelector(".like").setAttribute("aria-pressed", String(liked));
  element.querySelector(".like-count").textContent = count;
}

// Plays the video in view, pauses the others, counts a view once per card, and loads more near the end.
const watcher = new IntersectionObserver((entries) => {
  entries.forEach((entry) => {
    const player = entry.target.querySelector("video");
    if (entry.isIntersecting) {
      if (player) player.play().catch(() => {});
      const id = Number(entry.target.dataset.videoId);
      if (!state.viewed.has(id)) {
        state.viewed.add(id);
        call(API + "/shoppable-videos/" + id + "/view/", { method: "POST" }).catch(() => {});
      }
      if (entry.target === $("#feed").lastElementChild) loadPage(false);
    } else if (player) {
      player.pause();
    }
  });
}, { threshold: 0.6 });

// ---- actions ----

async function like(element, video) {
  if (!needsMember()) return;
  try {
    const { body } = await call(API + "/shoppable-videos/" + video.id + "/like/", { method: "POST" });
    showLike(element, body.liked, body.likes_count);
  } catch (error) { toast(error.message); }
}

async function save(element, video) {
  if (!needsMember()) return;
  try {
    const { body } = await call(API + "/shoppable-videos/" + video.id + "/save_video/", { method: "POST" });
    element.querySelector(".save").setAttribute("aria-pressed", String(body.saved));
    toast(body.saved ? "Saved" : "Removed from saved");
  } catch (error) { toast(error.message); }
}

async function share(element, video) {
  try {
    const { body } = await call(API + "/shoppable-videos/" + video.id + "/share/", { method: "POST" });
    element.querySelector(".share-count").textContent = body.shares_count;
    const url = location.origin + API + "/shoppable-videos/" + video.id + "/";
    if (navigator.share) {
      navigator.share({ title: video.title, url }).catch(() => {});
    } else if (navigator.clipboard) {
      navigator.clipboard.writeText(url).then(() => toast("Link copied"), () => toast(url));
    } else {
      toast(url);
    }
  } catch (error) { toast(error.message); }
}

async function addToCart(video) {
  if (!needsMember()) return;
  try {
    const { body } = await call(API + "/shoppable-videos/" + video.id + "/add_to_cart/", { method: "POST", json: {} });
    $("#cart-count").textContent = body.cart_item_count;
    toast(body.message);
  } catch (error) { toast(error.message); }
}

// ---- sheets: comments and "why this video" ----

function openSheet(title, video) {
  state.openVideo = video;
  $("#sheet-title").textContent = title;
  $("#sheet-body").replaceChildren();
  $("#sheet").hidden = false;
}

function paragraph(text) {
  const p = document.createElement("p");
  p.textContent = text;
  return p;
}

async function openComments(video) {
  openSheet("Comments", video);
  $("#comment-form").hidden = false;
  try {
    const { body } = await call(API + "/video-comments/?video_id=" + video.id + "&limit=50");
    const lines = body.results.flatMap((comment) => [comment, ...comment.replies]);
    $("#sheet-body").replaceChildren(...(lines.length
      ? lines.map((comment) => paragraph((comment.parent ? "↳ " : "") + comment.user_name + ": " + comment.text))
      : [paragraph("No comments yet.")]));
  } catch (error) { toast(error.message); }
}

async function postComment(event) {
  event.preventDefault();
  if (!needsMember() || !state.openVideo) return;
  const input = $("#comment-text");
  try {
    await call(API + "/video-comments/", { method: "POST", json: { video: state.openVideo.id, text: input.value } });
    input.value = "";
    await openComments(state.openVideo);
  } catch (error) { toast(error.message); }
}

// Shows the engine's explanation when the feed carries one, else what the card itself tells.
function openWhy(video) {
  openSheet("Why this video", video);
  $("#comment-form").hidden = true;
  const explained = video.explanation || video.why || video.reasons;
  const reasons = [];
  if (Array.isArray(explained)) {
    explained.forEach((reason) => reasons.push(typeof reason === "string" ? reason : JSON.stringify(reason)));
  } else if (explained && typeof explained === "object") {
    Object.entries(explained).forEach(([key, value]) => reasons.push(key.replace(/_/g, " ") + ": " + value));
  } else if (typeof explained === "string") {
    reasons.push(explained);
  } else {
    if (video.category_details) reasons.push("From " + video.category_details.name + ".");
    if (video.trend_score >= 0.5) reasons.push("Trending right now.");
    if (video.creator) reasons.push("By " + at(video.creator.handle) + ".");
    reasons.push("Ranked for you from your likes, saves, views and what you watch this session.");
  }
  $("#sheet-body").replaceChildren(...reasons.map(paragraph));
}

// ---- start ----

$("#sign-in").addEventListener("click", signIn);
$("#sheet-close").addEventListener("click", () => { $("#sheet").hidden = true; });
$("#comment-form").addEventListener("submit", postComment);
showIdentity();
Promise.all([loadCategories(), refreshCart()]).then(() => reloadFeed()).catch((error) => toast(error.message));
