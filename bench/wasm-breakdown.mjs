// The release wasm by crate: reads `twiggy top --format csv` of the wasm built with its names
// kept (scripts/bench makes it: the same wasm-opt -Oz as Trunk, plus -g) and adds up each item's
// bytes under the crate its name starts with. Run by scripts/bench.
//
//   node bench/wasm-breakdown.mjs TWIGGY.csv OUT.json
//
// Attribution, as cargo-bloat does it, by the first `crate::` path in the demangled name:
// `<T as tachys::view::Render>::build` is tachys, `<alloc::vec::Vec<T> as Drop>::drop` is alloc;
// drop glue (`core::ptr::drop_in_place<X>`) goes to X's crate, since X's fields are what it
// drops. Code without a Rust name (wasm-bindgen's shims, imports' adapters) is "[glue]", data
// segments "[data]", the import and export entries "[imports and exports]", the module's own
// tables, types and headers "[structure]". The names
// section is left out: it is there only for this breakdown and is not in the shipped wasm.
import { readFileSync, writeFileSync } from "node:fs";

const [input, output] = process.argv.slice(2);

/** RFC 4180 rows: quoted fields with "" for a quote, as twiggy writes them. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\n") { row.push(field); rows.push(row); row = []; field = ""; }
    else if (c !== "\r") field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

function crateOf(name) {
  if (/ subsection$|^name section/.test(name)) return null;
  if (name.startsWith("data segment")) return "[data]";
  if (/^(import|export) /.test(name)) return "[imports and exports]";
  const glue = name.match(/^core::ptr::drop_in_place<(.*)>::h[0-9a-f]+$/);
  const inner = glue ? glue[1].replace(/^&(mut )?/, "") : name;
  const path = inner.match(/([A-Za-z_][A-Za-z0-9_]*)(?:\[[0-9a-f]+\])?::/);
  if (path) return path[1];
  if (/^(type|table|memory|global|elem|func|export|import)\b|section|magic bytes|^code\[/.test(name)) return name.startsWith("code[") ? "[glue]" : "[structure]";
  return "[glue]";
}

const [header, ...rows] = parseCsv(readFileSync(input, "utf8")).filter((r) => r.length > 1);
const nameAt = header.indexOf("Name");
const sizeAt = header.indexOf("ShallowSize");
const crates = new Map();
let total = 0;
for (const row of rows) {
  const crate = crateOf(row[nameAt]);
  const bytes = Number(row[sizeAt]);
  if (crate == null || !Number.isFinite(bytes)) continue;
  total += bytes;
  const entry = crates.get(crate) || { crate, bytes: 0, items: 0 };
  entry.bytes += bytes;
  entry.items += 1;
  crates.set(crate, entry);
}
const list = [...crates.values()].sort((a, b) => b.bytes - a.bytes).map((c) => ({ ...c, percent: (100 * c.bytes) / total }));
const result = { total_bytes: total, crates: list };
writeFileSync(output, JSON.stringify(result, null, 2) + "\n");
console.log(list.slice(0, 25).map((c) => `${String(c.bytes).padStart(9)}  ${c.percent.toFixed(1).padStart(5)}%  ${c.crate}`).join("\n"));
console.log(`${String(total).padStart(9)}  total (without the names section)`);
