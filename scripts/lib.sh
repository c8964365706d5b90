# Shared by the scripts in this folder: paths, tool versions and progress messages.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"

# Trunk 0.22 needs a newer rustc than these machines have.
TRUNK_VERSION="0.21.14"
# Must equal the `wasm-bindgen = "=…"` pin in Cargo.toml: Trunk insists on an exact match.
WASM_BINDGEN_VERSION="0.2.130"
# The wasm size profiler scripts/bench runs (installed by `scripts/setup bench`).
TWIGGY_VERSION="0.8.0"
# The benchmark's page scores (scripts/setup bench; Lighthouse 13 needs Node 22).
LIGHTHOUSE_VERSION="12.8.2"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
# The sub-path the tests build and serve the site under as well as at /: two folders deep,
# since code that assumes one folder (a path's first segment, say) passes with one.
SUB_PATH="/intranet/strategy/"
SUB_DIST="$ROOT/target/dist-sub"
# The build for sites that read from WordPress (the app's `wordpress` feature), for the
# WordPress tests: the same content, published into its own folder.
WP_DIST="$ROOT/target/dist-wordpress"

STEP_START=0
# step "what is happening": prints a numbered, timed progress line.
step() {
  STEP_START=$(date +%s)
  printf '\n==> [%s] %s\n' "$(date +%H:%M:%S)" "$*"
}
done_step() {
  printf '    done in %ss\n' "$(( $(date +%s) - STEP_START ))"
}
note() { printf '    %s\n' "$*"; }
fail() { printf '\nERROR: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# start_nginx DIST PORT [DATA_ROOT] [FALLBACK] [PREFIX]: serves DIST on 127.0.0.1:PORT with
# tests/e2e/nginx.conf.in, in the background, taking data/ from DATA_ROOT (default DIST) and
# answering addresses without a file with FALLBACK (default =404: the site's 404.html), at
# the path PREFIX (default /; a build for a sub-path is made with trunk's --public-url).
# Call as often as needed; stop_nginx stops every server started and removes their files.
NGINX_PIDS=()
NGINX_WORKS=()

# The Content-Security-Policy header for the bundled content, from the publish tool.
csp_header() {
  [ -n "${CSP_HEADER:-}" ] || CSP_HEADER="$(cargo run --quiet --locked -p publish -- --csp-header "$ROOT/content")"
  printf '%s' "$CSP_HEADER"
}

start_nginx() {
  local dist="$1" port="$2" data_root="${3:-$1}" fallback="${4:-=404}" prefix="${5:-/}"
  local nginx_bin user_line="" work csp_line
  # The site's policy; NGINX_NO_CSP=1 serves other sites' pages (the embed tests' intranet).
  csp_line="add_header Content-Security-Policy \"$(csp_header)\" always;"
  [ "${NGINX_NO_CSP:-}" = 1 ] && csp_line="# no Content-Security-Policy: not the blog"
  nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
  [ -x "$nginx_bin" ] || fail "nginx is not installed: run 'scripts/setup test'"
  work="$(mktemp -d)"
  NGINX_WORKS+=("$work")
  if [ "$prefix" != "/" ]; then
    # Under a sub-path, the server's root holds the build at that path.
    mkdir -p "$work/root$(dirname "$prefix")"
    ln -s "$dist" "$work/root${prefix%/}"
    [ "$data_root" = "$dist" ] && data_root="$work/root"
    dist="$work/root"
  fi
  # As root, nginx's workers would otherwise run as nobody, who cannot read a private checkout.
  [ "$(id -u)" -eq 0 ] && user_line="user root;"
  sed -e "s|@DIST@|$dist|g" -e "s|@PORT@|$port|g" -e "s|@WORK@|$work|g" \
    -e "s|@DATA_ROOT@|$data_root|g" -e "s|@USER@|$user_line|g" -e "s|@FALLBACK@|$fallback|g" \
    -e "s|@PREFIX@|$prefix|g" -e "s|@CSP_LINE@|$csp_line|g" \
    "$ROOT/tests/e2e/nginx.conf.in" > "$work/nginx.conf"
  "$nginx_bin" -c "$work/nginx.conf" -p "$work" &
  NGINX_PIDS+=($!)
  for _ in $(seq 50); do
    curl -fsS -o /dev/null "http://127.0.0.1:$port$prefix" 2>/dev/null && return 0
    sleep 0.1
  done
  cat "$work/error.log" >&2 || true
  fail "nginx did not start on port $port"
}

stop_nginx() {
  local pid work
  for pid in "${NGINX_PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  for work in "${NGINX_WORKS[@]}"; do rm -rf "$work"; done
  NGINX_PIDS=()
  NGINX_WORKS=()
}

# claim_port VAR: sets VAR to a TCP port on 127.0.0.1 that this script alone may use, until it
# exits. Asking the kernel for a free port (bind to port 0, close, hand the number on) is a
# race: between closing and the server binding, another suite's servers, or any program's
# outgoing connection, can take it. So instead:
#   - the port comes from below the kernel's ephemeral range (ip_local_port_range), which
#     the kernel never hands out by itself, so no outgoing connection or bind(0) takes it;
#   - it is claimed with flock on ${PORT_LOCK_DIR}/PORT.lock, on a file descriptor this shell
#     keeps open, so every other script using claim_port skips it while this one runs, and
#     the claim ends by itself however this script ends (even killed: no stale lock);
#   - a port something already listens on is skipped.
# The descriptor stays open in this shell (and the servers it starts inherit it), so call
# claim_port in the script's own shell, never in $(…): the claim would end with the subshell.
PORT_LOCK_DIR="${PORT_LOCK_DIR:-${TMPDIR:-/tmp}/strategy-blog-ports}"
CLAIMED_PORT_FDS=()
claim_port() {
  # Prefixed locals: printf -v would set a local that has the caller's variable's name.
  local _cp_var="$1" _cp_low _cp_high _cp_port _cp_fd _cp_tries
  if [ -n "${PORT_RANGE:-}" ]; then
    # Only for scripts/check-scripts, which tests the choice on a range of two or three.
    read -r _cp_low _cp_high <<< "$PORT_RANGE"
  else
    read -r _cp_low _ < /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || _cp_low=32768
    # Clear of the ports people give servers by hand (8080, 3000…), below the ephemeral range.
    _cp_high=$((_cp_low - 1)); _cp_low=$((_cp_high > 20000 ? 20000 : 1024))
  fi
  mkdir -p "$PORT_LOCK_DIR" && chmod 1777 "$PORT_LOCK_DIR" 2>/dev/null || true
  # From a random start (two suites starting together rarely meet), every port in turn, up
  # to 200 of them.
  local _cp_size=$((_cp_high - _cp_low + 1)) _cp_start
  _cp_start=$(( (RANDOM * 32768 + RANDOM) % _cp_size ))
  for ((_cp_tries = 0; _cp_tries < _cp_size && _cp_tries < 200; _cp_tries++)); do
    _cp_port=$((_cp_low + (_cp_start + _cp_tries) % _cp_size))
    # Another user's lock file we cannot open is someone's claim: skip the port. (The braces
    # keep 2>/dev/null to this one command: on `exec` itself it would stay on this shell's
    # standard error for good, and every later message of the calling script would be lost.)
    { exec {_cp_fd}>>"$PORT_LOCK_DIR/$_cp_port.lock"; } 2>/dev/null || continue
    if flock -n "$_cp_fd" && port_is_free "$_cp_port"; then
      CLAIMED_PORT_FDS+=("$_cp_fd")
      printf -v "$_cp_var" '%s' "$_cp_port"
      return 0
    fi
    exec {_cp_fd}>&-
  done
  fail "no free TCP port to claim on 127.0.0.1"
}

# port_is_free PORT: nothing listens on 127.0.0.1:PORT now (and so it can be bound).
port_is_free() {
  python3 -c 'import socket, sys
s = socket.socket()
try:
    s.bind(("127.0.0.1", int(sys.argv[1])))
except OSError:
    sys.exit(1)' "$1"
}
