// Starts the app once the pre-rendered page has loaded and been painted: the page is complete
// without it, so reading never waits for the code. A reader who has asked to save data (Save-Data, or a
// connection of 2G or slower) gets no app on a reading page at all: its links are ordinary
// links to pre-rendered pages. A page that cannot work without the app says so
// (<meta name="app-load" content="eager">: search, offline), and a part of a page that needs
// it (data-app-on-use: the comment form) loads it when the reader first uses it. An embedded
// view (<meta name="app-load" content="embed">) is served by a small script of its own
// (embed_view.js) and gets the app only where the reader uses such a part.
// In a site built with the reading code (all but BLOG_READING=app builds), a reading page (none of
// those marks) starts that instead: its interactive parts, and moving between such pages,
// without the app (src/reading). Only on the page its copy was rendered for: a host may answer
// an address it has no page for with another page, which only the app can put right.
// Written into the build by the publish step (crates/publish/src/security.rs), which puts the
// addresses of Trunk's own start-up code, of the reading code's (the app's again where there is
// none) and of the embed script in place of @APP_START@, @READING_START@ and @EMBED_VIEW@.
const appStart = "@APP_START@";
const readingStart = "@READING_START@";
const embedView = "@EMBED_VIEW@";
let started = null;
// (Written for every browser that runs module scripts: no `??=`, which older ones cannot parse.)
// Where the reading code cannot be had, the app does its work.
const start = () =>
  started ||
  (started = readingPage()
    ? nothingNewer().then((same) =>
        same === true ? import(readingStart).catch(() => import(appStart)) : import(appStart),
      )
    : import(appStart));

// A site published from WordPress (<meta name="app-live">, crates/publish/src/live_check.rs):
// whether WordPress holds just what the site was published from. Only then is the page as
// WordPress would show it, and the reading code enough; otherwise the app starts, and its live
// refresh draws what changed. Resolves to true (the same), false (something differs) or null
// (a question went unanswered, or its answer could not be read): then too the app starts, as
// it always did, but a page the reading code has put in place stays (src/reading/navigator.rs).
function nothingNewer() {
  const live = document.querySelector('meta[name="app-live"]');
  if (!live) return Promise.resolve(true);
  const ask = (url, cache) =>
    fetch(url, { cache, credentials: "omit" }).then((answer) => {
      if (!answer.ok) throw new Error(url + " answered " + answer.status);
      return answer;
    });
  // What a question's answer says: how many there are, and the newest one's time.
  const held = (field) => (answer) =>
    answer.json().then((list) => ({
      total: Number(answer.headers.get("X-WP-Total")),
      newest: (list.length && list[0][field]) || "",
    }));
  const same = (published, now) => published.total === now.total && published.newest === now.newest;
  // A WordPress slower than this is not waited for: as for no answer.
  const tooSlow = new Promise((resolve) => setTimeout(() => resolve(null), 5000));
  const answered = Promise.all([
    ask(live.content, "no-cache").then((answer) => answer.json()),
    ask(live.getAttribute("data-posts"), "no-store").then(held("modified_gmt")),
    ask(live.getAttribute("data-comments"), "no-store").then(held("date_gmt")),
  ]).then(
    ([published, posts, comments]) => same(published.posts, posts) && same(published.comments, comments),
    () => null,
  );
  return Promise.race([answered, tooSlow]);
}
// The reading code asks the same after putting a page in place (src/reading/navigator.rs).
window.appNothingNewer = nothingNewer;

// Whether this is a reading page in view at the address its copy was rendered for.
function readingPage() {
  const data = document.getElementById("app-hydration");
  if (readingStart === appStart || !data || document.querySelector('meta[name="app-load"]')) return false;
  const page = /^\{"page":("(?:[^"\\]|\\.)*")/.exec(data.textContent.slice(0, 4096));
  const base = document.querySelector('meta[name="app-base"]');
  if (!page || !base) return false;
  try {
    const rendered = decodeURI(base.content.replace(/\/$/, "") + JSON.parse(page[1]));
    return rendered === decodeURI(location.pathname + location.search);
  } catch (error) {
    return false;
  }
}

// Loads the app when the reader first uses a part of the page that needs it.
function startOnUse() {
  // What the reader types while the app is on its way: the app starts with its own (empty)
  // state, so each field's text is given back to it once it has started.
  const typed = new Map();
  const within = (event) => event.target instanceof Element && event.target.closest("[data-app-on-use]");
  const remember = (event) => {
    if (within(event) && event.target.id) typed.set(event.target.id, event.target.value);
  };
  const giveBack = () => {
    document.removeEventListener("input", remember, true);
    for (const [id, value] of typed) {
      const field = document.getElementById(id);
      if (field && field.value !== value) {
        field.value = value;
        field.dispatchEvent(new Event("input", { bubbles: true }));
      }
    }
  };
  const use = (event) => {
    if (!within(event)) return;
    document.removeEventListener("focusin", use, true);
    document.removeEventListener("pointerdown", use, true);
    document.addEventListener("input", remember, true);
    if (event.target.id && "value" in event.target) typed.set(event.target.id, event.target.value);
    // After the app's first effects, which put its saved draft (or nothing) in the fields.
    start().then(() => setTimeout(giveBack, 0));
  };
  document.addEventListener("focusin", use, true);
  document.addEventListener("pointerdown", use, true);
}

// After the page's load (its images and styles are in, so its largest paint is done), and
// after the next frame: a frame callback runs just before a paint, and a task queued from
// it just after. Frames do not come in a hidden tab or an off-screen frame, hence the timer.
function startAfterPaint() {
  const afterPaint = () => {
    requestAnimationFrame(() => setTimeout(start, 0));
    setTimeout(start, 2000);
  };
  if (document.readyState === "complete") afterPaint();
  else addEventListener("load", afterPaint, { once: true });
}

const connection = navigator.connection;
const savingData =
  !!connection && (connection.saveData === true || /^(slow-)?2g$/.test(connection.effectiveType || ""));
// The page shell (a WordPress site read live, a post newer than the build, the worker's
// offline answer) has nothing in it until the app renders the page: it always starts the app.
const prerendered = document.getElementById("app-hydration") !== null;
const load = document.querySelector('meta[name="app-load"]');
const eager = !prerendered || (load && load.content === "eager");
const embedded = prerendered && load && load.content === "embed";

if (embedded) {
  // The embed script says whether this page shows the view its address asks for (a filter
  // the host has no page for needs the app to draw it).
  // If the script cannot be had or fails, the app does the view's work, as it can.
  import(embedView)
    .then((view) => view.standsAlone())
    .then((alone) => (alone ? startOnUse() : startAfterPaint()), startAfterPaint);
} else if (savingData && !eager) {
  startOnUse();
} else {
  startAfterPaint();
}
