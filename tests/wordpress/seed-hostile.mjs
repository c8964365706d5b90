// Hostile content for tests/e2e/wordpress-hostile.spec.mjs, written through WordPress's REST
// API by seed.mjs: every payload of tests/hostile-payloads.json (the list the Markdown tests
// use) in post titles, excerpts and bodies, tag, category and author names, and comment
// bodies and commenter names. All of it sits in the category `hostile`, which the test site's
// plugin (blog-reader-tests.php) leaves out of every answer unless the request asks for it,
// so the other WordPress tests see the site they were written for.
import { readFileSync } from "node:fs";

const PAYLOADS = JSON.parse(readFileSync(new URL("../hostile-payloads.json", import.meta.url), "utf8"));
const at = (i) => PAYLOADS[i % PAYLOADS.length];
/** `count` payloads from the `start`th, one after another. */
const run = (start, count) => Array.from({ length: count }, (_, i) => at(start + i)).join(" ");

export const HOSTILE_POSTS = 12;

/** Seeds the hostile posts; `call(path, body)` posts to the API as the editor. */
export async function seedHostile(call) {
  const hidden = await call("categories", { name: at(0), slug: "hostile" });
  const categories = [];
  for (let i = 0; i < 6; i++) {
    categories.push(await call("categories", { name: at(10 + i), slug: `hostile-category-${i}` }));
  }
  const tags = [];
  for (let i = 0; i < PAYLOADS.length; i++) {
    tags.push(await call("tags", { name: at(i), slug: `hostile-tag-${i}` }));
  }
  const authors = [];
  for (let i = 0; i < 6; i++) {
    authors.push(
      await call("users", {
        username: `hostile${i}`,
        slug: `hostile-author-${i}`,
        name: at(20 + i),
        email: `hostile${i}@example.org`,
        password: `not-a-real-password-${i}-x`,
        roles: ["author"],
      }),
    );
  }
  const body = PAYLOADS.map((payload) => `<p>${payload}</p>\n${payload}`).join("\n\n");
  const posts = [];
  for (let i = 0; i < HOSTILE_POSTS; i++) {
    posts.push(
      await call("posts", {
        // Newest of all, from January 2016: first on the home page for the hostile tests.
        date_gmt: `2016-${String(i + 1).padStart(2, "0")}-10T09:30:00`,
        status: "publish",
        slug: `hostile-post-${i}`,
        title: run(i * 5, 5),
        excerpt: run(i * 5 + 30, 5),
        content: `<p>Hostile post ${i}.</p>\n${body}`,
        author: authors[i % authors.length].id,
        categories: [hidden.id, categories[i % categories.length].id],
        tags: tags.slice((i * 5) % PAYLOADS.length, (i * 5) % PAYLOADS.length + 5).map((t) => t.id),
      }),
    );
  }
  // Every payload as a comment, and as a commenter's name, on the newest hostile post.
  const commented = posts[posts.length - 1];
  const comments = [];
  for (const [i, payload] of PAYLOADS.entries()) {
    comments.push(
      await call("comments", {
        post: commented.id,
        parent: i % 3 === 2 ? comments[i - 1].id : 0,
        author_name: at(i + 7),
        author_email: `commenter${i}@example.org`,
        status: "approved",
        date_gmt: `2016-12-11T08:${String(i).padStart(2, "0")}:00`,
        content: `${payload}\n\nSee https://example.org/ok and ${payload}`,
      }),
    );
  }
  return { posts, comments, commented };
}
