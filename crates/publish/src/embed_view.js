// An embedded view (/embed/…, the pages public/embed.js frames into intranet pages) without
// the app: the view is pre-rendered, so this script only does what its frame needs. It keeps
// links to the same page in the frame, and with `links=frame` a link to another view (or the
// register's filters) too (every other link follows the page's <base target="_top">); shows the `count` of latest
// posts asked for; and tells the page around it its height, but only a page on an allowed
// origin (the same protocol as the app's: src/platform/browser/embed.rs).
// Loaded by the start gate (start_gate.js) on pages marked <meta name="app-load" content="embed">;
// written into the build by the publish step, which puts the site's embed allowlist (the same
// list as its frame-ancestors) in place of @EMBED_ORIGINS@.
const allowedOrigins = @EMBED_ORIGINS@;
// What the frame itself is told in its address, which says nothing of what the view shows.
const FRAME_SETTINGS = ["frame", "links", "count", "height"];
const LATEST_DEFAULT = 5;
const LATEST_MAX = 10;

const query = new URLSearchParams(location.search);
const baseMeta = document.querySelector('meta[name="app-base"]');
const base = baseMeta ? baseMeta.content : "/";

const decoded = (text) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/** The address's path within the site (`/embed/latest/`), or null outside it. */
function sitePath(pathname) {
  return pathname.startsWith(base) ? "/" + pathname.slice(base.length) : null;
}

/** The query's parameters that choose what a view shows (a theme, a phase), in one order. */
function viewParameters(search) {
  return [...new URLSearchParams(search)]
    .filter(([name]) => !FRAME_SETTINGS.includes(name))
    .map(([name, value]) => `${name}=${value}`)
    .sort()
    .join("&");
}

/** Whether the page was rendered for the view this address asks for. */
function renderedForHere() {
  let page;
  try {
    page = JSON.parse(document.getElementById("app-hydration").textContent).page;
  } catch {
    return false;
  }
  if (typeof page !== "string") return false;
  const [path, search = ""] = page.split("?");
  const here = sitePath(location.pathname);
  return here !== null && decoded(here) === decoded(path) && viewParameters(search) === viewParameters(location.search);
}

/** How many latest posts the address asks for, as the app reads it (routes/embed.rs). */
function latestCount() {
  const asked = query.get("count");
  // Rust's u32 parse: digits, an optional "+", nothing else.
  const number = asked !== null && /^\+?\d{1,10}$/.test(asked) ? Number(asked) : NaN;
  const count = number <= 0xffffffff ? number : LATEST_DEFAULT;
  return Math.min(Math.max(count, 1), LATEST_MAX);
}

/** The page renders the most it may show, all but the default hidden: keep what was asked. */
function showLatestCount() {
  const count = latestCount();
  document.querySelectorAll(".app-embed .app-post-list > li").forEach((item, index) => {
    if (index < count) item.hidden = false;
    else item.remove();
  });
}

/** The embed view of a page of the full site, as the app maps it (EmbedView::for_route). */
function viewOf(url) {
  if (url.origin !== location.origin) return null;
  const path = sitePath(url.pathname);
  if (path === null) return null;
  if (/^\/(page\/\d+\/)?$/.test(path)) return `/embed/latest/?count=${LATEST_DEFAULT}`;
  const post = /^\/(\d{4}\/\d{2}\/\d{2}\/[^/]+\/)$/.exec(path);
  if (post) return `/embed/${post[1]}`;
  const theme = /^\/themes\/([^/]+\/)(page\/\d+\/)?$/.exec(path);
  if (theme) return `/embed/themes/${theme[1]}`;
  if (path === "/projects/") {
    const filter = new URLSearchParams();
    for (const name of ["theme", "phase"]) {
      const value = url.searchParams.get(name);
      if (value) filter.set(name, value);
    }
    const search = filter.toString();
    return "/embed/projects/" + (search ? `?${search}` : "");
  }
  return null;
}

