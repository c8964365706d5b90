// Which saved pages the service worker serves: public/sw.js's own check, run in Node on pages
// as the publish step writes them (no browser). The offline tests show the outcome in a
// browser; this covers the pages a browser run would need two real builds to make.
import { readFileSync } from "node:fs";
import vm from "node:vm";
import { test, expect } from "./fixtures.mjs";

const SCOPE = "http://127.0.0.1:8080/intranet/strategy/";
const THIS_BUILD = ["shell.html", "start.1111.js", "app-1111.js", "app-1111_bg.wasm", "main-1111.css", "theme.1111.css"];

/** public/sw.js as the publish step stamps it for a build of `files`, loaded; its check. */
function workerCheck(files) {
  const source = readFileSync(new URL("../../public/sw.js", import.meta.url), "utf8")
    .replace("@BUILD@", "test")
    .replace("[/*@SHELL_FILES@*/]", JSON.stringify(files))
    .replace("@DATA_SCHEMA@", "1");
  const self = { registration: { scope: SCOPE }, addEventListener() {} };
  const sandbox = vm.createContext({ self, URL, Headers, Response, Number, Set, console });
  vm.runInContext(`${source}\nthis.check = startsWithThisBuild;`, sandbox);
  return (head) =>
    sandbox.check(
      new Response(`<!doctype html><html lang=en-GB>${head}<body><p>&lt;script src=/x.js&gt;</p></body></html>`),
      `${SCOPE}2014/10/10/a-post/`,
    );
}

test.describe("the worker's saved pages", () => {
  test.skip(({ sitePrefix }) => sitePrefix !== "/", "no server involved: once is enough");

  test("a pre-rendered page of this build is served; one of another build, or with nothing to start, is not", async () => {
    const check = workerCheck(THIS_BUILD);
    const at = (file) => `/intranet/strategy/${file}`;
    // As Trunk minifies it: unquoted attributes, integrity hashes, no <head> tag.
    const prerendered = (start, css = "main-1111.css") =>
      `<meta charset=utf-8><link href=${at(css)} integrity=sha384-ab+/c= rel=stylesheet>` +
      `<script type="module" src="${at(start)}"></script><link href=${at("favicon-9.svg")} rel=icon>` +
      `<link rel="stylesheet" href="${at("theme.1111.css")}"><link href="/intranet/strategy/feeds/blog.atom" rel="alternate">`;
    expect(await check(prerendered("start.1111.js"))).toBe(true);
    expect(await check(prerendered("start.2222.js"))).toBe(false);
    expect(await check(prerendered("start.1111.js", "main-2222.css"))).toBe(false);
    expect(await check(`<link rel=stylesheet href=${at("main-1111.css")}>`)).toBe(false);
    // A relative address is read against the page's.
    expect(await check(`<script type=module src=../../../../start.1111.js></script>`)).toBe(true);
  });
});
