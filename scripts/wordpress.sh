# Sourced by scripts/e2e: a real WordPress for the WordPress-source tests. Debian's wordpress
# package, run by PHP's built-in server, with its own MariaDB server (no network, a socket in
# target/wordpress). Each start is a fresh install, seeded through the REST API.

WP_STATE="$ROOT/target/wordpress"
WP_PIDS=()
# Debian's wp-config.php reads /etc/wordpress/config-$WORDPRESS_CONFIG.php when the server
# variable WORDPRESS_CONFIG is set, before the file named after the host. A name of this run's
# own leaves the machine's config-127.0.0.1.php (if it has one) alone, keeps two suites from
# overwriting each other's, and lets stop_wordpress remove exactly what this run wrote.
# tests/wordpress/router.php and load-wordpress.php set the variable from BLOG_READER_WP_CONFIG.
WP_CONFIG_NAME="blog-reader-test-$$"
WP_CONFIG_FILE="/etc/wordpress/config-$WP_CONFIG_NAME.php"

# The secret WordPress's publish plugin sends (deploy/wordpress/blog-reader-publish.php).
WP_HOOK_SECRET="test-only-publish-secret-$$"

# start_wordpress PORT HOOK_PORT: WordPress on http://127.0.0.1:PORT, installed and seeded,
# with the publish plugin calling http://127.0.0.1:HOOK_PORT/publish. Prints the application
# password the seed script used (user "editor") on the last line of its log.
start_wordpress() {
  local port="$1" hook_port="$2" state="$WP_STATE" sock="$WP_STATE/db.sock"
  check_wordpress_installed
  rm -rf "$state" && mkdir -p "$state/wp-content/mu-plugins" "$state/wp-content/uploads"
  cp "$ROOT/tests/wordpress/blog-reader-tests.php" "$ROOT/deploy/wordpress/blog-reader-publish.php" \
    "$state/wp-content/mu-plugins/"

  start_mariadb "$state"
  mariadb --no-defaults --socket="$sock" -u root -e "CREATE DATABASE blogtest CHARACTER SET utf8mb4"
  write_wordpress_config blogtest "$state" "$port" "$hook_port"
  start_php_server "$port" "$state" 1 "$ROOT/tests/wordpress/router.php"
  install_wordpress "$port" "Digital health (WordPress)" "test-only-password-1" "$state"
  local password
  password="$(php "$ROOT/tests/wordpress/prepare.php" 2>>"$state/php.log" | tail -n 1)"
  [ -n "$password" ] || { cat "$state/php.log" >&2; fail "no application password from WordPress"; }
  printf '%s' "$password" > "$state/app-password"
  node "$ROOT/tests/wordpress/seed.mjs" "http://127.0.0.1:$port" "editor:$password" \
    || fail "seeding WordPress failed"
  php "$ROOT/tests/wordpress/seed-bulk.php" 2>>"$state/php.log" || fail "seeding WordPress's bulk posts failed"
}

# The benchmark's WordPress (bench/wordpress-scale.sh): a MariaDB server and database of its
# own (blogbench, in target/wordpress-bench), on a port of its own, never the tests' (blogtest,
# in target/wordpress, made afresh by each test run). Its data is kept from one run to the
# next, as seeding 10,000 posts is worth doing once; it has none of the tests' plugins.
WP_BENCH_STATE="$ROOT/target/wordpress-bench"
WP_BENCH_DATABASE="blogbench"

