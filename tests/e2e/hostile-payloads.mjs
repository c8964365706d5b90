// Content written to run script: each payload, if it ever ran, would set window.__pwned or open
// a dialog. The list is shared with the host test that pre-renders hostile content
// (crates/publish/tests/prerender.rs), so it lives in tests/hostile-payloads.json.
import { readFileSync } from "node:fs";

export const PAYLOADS = JSON.parse(readFileSync(new URL("../hostile-payloads.json", import.meta.url), "utf8"));
