#!/usr/bin/env bash
# Publishing a big WordPress, measured (issue 24); run by scripts/bench, or alone by
# `scripts/bench wordpress`. Never by the tests: it takes minutes.
#
# Starts the benchmark's own WordPress (scripts/wordpress.sh: start_bench_wordpress, database
# blogbench, never the tests' blogtest), seeds it once with 10,000 posts and 100,000 comments
# (bench/wordpress-seed.php; kept for later runs), checks that the REST API counts them, then
# runs `publish --from-wordpress` as a deployment does (docs/deployment.md) and measures it:
# wall time, peak memory (GNU time's maximum resident set size), the requests WordPress
# answered (an access log of the benchmark's own, bench/wordpress-router.php), the CPU time
# WordPress (PHP) and MariaDB spent, and the pages and files written. When the publish command has --state (incremental rebuilds), it
# publishes with a state file, edits one post in the database, and measures the rebuild the
# same way. Writes bench-results/wordpress-scale.json and wordpress-scale.md (and prints the
# latter).
#
# WP_BENCH_SIZE=POSTS,COMMENTS,ON_NEWEST sets the size (default 10000,100000,1000): another
# size reseeds the database, as does a change to the seed script. WORDPRESS_RUNS=N sets how
# many full publishes are measured (default 3, whatever RUNS says: each takes minutes; the
# machines are shared, and the times move with their load); the rebuild after an edit
# follows the last. WP_BENCH_WORKERS=N sets how many requests
# WordPress answers at once (default 4: the publish command's requests in flight).
set -euo pipefail
source "$(dirname "$0")/../scripts/lib.sh"
source "$ROOT/scripts/wordpress.sh"
cd "$ROOT"

size="${WP_BENCH_SIZE:-10000,100000,1000}"
IFS=, read -r posts comments on_newest <<< "$size"
workers="${WP_BENCH_WORKERS:-4}"
runs="${WORDPRESS_RUNS:-3}"
publish="$ROOT/target/release/publish"
content="$ROOT/target/bench-wordpress-content"
out="$ROOT/target/bench-wordpress-site"
# Beside the published site, as a deployment keeps it beside dist/.
state_file="$ROOT/target/bench-wordpress-site.state"
work="$ROOT/target/bench-wordpress-runs"
mkdir -p bench-results
# No earlier run's results left behind for a failed one (bench/report.mjs reads them).
rm -f bench-results/wordpress-scale.json bench-results/wordpress-scale.md
rm -rf "$work" && mkdir -p "$work"

command -v /usr/bin/time >/dev/null || fail "GNU time (/usr/bin/time) is missing: run 'scripts/setup bench'"

step "The publish command (release build)"
cargo build --quiet --release --locked -p publish
done_step

# The page every page is pre-rendered into: the app's release build that reads from WordPress.
if [ ! -f "$WP_DIST/shell.html" ]; then
  step "Release build of the app for a WordPress site, for ${WP_DIST#"$ROOT/"}/shell.html"
  TRUNK_BUILD_FEATURES=wordpress trunk build --release --offline --dist "$WP_DIST"
  done_step
fi

claim_port wp_port
trap stop_wordpress EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

step "The benchmark's WordPress on :$wp_port ($workers PHP workers, MariaDB in ${WP_BENCH_STATE#"$ROOT/"})"
start_bench_wordpress "$wp_port" "$workers"
# The seed's size and the seed script itself: either changed, the data is made again.
marker="$size,$(sha256sum bench/wordpress-seed.php | cut -c1-16)"
seeded="$(bench_sql "SELECT option_value FROM wp_options WHERE option_name = 'blog_reader_bench_seed'" 2>/dev/null || true)"
seed_started="" seed_ended=""
if [ "$seeded" = "$marker" ]; then
  note "already seeded ($size): reused"
else
  note "seeding $posts posts and $comments comments (bulk SQL; about ten seconds)"
  seed_started="$(date +%s.%N)"
  # From nothing: an earlier seed of another size, or one cut short, is not worth mending.
  bench_sql_root "DROP DATABASE IF EXISTS $WP_BENCH_DATABASE; CREATE DATABASE $WP_BENCH_DATABASE CHARACTER SET utf8mb4"
  install_wordpress "$wp_port" "Digital health at scale (WordPress)" "bench-only-password-1" "$WP_BENCH_STATE"
  php bench/wordpress-seed.php "$posts" "$comments" "$on_newest" "$marker" 2>>"$WP_BENCH_STATE/php.log" \
    || { tail -n 20 "$WP_BENCH_STATE/php.log" >&2; fail "seeding the benchmark's WordPress failed"; }
  seed_ended="$(date +%s.%N)"
fi
done_step

step "WordPress's REST API counts what was seeded"
api="http://127.0.0.1:$wp_port/wp-json/wp/v2"
# api_total PATH: the X-WP-Total WordPress sends for the collection at PATH.
api_total() {
  curl -fsS -D - -o /dev/null "$api/$1" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-wp-total" { print $2 }'
}
newest_id="$(bench_sql "SELECT ID FROM wp_posts WHERE post_type = 'post' AND post_status = 'publish' ORDER BY post_date DESC LIMIT 1")"
for check in "posts?per_page=1 $posts" "comments?per_page=1 $comments" "comments?per_page=1&post=$newest_id $on_newest"; do
  read -r path want <<< "$check"
  got="$(api_total "$path")"
  [ "$got" = "$want" ] || fail "WordPress's API counts $got for $path, not $want"
  note "X-WP-Total $got for $path"
done
done_step