# start_bench_wordpress PORT WORKERS: the benchmark's MariaDB, and WordPress on
# http://127.0.0.1:PORT answering WORKERS requests at once (start_php_server), with PHP's
# opcode cache on as any production PHP has it (the CLI leaves it off), and each request it
# answers logged in $WP_BENCH_STATE/access.log (bench/wordpress-router.php). The database is
# made if missing, not installed or seeded: bench/wordpress-scale.sh does that when it must.
start_bench_wordpress() {
  local port="$1" workers="$2" state="$WP_BENCH_STATE"
  check_wordpress_installed
  mkdir -p "$state/wp-content/mu-plugins" "$state/wp-content/uploads"
  # Two runs at once would start two servers on one data folder. The lock is held on a
  # descriptor of this shell's (and of the servers, which inherit it) until they end.
  local lock
  exec {lock}>>"$state/lock"
  flock -n "$lock" || fail "another benchmark run is using $state"
  start_mariadb "$state"
  bench_sql_root "CREATE DATABASE IF NOT EXISTS $WP_BENCH_DATABASE CHARACTER SET utf8mb4"
  # This run's own configuration file, as the tests' is theirs (see WP_CONFIG_NAME above). The
  # publish plugin is not installed here: the hook settings the template asks for are unused.
  WP_CONFIG_NAME="blog-reader-bench-$$"
  WP_CONFIG_FILE="/etc/wordpress/config-$WP_CONFIG_NAME.php"
  write_wordpress_config "$WP_BENCH_DATABASE" "$state" "$port" 0
  # Each request answered, one line each (bench/wordpress-router.php), from this start on.
  : > "$state/php.log"
  : > "$state/access.log"
  BLOG_READER_ACCESS_LOG="$state/access.log" \
    start_php_server "$port" "$state" "$workers" "$ROOT/bench/wordpress-router.php" -d opcache.enable_cli=1
}

# bench_sql_root SQL: SQL run as root on the benchmark's MariaDB, its answers tab-separated with
# no column names; bench_sql SQL: the same in the benchmark's WordPress database.
bench_sql_root() {
  mariadb --no-defaults --socket="$WP_BENCH_STATE/db.sock" -u root --batch --skip-column-names -e "$1"
}
bench_sql() {
  bench_sql_root "USE $WP_BENCH_DATABASE; $1"
}

# The pieces start_wordpress and the benchmark's WordPress (bench/wordpress-scale.sh) share.
# Each server started goes into WP_PIDS, which stop_wordpress stops.

check_wordpress_installed() {
  command -v mariadbd >/dev/null || [ -x /usr/sbin/mariadbd ] || fail "MariaDB is not installed: run 'scripts/setup test'"
  [ -f /usr/share/wordpress/wp-load.php ] || fail "WordPress is not installed: run 'scripts/setup test'"
}

# start_mariadb STATE: a MariaDB server of its own (process id in WP_DB_PID), its data in
# STATE/db (made first when it is not there: the benchmark keeps its seeded data from one run
# to the next), listening only on the socket STATE/db.sock.
start_mariadb() {
  local state="$1" sock="$1/db.sock"
  if [ ! -d "$state/db" ]; then
    /usr/bin/mariadb-install-db --no-defaults --datadir="$state/db" --user="$(id -un)" \
      --auth-root-authentication-method=normal --skip-test-db >"$state/db-install.log" 2>&1 \
      || { cat "$state/db-install.log" >&2; fail "mariadb-install-db failed"; }
  fi
  # A socket left by a server that was killed would pass the wait below at once.
  rm -f "$sock"
  /usr/sbin/mariadbd --no-defaults --datadir="$state/db" --socket="$sock" --skip-networking \
    --user="$(id -un)" --pid-file="$state/db.pid" >"$state/db.log" 2>&1 &
  WP_DB_PID=$!
  WP_PIDS+=("$WP_DB_PID")
  for _ in $(seq 100); do [ -S "$sock" ] && break; sleep 0.1; done
  [ -S "$sock" ] || { cat "$state/db.log" >&2; fail "MariaDB did not start"; }
}

# write_wordpress_config DATABASE STATE PORT HOOK_PORT: this run's WordPress configuration
# (WP_CONFIG_FILE), for the database DATABASE on STATE's MariaDB, the site at
# http://127.0.0.1:PORT; and exports BLOG_READER_WP_CONFIG, which names it to PHP.
write_wordpress_config() {
  local database="$1" state="$2" port="$3" hook_port="$4"
  as_root mkdir -p /etc/wordpress
  sed -e "s|@DATABASE@|$database|g" -e "s|@SOCKET@|$state/db.sock|g" \
    -e "s|@CONTENT@|$state/wp-content|g" -e "s|@PORT@|$port|g" \
    -e "s|@HOOK_PORT@|$hook_port|g" -e "s|@HOOK_SECRET@|$WP_HOOK_SECRET|g" \
    "$ROOT/tests/wordpress/config.php.in" | as_root tee "$WP_CONFIG_FILE" >/dev/null
  export BLOG_READER_WP_CONFIG="$WP_CONFIG_NAME"
}

