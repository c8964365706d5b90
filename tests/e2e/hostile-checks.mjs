// What every hostile-content test checks (hostile.spec.mjs for the Markdown source,
// wordpress-hostile.spec.mjs for WordPress): no dialog, no window.__pwned, and nothing in the
// page that could run script.
import { expect } from "./fixtures.mjs";

/** Records every dialog the page opens (and dismisses it). */
export async function watchForScript(page) {
  const dialogs = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return dialogs;
}

/** Everything in the page that could run script. */
export async function dangers(page) {
  return page.evaluate(() => {
    const found = [];
    const scriptUrl = /^\s*(javascript|vbscript|data(?!:image\/(png|jpeg|gif|webp);base64,)):/i;
    for (const element of document.body.querySelectorAll("*")) {
      for (const attribute of element.attributes) {
        if (attribute.name.toLowerCase().startsWith("on")) {
          found.push(`${element.tagName} has ${attribute.name}`);
        }
        if (["href", "src", "action", "formaction", "srcdoc", "data", "xlink:href"].includes(attribute.name.toLowerCase()) && scriptUrl.test(attribute.value)) {
          found.push(`${element.tagName} ${attribute.name}=${attribute.value.slice(0, 40)}`);
        }
        if (attribute.name === "style" && /url\s*\(|expression/i.test(attribute.value)) {
          found.push(`${element.tagName} style=${attribute.value.slice(0, 40)}`);
        }
      }
      // The app's own forms (search, project filters, comments) are allowed; their actions are
      // checked above.
      if (["SCRIPT", "IFRAME", "OBJECT", "EMBED", "BASE", "META", "LINK", "STYLE", "FORM"].includes(element.tagName)
          && !element.matches("form.app-search, form.app-project-filters, form.app-comment-form__form")) {
        found.push(`a ${element.tagName} element`);
      }
    }
    return found;
  });
}

/**
 * Nothing ran and nothing that could run is in the page. First gives whatever might fire the
 * chance to: every image has loaded or failed (onerror, onload), two frames have been drawn
 * (autofocus, toggle, animation events), and the pointer has crossed the page (hover handlers).
 */
export async function expectInert(page, dialogs) {
  await page.waitForFunction(() => [...document.images].every((image) => image.complete));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.mouse.move(200, 300);
  await page.mouse.move(400, 600);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(await dangers(page)).toEqual([]);
}