rm -rf "$content" && mkdir -p "$content"
cp content/authors.toml content/categories.toml content/themes.toml content/projects.toml "$content/"
{ echo "wordpress = \"http://127.0.0.1:$wp_port\""; cat content/site.toml; } > "$content/site.toml"

# The command a deployment runs (docs/deployment.md), with the state file when it has one.
command=("$publish" --from-wordpress --content "$content" --public public --template "$WP_DIST/shell.html" --out "$out")
incremental=false
if "$publish" --help | grep -q -- --state; then
  incremental=true
  command+=(--state "$state_file")
fi

clock_ticks="$(getconf CLK_TCK)"
# cpu_ticks PID...: the CPU time (user and system, in clock ticks) these processes have used.
cpu_ticks() {
  local total=0 pid stat fields
  for pid in "$@"; do
    stat="$(cat "/proc/$pid/stat" 2>/dev/null)" || continue
    # After the command's name, which may hold spaces: utime and stime are the 12th and 13th.
    read -r -a fields <<< "${stat##*) }"
    total=$((total + fields[11] + fields[12]))
  done
  printf '%s' "$total"
}
# wordpress_ticks / database_ticks: PHP's server and its workers; MariaDB.
wordpress_ticks() {
  local workers_now
  workers_now="$(pgrep -P "$WP_PHP_PID" | tr '\n' ' ' || true)"
  # shellcheck disable=SC2086 # one process id a word
  cpu_ticks "$WP_PHP_PID" $workers_now
}
database_ticks() { cpu_ticks "$WP_DB_PID"; }

# measure NAME: runs the publish command under GNU time, and keeps in $work what the report
# reads: NAME.time (time -v), NAME.log (the command's own output), NAME.requests (the
# requests WordPress answered meanwhile) and NAME.env (counts taken here).
measure() {
  local name="$1" access_log="$WP_BENCH_STATE/access.log" lines_before wp_before db_before load_before status=0
  lines_before="$(wc -l < "$access_log")"
  wp_before="$(wordpress_ticks)" db_before="$(database_ticks)"
  load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -v -o "$work/$name.time" "${command[@]}" >"$work/$name.log" 2>&1 || status=$?
  # A request is logged once answered, and the command has had every answer: all are in.
  tail -n +"$((lines_before + 1))" "$access_log" > "$work/$name.requests"
  {
    echo "status=$status"
    echo "load_before=$load_before"
    echo "wordpress_ticks=$(($(wordpress_ticks) - wp_before))"
    echo "database_ticks=$(($(database_ticks) - db_before))"
    echo "clock_ticks=$clock_ticks"
    echo "load_after=$(cut -d' ' -f1-3 /proc/loadavg)"
    echo "html_pages=$(find "$out" -type f -name '*.html' | wc -l)"
    echo "files=$(find "$out" -type f | wc -l)"
    echo "bytes=$(du -sb "$out" | cut -f1)"
  } > "$work/$name.env"
  [ "$status" = 0 ] || { cat "$work/$name.log" >&2; fail "publish failed (status $status): see above"; }
  sed 's/^/    /' "$work/$name.log"
}

for run in $(seq "$runs"); do
  step "Full publish from WordPress ($run of $runs): every page of the API read, every page pre-rendered"
  # From nothing each time: no earlier site, and no state to rebuild from.
  rm -rf "$out" "$state_file"
  measure "full-$run"
  done_step
done

if $incremental; then
  step "One post edited in WordPress, then the same command again (incremental rebuild)"
  # A second later than the full build, so that no build time and edit time share a second.
  sleep 1
  # The newest post (its 1,000 comments, the home page, feeds), as an editor correcting a
  # post just published would. Its title and body end with the time of the edit, replacing
  # an earlier run's, so that the data does not grow. The site's time zone is UTC.
  bench_sql "UPDATE wp_posts SET
      post_title = CONCAT(SUBSTRING_INDEX(post_title, ' (edited', 1), ' (edited ', UTC_TIMESTAMP(), ')'),
      post_content = CONCAT(REGEXP_REPLACE(post_content, '\\n<p>Edited at [^<]*</p>$', ''),
        '\\n<p>Edited at ', UTC_TIMESTAMP(), '.</p>'),
      post_modified = UTC_TIMESTAMP(), post_modified_gmt = UTC_TIMESTAMP()
    WHERE ID = $newest_id"
  note "edited post $newest_id: $(bench_sql "SELECT post_title FROM wp_posts WHERE ID = $newest_id")"
  measure incremental
  done_step
else
  note "skipped the incremental rebuild: this publish command has no --state option (issue 24, item 3)"
fi

step "Results"
{
  echo "seed_started=$seed_started"
  echo "seed_ended=$seed_ended"
  echo "size=$size"
  echo "workers=$workers"
  echo "incremental=$incremental"
  echo "runs=$runs"
  echo "edited_post=$newest_id"
  echo "commit=$(git rev-parse HEAD)$(git diff --quiet HEAD -- 2>/dev/null || echo '+changes')"
  echo "wordpress=$(sed -n "s/^\$wp_version = '\(.*\)';/\1/p" /usr/share/wordpress/wp-includes/version.php)"
  echo "php=$(php -r 'echo PHP_VERSION;')"
  echo "mariadb=$(/usr/sbin/mariadbd --version | sed 's/.*Ver \([^ ]*\).*/\1/')"
  echo "command=${command[*]#"$ROOT/"}"
} > "$work/run.env"
node bench/wordpress-report.mjs "$work" bench-results/wordpress-scale.json bench-results/wordpress-scale.md
done_step
