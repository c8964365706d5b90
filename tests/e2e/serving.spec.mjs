// How the server sends the build: the brotli and gzip copies that the build writes beside each
// text file and the wasm (scripts/compress.mjs), chosen by the request's Accept-Encoding, with
// the file's own type. Asked with Node's http client, which sends exactly the headers given
// and leaves the body as it came. Run at the site's root and under a sub-path.
import { request as httpRequest } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { test, expect } from "./fixtures.mjs";

/** GET `url` with only `Accept-Encoding: encoding` (none if null): status, headers, raw body. */
function get(url, encoding) {
  return new Promise((resolve, reject) => {
    const headers = encoding == null ? {} : { "Accept-Encoding": encoding };
    httpRequest(url, { headers }, (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    }).on("error", reject).end();
  });
}

// An attribute's value in the (minified) page, quoted or not.
const attribute = (html, pattern) => new RegExp(pattern.replace("VALUE", `["']?([^"' >]+)["']?`)).exec(html)?.[1];

/** The app's files as the home page names them, through its start-up gate: the bindings, the wasm, the stylesheet. */
async function appFiles(siteURL) {
  const at = (path) => new URL(path, `${siteURL}/`).href;
  const home = (await get(at("./"), null)).body.toString();
  const start = attribute(home, `<script type=["']?module["']? src=VALUE`);
  const style = attribute(home, `<link href=VALUE[^>]*rel=["']?stylesheet`);
  expect(start && style, "the home page names its start script and stylesheet").toBeTruthy();
  // The page's script is the start-up gate; it imports Trunk's start-up code, which names them.
  const gate = (await get(at(start), null)).body.toString();
  const appStart = /const appStart = "([^"]+)"/.exec(gate)?.[1];
  expect(appStart, "the gate names the app's start-up code").toBeTruthy();
  const script = (await get(at(appStart), null)).body.toString();
  const bindings = /from ['"]([^'"]+\.js)['"]/.exec(script)?.[1];
  const wasm = /['"]([^'"]+_bg\.wasm)['"]/.exec(script)?.[1];
  expect(bindings && wasm, "the start script names the bindings and the wasm").toBeTruthy();
  return { bindings: at(bindings), wasm: at(wasm), style: at(style) };
}

test("the wasm is sent as brotli to a client that accepts it, as gzip to one that takes only gzip, and as it is otherwise", async ({ siteURL }) => {
  const url = (await appFiles(siteURL)).wasm;
  const plain = await get(url, null);
  expect(plain.status).toBe(200);
  expect(plain.headers["content-type"]).toBe("application/wasm");
  expect(plain.headers["content-encoding"]).toBeUndefined();
  expect(plain.body.subarray(0, 4)).toEqual(Buffer.from("\0asm"));
  expect(plain.headers["vary"]).toMatch(/Accept-Encoding/i);

  // What Chromium sends, then brotli alone: the build's .br copy.
  for (const asked of ["gzip, deflate, br, zstd", "br"]) {
    const br = await get(url, asked);
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"], `asked ${asked}`).toBe("br");
    // Streaming compilation needs the wasm's own type, whatever the encoding.
    expect(br.headers["content-type"]).toBe("application/wasm");
    expect(br.headers["vary"]).toMatch(/Accept-Encoding/i);
    expect(br.headers["cache-control"]).toBe(plain.headers["cache-control"]);
    expect(br.body.length).toBeLessThan(plain.body.length / 2);
    expect(brotliDecompressSync(br.body).equals(plain.body), "brotli decodes to the same wasm").toBe(true);
  }

  const gz = await get(url, "gzip");
  expect(gz.status).toBe(200);
  expect(gz.headers["content-encoding"]).toBe("gzip");
  expect(gz.headers["content-type"]).toBe("application/wasm");
  expect(gz.body.length).toBeLessThan(plain.body.length / 2);
  expect(gunzipSync(gz.body).equals(plain.body), "gzip decodes to the same wasm").toBe(true);
});

test("pages, scripts, styles and data come compressed too, each with its own type", async ({ siteURL }) => {
  const files = await appFiles(siteURL);
  for (const [url, type] of [
    [`${siteURL}/`, "text/html"],
    [files.bindings, "application/javascript"],
    [files.style, "text/css"],
    [`${siteURL}/data/site.json`, "application/json"],
    [`${siteURL}/sw.js`, "application/javascript"],
  ]) {
    const plain = await get(url, null);
    expect(plain.status, url).toBe(200);
    const br = await get(url, "br");
    expect(br.headers["content-encoding"], url).toBe("br");
    expect(br.headers["content-type"], url).toContain(type);
    expect(brotliDecompressSync(br.body).equals(plain.body), `${url}: brotli decodes to the file`).toBe(true);
  }
});