# start_php_server PORT STATE WORKERS ROUTER [PHP_OPTION...]: PHP's built-in server for
# WordPress on 127.0.0.1:PORT, through the router script ROUTER, its messages in STATE/php.log;
# its process id in WP_PHP_PID. With WORKERS above 1 it answers that many requests at once
# (PHP_CLI_SERVER_WORKERS: workers it forks, its children; Linux only); with 1, one at a time,
# as the tests' WordPress always has.
start_php_server() {
  local port="$1" state="$2" workers="$3" router="$4"
  shift 4
  if [ "$workers" -gt 1 ]; then
    PHP_CLI_SERVER_WORKERS="$workers" php "$@" -S "127.0.0.1:$port" -t /usr/share/wordpress \
      "$router" >>"$state/php.log" 2>&1 &
  else
    php "$@" -S "127.0.0.1:$port" -t /usr/share/wordpress "$router" >>"$state/php.log" 2>&1 &
  fi
  WP_PHP_PID=$!
  WP_PIDS+=("$WP_PHP_PID")
  for _ in $(seq 100); do
    curl -s -o /dev/null "http://127.0.0.1:$port/wp-login.php" 2>/dev/null && return 0
    sleep 0.1
  done
  cat "$state/php.log" >&2
  fail "PHP's server did not start on port $port"
}

# install_wordpress PORT TITLE PASSWORD STATE: WordPress's own installer, as a browser would
# post it, on an empty database; the administrator is "editor" with PASSWORD.
install_wordpress() {
  local port="$1" title="$2" password="$3" state="$4"
  curl -fsS -o /dev/null "http://127.0.0.1:$port/wp-admin/install.php?step=2" \
    --data-urlencode "weblog_title=$title" --data-urlencode "user_name=editor" \
    --data-urlencode "admin_password=$password" --data-urlencode "admin_password2=$password" \
    --data-urlencode "pw_weak=1" --data-urlencode "admin_email=editor@example.org" \
    --data-urlencode "blog_public=0" \
    || { cat "$state/php.log" >&2; fail "WordPress did not install"; }
}

stop_wordpress() {
  local pid
  for pid in "${WP_PIDS[@]}"; do
    # PHP's server with workers (start_php_server) forks them, and they outlive a master that
    # is stopped: stopped first, by their parent's id.
    pkill -P "$pid" 2>/dev/null || true
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  WP_PIDS=()
  # Only this run's file: another suite's WordPress may be reading its own.
  if [ -e "$WP_CONFIG_FILE" ]; then as_root rm -f "$WP_CONFIG_FILE"; fi
}

