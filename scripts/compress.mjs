// Writes FILE.br (brotli, quality 11) and FILE.gz (gzip, level 9) beside every text file and
// the wasm in a build, for the server to send as they are (nginx's brotli_static and
// gzip_static, Apache's rewrite rules in deploy/apache.conf): the highest levels, paid once on
// the host instead of on every request. Run by Trunk as the last post_build hook (Trunk.toml),
// so `trunk build --release` and `trunk serve` write the same files. Node's zlib only.
//
//   node scripts/compress.mjs DIR            every eligible file under DIR
//   node scripts/compress.mjs DIR FILE...    only these (paths under DIR), after a change
//
// A file under MIN_BYTES, or one that compression does not make at least 5% smaller, gets no
// copy, and a copy left from an earlier build of it is removed: a server would otherwise send
// the old contents. Each copy takes its file's modification time (Last-Modified agrees), which
// is also how a later run knows the copies are of these bytes: a file whose .br and .gz both
// carry its own modification time is left alone. An incremental publish (publish --state)
// keeps unchanged files' times and copies, so compressing after it redoes only what changed.
//
// Debug builds (Trunk sets TRUNK_PROFILE=debug: `trunk serve`, `trunk build` without
// --release) get the same copies with brotli at quality 5: their wasm is about 60 MB, which
// brotli 11 took 82 s to compress (1 s at quality 5), on every rebuild. Release builds, and
// this script run by hand, use 11.
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync, rmSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";

const TEXT = new Set(["html", "js", "mjs", "css", "json", "xml", "svg", "webmanifest", "txt", "atom", "rss", "map", "csv", "md"]);
const BINARY = new Set(["wasm"]);
const MIN_BYTES = 1024;
const BROTLI_QUALITY = process.env.TRUNK_PROFILE === "debug" ? 5 : zlib.constants.BROTLI_MAX_QUALITY;
const GAIN = 0.95;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

const [dir, ...only] = process.argv.slice(2);
if (!dir) {
  console.error("usage: node scripts/compress.mjs DIR [FILE...]");
  process.exit(2);
}

const extension = (file) => path.extname(file).slice(1).toLowerCase();
const eligible = (file) => TEXT.has(extension(file)) || BINARY.has(extension(file));

function walk(folder, found = []) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) walk(full, found);
    else if (entry.isFile() && eligible(entry.name)) found.push(full);
  }
  return found;
}

const files = only.length ? only.map((f) => path.join(dir, f)) : walk(dir);
const totals = { files: 0, raw: 0, br: 0, gz: 0, skipped: 0, current: 0 };

const sameTime = (a, b) => Math.floor(a.mtimeMs) === Math.floor(b.mtimeMs);
function upToDate(file, stat) {
  try {
    return sameTime(statSync(file + ".br"), stat) && sameTime(statSync(file + ".gz"), stat);
  } catch {
    return false;
  }
}

async function compress(file) {
  const stat = statSync(file);
  if (upToDate(file, stat)) {
    totals.current += 1;
    return;
  }
  const raw = readFileSync(file);
  const keep = (copy) => copy.length <= raw.length * GAIN;
  let br = null;
  let gz = null;
  if (raw.length >= MIN_BYTES) {
    [br, gz] = await Promise.all([
      brotli(raw, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
          [zlib.constants.BROTLI_PARAM_MODE]: BINARY.has(extension(file)) ? zlib.constants.BROTLI_MODE_GENERIC : zlib.constants.BROTLI_MODE_TEXT,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        },
      }),
      gzip(raw, { level: zlib.constants.Z_BEST_COMPRESSION }),
    ]);
  }
  for (const [suffix, copy] of [[".br", br], [".gz", gz]]) {
    if (copy && keep(copy)) {
      writeFileSync(file + suffix, copy);
      utimesSync(file + suffix, stat.atime, stat.mtime);
    } else {
      rmSync(file + suffix, { force: true });
    }
  }
  if (br && keep(br)) {
    totals.files += 1;
    totals.raw += raw.length;
    totals.br += br.length;
    totals.gz += gz && keep(gz) ? gz.length : raw.length;
  } else {
    totals.skipped += 1;
  }
}

// zlib's asynchronous calls run on libuv's thread pool: one file per core at a time, the
// biggest (the wasm) first so that it never starts last.
const start = performance.now();
const queue = files.map((file) => [file, statSync(file).size]).sort((a, b) => b[1] - a[1]).map(([file]) => file);
await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, async () => {
  for (let file = queue.shift(); file; file = queue.shift()) await compress(file);
}));
const kib = (n) => `${(n / 1024).toFixed(0)} KiB`;
console.log(`compress: ${totals.files} files, ${kib(totals.raw)} -> brotli ${BROTLI_QUALITY} ${kib(totals.br)}, gzip 9 ${kib(totals.gz)}; ` +
  `${totals.skipped} left as they are (under ${MIN_BYTES} B or no gain); ` +
  `${totals.current} already compressed (copies as new as the file); ${((performance.now() - start) / 1000).toFixed(1)} s`);
