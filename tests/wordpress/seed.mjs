// Seeds the tests' WordPress through its REST API: categories, tags, twelve posts (three
// pages of five), approved comments with a reply, and one post and one comment carrying
// hostile HTML; then, apart from those, the hostile posts of seed-hostile.mjs.
// Usage: node seed.mjs SITE_URL USER:APPLICATION_PASSWORD
import { seedHostile } from "./seed-hostile.mjs";

const [site, credentials] = process.argv.slice(2);
const auth = "Basic " + Buffer.from(credentials).toString("base64");

async function call(path, body) {
  const response = await fetch(`${site}/wp-json/wp/v2/${path}`, {
    method: "POST",
    headers: { authorization: auth, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST ${path}: HTTP ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

const strategy = await call("categories", { name: "Digital strategy", slug: "digital-strategy" });
const projects = await call("categories", { name: "Projects", slug: "projects" });
const openness = await call("tags", { name: "Openness", slug: "openness" });
const data = await call("tags", { name: "Data", slug: "data" });
// A tag outside ASCII, its slug made by WordPress: percent-encoded, and (without PHP's
// mbstring) with its capital letter kept: %d0%97%d0%b4…
const health = await call("tags", { name: "Здоровье" });

const topics = [
  ["Why we wrote a digital strategy", "A strategy gives the programme one direction: services built around the people who use them."],
  ["Five themes for the programme", "Every project in the programme answers to at least one of five themes."],
  ["Publishing more of our data", "Openness means publishing what we hold, in formats people can reuse."],
  ["Choosing what to build first", "We looked at the services with the most users and the most paper."],
  ["Learning from user research", "Watching people use a service tells us more than any survey."],
  ["Working in the open", "We now write about our projects while they are still being built."],
  ["Skills for a digital department", "Digital capability is a job for the whole department, not one team."],
  ["What assisted digital means", "Some people will always need help to use an online service, and they will get it."],
  ["Measuring what matters", "Each service reports its cost per transaction, completion rate and satisfaction."],
  ["Twenty-five projects, one programme", "The programme now has 25 live projects, from small tools to national systems."],
  ["A year of the strategy", "A look back at the first year: what went well and what we would change."],
];
const posts = [];
for (const [i, [title, lead]] of topics.entries()) {
  const month = String(i + 1).padStart(2, "0");
  posts.push(
    await call("posts", {
      title,
      status: "publish",
      date_gmt: `2015-${month}-10T09:30:00`,
      categories: [i % 3 === 0 ? projects.id : strategy.id],
      tags: i % 2 === 0 ? [openness.id, ...(i === 2 ? [health.id] : [])] : [data.id],
      excerpt: lead,
      content:
        `<p>${lead}</p>\n<h2>What we did</h2>\n<p>We met the teams, read the evidence and wrote ` +
        `down what we agreed. Read the <a href="https://www.gov.uk/">GOV.UK</a> guidance too.</p>\n` +
        `<ul><li>Talk to users early</li><li>Publish as we go</li></ul>\n` +
        `<blockquote><p>Digital by default, with help for those who need it.</p></blockquote>`,
    }),
  );
}

// An editor with unfiltered HTML pasted something dangerous: the reader must strip it.
const hostile = await call("posts", {
  title: "A post with pasted markup",
  status: "publish",
  date_gmt: "2015-12-10T09:30:00",
  categories: [strategy.id],
  content:
    `<p id="wp-safe">The safe part of this post.</p>` +
    `<script>window.__wpHacked = "script"</script>` +
    `<p><img src="data:," onerror="window.__wpHacked = 'onerror'" alt="pixel"></p>` +
    `<p><a id="wp-js-link" href="javascript:window.__wpHacked='link'">A bad link</a></p>` +
    `<p onclick="window.__wpHacked='click'" style="position:fixed;top:0">Styled</p>` +
    `<iframe src="https://example.org/"></iframe><form action="https://example.org/"><input name="x"></form>`,
});

const first = posts[0];
const a = await call("comments", {
  post: first.id, author_name: "Sam Reader", author_email: "sam@example.org", status: "approved",
  date_gmt: "2015-01-11T08:00:00", content: "Good to see the strategy written down.\n\nWill you publish the project list?",
});
await call("comments", {
  post: first.id, parent: a.id, author_name: "Editor", author_email: "editor@example.org",
  status: "approved", date_gmt: "2015-01-12T08:00:00", content: "Yes: it is on the projects page.",
});
await call("comments", {
  post: first.id, author_name: "<b>Mallory</b>", author_email: "m@example.org", status: "approved",
  date_gmt: "2015-01-13T08:00:00",
  content: `<script>window.__wpHacked = "comment"</script>Nice <img src=x onerror="window.__wpHacked='c2'">`,
});
const apart = await seedHostile(call);
console.log(`seeded ${posts.length + 1} posts (hostile: ${hostile.slug}) and 3 comments on ${first.slug}; ` +
  `apart, ${apart.posts.length} hostile posts and ${apart.comments.length} hostile comments`);