# check_publish_hook PORT HOOK_PORT: the publish plugin and deploy/publish-webhook.py together,
# against the running WordPress: a post published, then deleted, each runs the publish
# command; a draft does not; a wrong secret is refused. Leaves WordPress as it found it.
check_publish_hook() {
  local port="$1" hook_port="$2" runs="$WP_STATE/publish-runs" auth pid id
  auth="editor:$(cat "$WP_STATE/app-password")"
  : > "$runs"
  BLOG_READER_PUBLISH_SECRET="$WP_HOOK_SECRET" BLOG_READER_WEBHOOK_ADDRESS="127.0.0.1:$hook_port" \
    BLOG_READER_PUBLISH_COMMAND="sh -c 'echo run >> $runs'" \
    python3 "$ROOT/deploy/publish-webhook.py" >"$WP_STATE/webhook.log" 2>&1 &
  pid=$!
  for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$hook_port/" && break; sleep 0.1; done
  wait_for_runs() { # N: until the command has run N times (10 s at most)
    for _ in $(seq 100); do [ "$(wc -l < "$runs")" -ge "$1" ] && return 0; sleep 0.1; done
    cat "$WP_STATE/webhook.log" >&2; fail "the publish command ran $(wc -l < "$runs") times, not $1"
  }
  local status
  status="$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'X-Blog-Reader-Secret: wrong' \
    "http://127.0.0.1:$hook_port/publish")"
  [ "$status" = 403 ] || fail "the webhook answered $status to a wrong secret"
  id="$(curl -fsS -u "$auth" -H 'Content-Type: application/json' \
    -d '{"title":"Publish hook check","content":"x","status":"draft"}' \
    "http://127.0.0.1:$port/?rest_route=/wp/v2/posts" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')"
  sleep 1
  [ "$(wc -l < "$runs")" = 0 ] || fail "saving a draft ran the publish command"
  curl -fsS -o /dev/null -u "$auth" -H 'Content-Type: application/json' -d '{"status":"publish"}' \
    "http://127.0.0.1:$port/?rest_route=/wp/v2/posts/$id"
  wait_for_runs 1
  curl -fsS -o /dev/null -u "$auth" -X DELETE "http://127.0.0.1:$port/?rest_route=/wp/v2/posts/$id&force=true"
  wait_for_runs 2
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if grep -qF "$WP_HOOK_SECRET" "$WP_STATE/webhook.log"; then fail "the webhook logged the secret"; fi
}

# check_incremental_publish PORT OUT: against the running WordPress, a post created, edited,
# commented on and deleted, with a publish after each by the caller's function
# `publish_incremental` (publish --from-wordpress --state, into OUT): each asks WordPress only
# for what changed and the site in OUT shows the change; a publish with nothing changed renders
# no page. Leaves WordPress, and OUT, as they were before the post was made.
check_incremental_publish() {
  local port="$1" out="$2" auth id step
  auth="editor:$(cat "$WP_STATE/app-password")"
  step="$WP_STATE/incremental-step.log"
  : > "$WP_STATE/incremental.log"
  api() { # METHOD PATH [JSON]: a signed request to WordPress's API; prints the answer
    curl -fsS -u "$auth" -X "$1" -H 'Content-Type: application/json' ${3:+-d "$3"} \
      "http://127.0.0.1:$port/?rest_route=$2"
  }
  again() { # EXPECTED...: publishes; the log must contain each EXPECTED
    publish_incremental >"$step" 2>&1 || { cat "$step" >&2; fail "an incremental publish failed"; }
    grep -E "^publish: (read|pre-rendered)" "$step" >> "$WP_STATE/incremental.log"
    local expected
    for expected in "$@"; do
      grep -qF -- "$expected" "$step" || { cat "$step" >&2; fail "the publish did not report '$expected'"; }
    done
  }
  page_of() { find "$out" -path "*/incremental-check/index.html" | head -n 1; }

  again "posts 0 fetched" "pre-rendered 0 pages"
  id="$(api POST /wp/v2/posts '{"title":"Incremental check","content":"First words.","status":"publish"}' \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')"
  again "posts 1 fetched" "0 deleted"
  grep -q "First words." "$(page_of)" || fail "the new post's page was not published"
  api POST "/wp/v2/posts/$id" '{"content":"Second words."}' >/dev/null
  again "posts 1 fetched"
  grep -q "Second words." "$(page_of)" || fail "the edit did not reach the post's page"
  api POST /wp/v2/comments "{\"post\":$id,\"content\":\"A comment after the build\"}" >/dev/null
  again "posts 0 fetched" "comments 1 fetched"
  grep -q "A comment after the build" "$(page_of)" || fail "the new comment did not reach the post's page"
  api DELETE "/wp/v2/posts/$id&force=true" >/dev/null
  again "1 deleted"
  [ -z "$(page_of)" ] || fail "the deleted post's page is still published"
  if grep -rqF "incremental-check" "$out/sitemap.xml" "$out/feeds" "$out/index.html"; then
    fail "the deleted post is still in the sitemap, a feed or the home page"
  fi
}
