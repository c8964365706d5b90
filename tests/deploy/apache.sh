#!/usr/bin/env bash
# deploy/apache.conf, as a deployer would use it, serving a release build: Apache 2.4 (Debian's
# apache2-bin) started on a free port with the configuration's <Directory> pointed at DIST.
# Checks what nginx's end-to-end suite checks of its own set-up, here with curl: the build's
# compressed copies sent with their type, the caching and security headers, the 404 page, and
# the register's filters (the page's and the embed view's) mapped onto their pre-rendered pages.
# With PREFIX, a build for a sub-path (trunk --public-url PREFIX) is served at that path, with
# the two changes the configuration's own comment tells a deployer to make.
#
#   tests/deploy/apache.sh DIST [PREFIX]
set -euo pipefail
source "$(dirname "$0")/../../scripts/lib.sh"
dist="$(cd "${1:?usage: tests/deploy/apache.sh DIST [PREFIX]}" && pwd)"
prefix="${2:-/}"

claim_port port
work="$(mktemp -d)"
modules=/usr/lib/apache2/modules
cleanup() {
  [ -f "$work/httpd.pid" ] && kill "$(cat "$work/httpd.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
# Apache's worker drops to nobody when started as root: it serves a copy it can read, wherever
# the build is.
user_lines=""
if [ "$(id -u)" -eq 0 ]; then user_lines=$'User nobody\nGroup nogroup'; fi
docroot="$work/root"
if [ "$prefix" = / ]; then cp -R "$dist" "$docroot"; else
  mkdir -p "$docroot$(dirname "$prefix")"
  cp -R "$dist" "$docroot${prefix%/}"
fi
chmod -R a+rX "$work"
dist="$docroot${prefix%/}"
# As deploy/apache.conf says for a sub-path: RewriteBase and ErrorDocument name it.
sed -e "s#/var/www/blog#$dist#" \
  -e "s#^\( *RewriteBase\) /\$#\1 $prefix#" \
  -e "s#^\( *ErrorDocument 404\) /404.html\$#\1 ${prefix}404.html#" \
  "$ROOT/deploy/apache.conf" > "$work/blog.conf"
grep -q "RewriteBase $prefix\$" "$work/blog.conf" && grep -q "ErrorDocument 404 ${prefix}404.html\$" "$work/blog.conf" \
  || fail "deploy/apache.conf no longer has the RewriteBase and ErrorDocument lines it describes"
cat > "$work/httpd.conf" <<CONF
ServerRoot $work
ServerName 127.0.0.1
Listen 127.0.0.1:$port
PidFile $work/httpd.pid
ErrorLog $work/error.log
$user_lines
LoadModule mpm_event_module $modules/mod_mpm_event.so
LoadModule authz_core_module $modules/mod_authz_core.so
LoadModule dir_module $modules/mod_dir.so
LoadModule mime_module $modules/mod_mime.so
LoadModule rewrite_module $modules/mod_rewrite.so
LoadModule headers_module $modules/mod_headers.so
LoadModule env_module $modules/mod_env.so
LoadModule filter_module $modules/mod_filter.so
LoadModule deflate_module $modules/mod_deflate.so
TypesConfig /etc/mime.types
DocumentRoot $docroot
Include $work/blog.conf
CONF
/usr/sbin/apache2 -f "$work/httpd.conf" -k start
for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port$prefix" && break; sleep 0.1; done

failures=0
# expect WHAT CURL-ARGS... -- CHECK...: each CHECK is "header:NAME:VALUE-REGEX",
# "status:CODE" or "page:HYDRATION-PAGE" (the page's own address, in its hydration data).
expect() {
  local what="$1"; shift
  local args=()
  while [ "$1" != "--" ]; do args+=("$1"); shift; done
  shift
  local headers="$work/headers" body="$work/body" ok=1 check
  curl -s -D "$headers" -o "$body" --compressed "${args[@]}" || ok=0
  for check in "$@"; do
    case "$check" in
      status:*) head -1 "$headers" | grep -q " ${check#status:} " || ok=0 ;;
      header:*)
        local rest="${check#header:}"
        grep -qiE "^${rest%%:*}: ${rest#*:}" "$headers" || ok=0 ;;
      page:*) grep -qF "\"page\":\"${check#page:}\"" "$body" || ok=0 ;;
    esac
  done
  if [ "$ok" = 1 ]; then note "ok: $what"; else
    note "FAILED: $what"; sed 's/^/      /' "$headers"; failures=$((failures + 1)); fi
}

url="http://127.0.0.1:$port${prefix%/}"
wasm="/$(cd "$dist" && ls ./*_bg.wasm | head -1 | sed 's#^\./##')"
expect "a page, brotli to a browser that asks for it" "$url/" -H "Accept-Encoding: br, gzip" -- \
  status:200 "header:Content-Type:text/html" "header:Content-Encoding:br" page:/ \
  "header:Cache-Control:no-cache" "header:Content-Security-Policy:default-src 'self'" \
  "header:Vary:.*Accept-Encoding"
expect "the wasm, brotli with its own type" "$url$wasm" -H "Accept-Encoding: br" -- \
  status:200 "header:Content-Type:application/wasm" "header:Content-Encoding:br" \
  "header:Cache-Control:public, max-age=31536000, immutable"
expect "the wasm, gzip to a browser without brotli" "$url$wasm" -H "Accept-Encoding: gzip" -- \
  status:200 "header:Content-Type:application/wasm" "header:Content-Encoding:gzip"
expect "an unknown address: the site's 404 page, with 404" "$url/no/such/page/" -- \
  status:404 page:/404.html
expect "the register's filter form, onto its pre-rendered page" \
  "$url/projects/?theme=openness&phase=live" -H "Accept-Encoding: br" -- \
  status:200 "header:Content-Encoding:br" "page:/projects/?theme=openness&phase=live"
expect "the register's one filter, as the site's links and the reading code write it" \
  "$url/projects/?theme=openness" -- status:200 "page:/projects/?theme=openness"
expect "the register's form with one filter chosen" "$url/projects/?theme=&phase=beta" -- \
  status:200 "page:/projects/?phase=beta"
expect "the register with a filter it has no page for: the whole register" \
  "$url/projects/?theme=no-such-theme" -- status:200 page:/projects/
expect "the embed view's filters, among its settings in any order" \
  "$url/embed/projects/?phase=beta&frame=f1&theme=efficiency&links=frame" -H "Accept-Encoding: br" -- \
  status:200 "page:/embed/projects/?theme=efficiency&phase=beta"
expect "the embed view's one filter" "$url/embed/projects/?frame=f1&phase=live" -- \
  status:200 "page:/embed/projects/?phase=live"
expect "the embed view with no filter, or one with no view: the whole register's view" \
  "$url/embed/projects/?theme=no-such-theme&frame=f1" -- status:200 page:/embed/projects/

[ "$failures" -eq 0 ] || { sed 's/^/      /' "$work/error.log" >&2; fail "$failures Apache checks failed"; }
