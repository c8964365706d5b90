#!/bin/sh
# Builds the reading code (src/reading, the `reading` binary) into a Trunk build's staging
# folder, and prints the name of its start file for the publish step (`--reading-start`). A
# site built with BLOG_READING=app has no reading code (every page runs the app): then it
# prints nothing. Run by the Trunk hook (Trunk.toml) before
# publishing, with Trunk's own variables: TRUNK_STAGING_DIR, and
# TRUNK_PROFILE (release: optimised as Trunk optimises the app's wasm, `wasm-opt -Oz`).
#
# Trunk 0.21 builds one Rust target per page, so this second one is built here, the same way:
# cargo for wasm32, wasm-bindgen (the version in Cargo.lock, as Trunk's), wasm-opt. Its files
# are named by their content, like Trunk's, for the servers' long cache.
set -eu
case "${BLOG_READING:-parts}" in
  parts) ;;
  app) exit 0 ;;
  *) echo "BLOG_READING is 'parts' (the default) or 'app', not '$BLOG_READING'" >&2; exit 1 ;;
esac
# A `wordpress` build's reading code has the comment form (src/reading/parts.rs).
features=""
case "${TRUNK_BUILD_FEATURES:-}" in
  *wordpress*) features="--features wordpress" ;;
esac
out="${TRUNK_STAGING_DIR:?run by Trunk's hook}"
profile=release
[ "${TRUNK_PROFILE:-release}" = debug ] && profile=debug
flag=""
[ "$profile" = release ] && flag="--release"
cargo build --quiet --locked $flag $features --target wasm32-unknown-unknown --bin reading >&2
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
wasm-bindgen --target web --no-typescript --out-dir "$work" --out-name reading \
  "target/wasm32-unknown-unknown/$profile/reading.wasm" >&2
if [ "$profile" = release ]; then
  wasm-opt -Oz --low-memory-unused --enable-bulk-memory --enable-nontrapping-float-to-int \
    "$work/reading_bg.wasm" -o "$work/reading_bg.opt.wasm" >&2
  mv "$work/reading_bg.opt.wasm" "$work/reading_bg.wasm"
fi
hash="$(cat "$work/reading.js" "$work/reading_bg.wasm" | sha256sum | cut -c1-16)"
cp "$work/reading.js" "$out/reading-$hash.js"
cp "$work/reading_bg.wasm" "$out/reading-${hash}_bg.wasm"
# The start file finds the code beside itself, so it works under any base path. It waits for
# the code to have started (as Trunk's start-up code does), so that what the gate does next
# (giving the comment form back what was typed meanwhile) finds the parts hydrated.
start="import init from \"./reading-$hash.js\";
await init({ module_or_path: new URL(\"./reading-${hash}_bg.wasm\", import.meta.url) });"
start_hash="$(printf '%s\n' "$start" | sha256sum | cut -c1-16)"
printf '%s\n' "$start" > "$out/reading-start.$start_hash.js"
echo "reading-start.$start_hash.js"
