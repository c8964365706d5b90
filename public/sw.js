// The blog's service worker: keeps the app shell and whatever a reader has opened readable
// offline. Plain JavaScript, no dependencies. The publish step writes it into every build with
// the @…@ values filled in (see crates/publish/src/worker.rs); a change to any shell file changes
// BUILD, so browsers install the new worker and the app offers the new version.
"use strict";

const BUILD = "@BUILD@";
/** The app shell, relative to the scope: the page shell, the hashed wasm, js and css, icons. */
const SHELL_FILES = [/*@SHELL_FILES@*/];
/** The data format this build reads: saved data in another format is never served to it. */
const DATA_SCHEMA = Number("@DATA_SCHEMA@");

const SCOPE = new URL(self.registration.scope);
// Cache names carry the scope, so two copies of the blog on one origin keep apart.
const OWN = `blog:${SCOPE.pathname}:`;
const SHELL_CACHE = `${OWN}shell:${BUILD}`;
const PAGES_CACHE = `${OWN}pages`;
const DATA_CACHE = `${OWN}data:${DATA_SCHEMA}`;
const KEEP = [SHELL_CACHE, PAGES_CACHE, DATA_CACHE];
const COMMENTS_TIMEOUT_MS = 3000;
// Every saved answer says when it was saved, and a saved page its title, for the app to show.
const SAVED_AT = "x-saved-at";
const PAGE_TITLE = "x-page-title";

// Each page served from its saved copy, to whether the network then answered for it: the
// app asks, since the browser is online and no event tells it the blog did not answer.
const PAGE_REFRESHES = new Map();

const inScope = (path) => new URL(path, SCOPE).href;
const SHELL_URLS = new Set(SHELL_FILES.map(inScope));
const SHELL_PAGE = inScope("shell.html");

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(SHELL_CACHE).then((cache) => cache.addAll([...SHELL_URLS])));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((n) => n.startsWith(OWN) && !KEEP.includes(n)).map((n) => caches.delete(n)),
      );
      await self.clients.claim();
      // The pages open when the worker arrived were loaded before it could keep them;
      // with them, the site's index, so that saved pages can be shown by the page shell.
      const windows = await self.clients.matchAll({ type: "window" });
      const urls = [...windows.map((client) => client.url), inScope("data/site.json")];
      await Promise.all(urls.map((url) => keep(url).catch(() => {})));
    })(),
  );
});

self.addEventListener("message", (event) => {
  const message = event.data || {};
  if (message.type === "skip-waiting") {
    self.skipWaiting();
  } else if (message.type === "reachable?" && event.ports[0]) {
    const refreshed = PAGE_REFRESHES.get(String(message.url)) || Promise.resolve(true);
    event.waitUntil(refreshed.then((reachable) => event.ports[0].postMessage({ reachable })));
  } else if (message.type === "save" && Array.isArray(message.urls)) {
    // The app asks for the pages a reader reaches in the app, which the browser did not load.
    event.waitUntil(Promise.all(message.urls.map((url) => keep(url).catch(() => {}))));
  }
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.pathname.includes("/wp-json/wp/v2/")) {
    // A WordPress source's answers (on its own origin): the network's if it answers in
    // time, else the copy saved when the reader last opened it, so what they read reads
    // offline too.
    event.respondWith(networkFirst(request, COMMENTS_TIMEOUT_MS).catch(() => fetch(request)));
    return;
  }
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return;
  const path = url.pathname.slice(SCOPE.pathname.length);
  let answer;
  if (SHELL_URLS.has(url.href)) {
    answer = cacheFirst(request, SHELL_CACHE);
  } else if (request.mode === "navigate" || isPage(path, request)) {
    answer = page(event, request);
  } else if (path.startsWith("data/comments/")) {
    answer = networkFirst(request, COMMENTS_TIMEOUT_MS);
  } else if (path === "data/offline.json" || (path.startsWith("data/") && request.cache === "reload")) {
    // What "save the whole blog" asks for, and its list, are wanted fresh.
    answer = networkFirst(request, 0);
  } else if (/\.[0-9a-f]{16}\.json$/.test(path) || path.startsWith("images/")) {
    // Named by their content: they never change.
    answer = cacheFirst(request, DATA_CACHE);
  } else if (path.startsWith("data/")) {
    answer = staleWhileRevalidate(event, request);
  } else {
    return;
  }
  // Whatever goes wrong in here, the reader gets what the network would have given.
  event.respondWith(answer.catch(() => fetch(request)));
});

/** A page of the site, as opposed to a file: an address ending in `/` or `.html`. */
function isPage(path, request) {
  return (path === "" || path.endsWith("/") || path.endsWith(".html")) && request.destination !== "image";
}

async function cacheFirst(request, cacheName) {
  const cache = await caches.open(cacheName);
  const saved = await cache.match(request);
  if (saved) return saved;
  const response = await fetch(request);
  // A server's fallback page in place of a missing file is not kept.
  const html = (response.headers.get("content-type") || "").includes("text/html");
  if (response.ok && !html) await cache.put(request, await stamp(response.clone()));
  return response;
}

/** Saved data at once, refreshed from the network for next time. */
async function staleWhileRevalidate(event, request) {
  const cache = await caches.open(DATA_CACHE);
  const saved = await cache.match(request);
  if (saved) {
    event.waitUntil(refresh(request, () => caches.open(DATA_CACHE), isJson).catch(() => {}));
    return saved;
  }
  const response = await fetch(request);
  if (response.ok && isJson(response)) await cache.put(request, await stamp(response.clone()));
  return response;
}