/** `view` (a site path) as an address in this frame, keeping the frame's own settings. */
function inFrame(view) {
  const url = new URL(base + view.slice(1), location.origin);
  for (const name of ["frame", "links"]) {
    const value = query.get(name);
    if (value !== null) url.searchParams.set(name, value);
  }
  return url.href;
}

function followLinks() {
  const linksInFrame = query.get("links") === "frame";
  document.addEventListener("click", (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
    if (!link) return;
    const href = link.getAttribute("href");
    // <base target="_top"> would take a link to a part of this page out of the frame.
    if (href.startsWith("#")) {
      event.preventDefault();
      location.hash = href;
      return;
    }
    const view = linksInFrame ? viewOf(new URL(link.href)) : null;
    if (view) {
      event.preventDefault();
      location.assign(inFrame(view));
    }
  });
  // The register's filter form, a plain GET form to the full register: with `links=frame` the
  // filtered view stays in the frame too (otherwise <base target="_top"> sends it out).
  document.addEventListener("submit", (event) => {
    const form = event.target;
    if (!linksInFrame || event.defaultPrevented || !(form instanceof HTMLFormElement)) return;
    if (form.method !== "get") return;
    const url = new URL(form.action);
    for (const [name, value] of new FormData(form)) {
      if (typeof value === "string" && value) url.searchParams.set(name, value);
    }
    const view = viewOf(url);
    if (view) {
      event.preventDefault();
      location.assign(inFrame(view));
    }
  });
}

/**
 * Whether `origin` is the blog's own or matches the allowlist: embed_origins::origin_allowed
 * (crates/core/src/embed_origins.rs) in JavaScript, held to the same cases by
 * tests/e2e/embed.spec.mjs.
 */
export function originAllowed(origin) {
  return origin === location.origin || allowedOrigins.some((pattern) => originMatches(origin, pattern));
}

function splitPort(hostPort) {
  const at = hostPort.lastIndexOf(":");
  if (at > 0 && !hostPort.slice(at + 1).includes("]")) return [hostPort.slice(0, at), hostPort.slice(at + 1)];
  return [hostPort, null];
}

export function originMatches(origin, pattern) {
  const o = origin.split("://");
  const p = pattern.replace(/\/+$/, "").split("://");
  if (o.length < 2 || p.length < 2 || o[0] !== p[0]) return false;
  const [host, port] = splitPort(o.slice(1).join("://"));
  const [patternHost, patternPort] = splitPort(p.slice(1).join("://"));
  if (!(patternPort === "*" || patternPort === port)) return false;
  if (patternHost.startsWith("*.")) {
    const domain = patternHost.slice(2);
    const sub = host.endsWith(domain) ? host.slice(0, host.length - domain.length) : "";
    return sub.length > 1 && sub.endsWith(".");
  }
  return host.toLowerCase() === patternHost.toLowerCase();
}

/** The origin of the page the view is framed in, if it is framed. */
function parentOrigin() {
  if (window.parent === window) return null;
  // Chromium and Safari name it; elsewhere the referrer is the embedding page.
  const ancestors = location.ancestorOrigins;
  if (ancestors && ancestors.length > 0) return ancestors[0];
  try {
    return new URL(document.referrer).origin;
  } catch {
    return null;
  }
}

function reportHeight() {
  const origin = parentOrigin();
  const view = document.querySelector(".app-embed");
  if (!origin || !view || !originAllowed(origin)) return;
  const frame = query.get("frame") || "";
  const send = () => {
    const height = Math.ceil(view.getBoundingClientRect().height);
    window.parent.postMessage({ type: "blog-embed:height", frame, height }, origin);
  };
  new ResizeObserver(send).observe(view);
  // Back to this view from another in the frame: its size has not changed, the frame's has.
  addEventListener("pageshow", (event) => event.persisted && send());
}

/**
 * Sets the view up without the app and says so (`true`); `false` where this page is not the
 * view the address asks for (the app renders that one).
 */
export function standsAlone() {
  if (!renderedForHere()) return false;
  if (/^\/embed\/latest\/$/.test(sitePath(location.pathname) || "")) showLatestCount();
  followLinks();
  reportHeight();
  document.documentElement.setAttribute("data-app", "embed-view");
  return true;
}