/**
 * Replaces a saved copy with the network's, if it is still saved when the answer comes: a
 * reader who cleared their saved pages meanwhile does not get them back.
 */
async function refresh(request, openCache, keep, isPageResponse = false) {
  const response = await fetch(request);
  const cache = await openCache();
  if (response.ok && keep(response) && (await cache.match(request))) {
    await cache.put(request.url, await stamp(response.clone(), isPageResponse));
  }
  return response;
}

/** The network's answer if it comes within `timeout` ms (0: however long it takes), else the saved one. */
async function networkFirst(request, timeout) {
  const cache = await caches.open(DATA_CACHE);
  const fresh = fetch(request).then(async (response) => {
    if (response.ok && isJson(response)) await cache.put(request, await stamp(response.clone()));
    return response;
  });
  const late = timeout > 0 ? new Promise((resolve) => setTimeout(resolve, timeout)) : new Promise(() => {});
  const first = await Promise.race([fresh.catch(() => null), late.then(() => null)]);
  if (first) return first;
  const saved = await cache.match(request);
  return saved || fresh;
}

/**
 * A page: its saved copy at once (refreshed for next time) when it belongs to this build;
 * otherwise the network; offline with no usable copy, the page shell, which renders the page
 * from saved data or says it is not available offline.
 */
async function page(event, request) {
  const pages = await caches.open(PAGES_CACHE);
  const saved = await pages.match(request);
  const usable = saved && (await startsWithThisBuild(saved, request.url));
  if (usable) {
    const isHtml = (response) => (response.headers.get("content-type") || "").includes("text/html");
    const refreshed = refresh(request, () => caches.open(PAGES_CACHE), isHtml, true).then(
      () => true,
      () => false,
    );
    PAGE_REFRESHES.set(request.url, refreshed);
    // Forgotten after a while: the question comes as soon as the app starts.
    refreshed.then(() => setTimeout(() => PAGE_REFRESHES.delete(request.url), 60000));
    event.waitUntil(refreshed);
    return saved;
  }
  try {
    return await fetchPage(request, pages);
  } catch (offline) {
    const shell = await caches.match(SHELL_PAGE);
    if (shell) return shell;
    throw offline;
  }
}

async function fetchPage(request, pages) {
  const response = await fetch(request);
  if (response.ok && (response.headers.get("content-type") || "").includes("text/html")) {
    await pages.put(request.url, await stamp(response.clone(), true));
  }
  return response;
}

/** Saves the page or data file at `url` unless it is saved already. */
async function keep(url) {
  const target = new URL(url, SCOPE);
  if (target.origin !== SCOPE.origin || !target.pathname.startsWith(SCOPE.pathname)) return;
  const path = target.pathname.slice(SCOPE.pathname.length);
  const page = isPage(path, { destination: "" });
  const cache = await caches.open(page ? PAGES_CACHE : DATA_CACHE);
  if (await cache.match(target.href)) return;
  if (page) {
    await fetchPage(new Request(target.href), cache);
  } else {
    const response = await fetch(target.href);
    if (response.ok && isJson(response)) await cache.put(target.href, await stamp(response));
  }
}

/**
 * Whether a saved page can start with this build: it names scripts and stylesheets, and each
 * is one of this build's shell files, which are cached. A page saved by an earlier build names
 * that build's files, which are gone. Not "names this build's wasm": a pre-rendered page loads
 * the app through the start-up script (`start.{hash}.js`, named by a hash of its code, which
 * names the wasm), so it never names the wasm, and such a page, however the reader arrived at
 * it, would never be served offline.
 */
async function startsWithThisBuild(response, pageUrl) {
  const html = await response.clone().text();
  const bodyAt = html.search(/<body[\s>]/i);
  const head = bodyAt < 0 ? html : html.slice(0, bodyAt);
  const needed = [];
  for (const [, name, attributes] of head.matchAll(/<(script|link)\b([^>]*)>/gi)) {
    const attribute = (wanted) => {
      const found = new RegExp(`(?:^|\\s)${wanted}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, "i").exec(attributes);
      return found ? decodeEntities(found[1] ?? found[2] ?? found[3]) : null;
    };
    const src = name.toLowerCase() === "script" ? attribute("src") : null;
    const rel = (attribute("rel") || "").toLowerCase().split(/\s+/);
    const stylesheet = name.toLowerCase() === "link" && rel.includes("stylesheet") ? attribute("href") : null;
    if (src || stylesheet) needed.push(new URL(src || stylesheet, pageUrl).href);
  }
  return needed.some((url) => url.endsWith(".js")) && needed.every((url) => SHELL_URLS.has(url));
}

function isJson(response) {
  return (response.headers.get("content-type") || "").includes("json");
}

/** A copy of `response` that says when it was saved (and, for a page, its title). */
async function stamp(response, isPageResponse = false) {
  const headers = new Headers(response.headers);
  headers.set(SAVED_AT, new Date().toISOString());
  const body = await response.blob();
  if (isPageResponse) {
    const title = /<title>([^<]*)<\/title>/.exec(await body.text());
    if (title) headers.set(PAGE_TITLE, encodeURIComponent(decodeEntities(title[1])));
  }
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

function decodeEntities(text) {
  const named = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return named[name.toLowerCase()] ?? whole;
  });
}
