<?php
// bench/wordpress-seed.php POSTS COMMENTS ON_NEWEST MARKER: fills the benchmark's freshly
// installed WordPress (bench/wordpress-scale.sh) with POSTS published posts and COMMENTS
// approved comments, ON_NEWEST of them on the newest post, then stores MARKER in the option
// blog_reader_bench_seed, last, so that a seed cut short is never taken for a finished one.
//
// Users and terms go through WordPress's own functions (a few dozen: password hashes, slugs
// and term taxonomy rows as WordPress makes them). Posts, their terms and comments go in as
// multi-row INSERTs: wp_insert_post and wp_insert_comment run hooks, cache invalidation and
// several queries per row, some minutes for 110,000 rows on these machines against seconds
// here. The counts those functions would keep (each term's posts, each post's comments) are
// then set in one pass each. Everything is made up deterministically (a fixed random seed):
// every seeded database is the same.
require __DIR__ . '/../tests/wordpress/load-wordpress.php';

if ($argc !== 5) {
    fwrite(STDERR, "usage: wordpress-seed.php POSTS COMMENTS ON_NEWEST MARKER\n");
    exit(2);
}
[, $post_total, $comment_total, $on_newest, $marker] = $argv;
$post_total = (int) $post_total;
$comment_total = (int) $comment_total;
$on_newest = min((int) $on_newest, $comment_total);
if ($post_total < 2 || $comment_total < 0) {
    fwrite(STDERR, "wordpress-seed: at least two posts\n");
    exit(2);
}
$started = microtime(true);
mt_srand(24);

// As the tests' WordPress (tests/wordpress/prepare.php): pretty permalinks, so the API is at
// /wp-json/ as on a real site, and no "Hello world!" post (nor its comment).
update_option('permalink_structure', '/%year%/%monthnum%/%postname%/');
flush_rewrite_rules(false);
wp_delete_post(1, true);

/** The [[...]] entries of one of the site's TOML files, as slug => name. */
function site_entries($file) {
    $entries = [];
    $text = file_get_contents(__DIR__ . '/../content/' . $file);
    foreach (preg_split('/^\[\[\w+\]\]\s*$/m', $text) as $block) {
        if (preg_match('/^slug = "([^"]+)"/m', $block, $slug) && preg_match('/^name = "([^"]+)"/m', $block, $name)) {
            $entries[$slug[1]] = $name[1];
        }
    }
    return $entries;
}

function check($result, $what) {
    if (is_wp_error($result) || $result === false) {
        $why = is_wp_error($result) ? $result->get_error_message() : $GLOBALS['wpdb']->last_error;
        fwrite(STDERR, "wordpress-seed: $what: $why\n");
        exit(1);
    }
    return $result;
}

// The site's own authors and categories (content/), so the published site names them as the
// Markdown one does; tags: the site's themes (a tag whose slug is a theme's is that theme),
// forty topics, and two names outside ASCII (WordPress stores their slugs percent-encoded).
$author_ids = [];
foreach (site_entries('authors.toml') as $slug => $name) {
    $author_ids[] = check(wp_insert_user([
        'user_login' => $slug,
        'user_nicename' => $slug,
        'display_name' => $name,
        'user_email' => "$slug@example.org",
        'user_pass' => wp_generate_password(24),
        'role' => 'author',
    ]), "user $slug");
}
$categories = [];
foreach (site_entries('categories.toml') as $slug => $name) {
    $categories[] = (int) check(wp_insert_term($name, 'category', ['slug' => $slug]), "category $slug")['term_taxonomy_id'];
}
const WORDS = [
    'service', 'users', 'data', 'open', 'policy', 'research', 'team', 'digital', 'health',
    'care', 'staff', 'publish', 'design', 'prototype', 'learn', 'measure', 'budget', 'saving',
    'platform', 'intranet', 'consultation', 'evidence', 'agile', 'discovery', 'alpha', 'beta',
    'live', 'content', 'search', 'accessible', 'simple', 'share', 'community', 'network',
    'training', 'skills', 'cloud', 'security', 'standards', 'assessment', 'feedback', 'survey',
    'dashboard', 'workshop', 'meetup', 'roadmap', 'backlog', 'release',
];
$themes = [];
$theme_entries = site_entries('themes.toml');
foreach ($theme_entries as $slug => $name) {
    $themes[] = (int) check(wp_insert_term($name, 'post_tag', ['slug' => $slug]), "tag $slug")['term_taxonomy_id'];
}
$topics = [];
// (Not a theme's word again: WordPress refuses a second tag of the same name.)
foreach (array_slice(array_diff(WORDS, array_keys($theme_entries)), 0, 40) as $word) {
    $topics[] = (int) check(wp_insert_term(ucfirst($word), 'post_tag'), "tag $word")['term_taxonomy_id'];
}
$abroad = [];
foreach (['Café', 'Здоровье'] as $name) {
    $abroad[] = (int) check(wp_insert_term($name, 'post_tag'), "tag $name")['term_taxonomy_id'];
}

function words($count) {
    $out = [];
    for ($i = 0; $i < $count; $i++) {
        $out[] = WORDS[mt_rand(0, count(WORDS) - 1)];
    }
    return implode(' ', $out);
}
function sentence($count) {
    return ucfirst(words($count)) . '.';
}

/** Runs one multi-row INSERT of $rows (each a list of SQL values, already escaped). */
function insert_rows($table, $columns, $rows) {
    global $wpdb;
    if (!$rows) {
        return;
    }
    $values = implode(",\n", array_map(fn($row) => '(' . implode(',', $row) . ')', $rows));
    check($wpdb->query("INSERT INTO $table (" . implode(',', $columns) . ") VALUES $values"), "insert into $table");
}
function text($value) {
    return "'" . esc_sql($value) . "'";
}

global $wpdb;
// Numbered from past every row the installer made, so the ids are known without asking.
$first_post = (int) $wpdb->get_var("SELECT MAX(ID) FROM $wpdb->posts") + 1;
$first_comment = (int) $wpdb->get_var("SELECT COALESCE(MAX(comment_ID), 0) FROM $wpdb->comments") + 1;
// The newest post (number $post_total) at 09:00 on 30 November 2026, one every twelve hours
// before it: 10,000 posts go back to 2013. The site's time zone is UTC (a new install's).
$newest = gmmktime(9, 0, 0, 11, 30, 2026);
$post_time = fn($n) => $newest - ($post_total - $n) * 12 * 3600;

$post_columns = ['ID', 'post_author', 'post_date', 'post_date_gmt', 'post_content', 'post_title',
    'post_excerpt', 'post_status', 'comment_status', 'ping_status', 'post_password', 'post_name',
    'to_ping', 'pinged', 'post_modified', 'post_modified_gmt', 'post_content_filtered',
    'post_parent', 'guid', 'menu_order', 'post_type', 'post_mime_type', 'comment_count'];
$rows = [];
$relations = [];
for ($n = 1; $n <= $post_total; $n++) {
    $id = $first_post + $n - 1;
    $date = gmdate('Y-m-d H:i:s', $post_time($n));
    // About the length of the synthetic site's posts (publish --synthetic): some 350 words,
    // with a heading, a list and a quotation.
    $body = '<p>' . sentence(40) . "</p>\n<h2>" . ucfirst(words(3)) . "</h2>\n<p>" . sentence(60) . ' '
        . sentence(60) . "</p>\n<ul>\n<li>" . sentence(6) . "</li>\n<li>" . sentence(6) . "</li>\n</ul>\n"
        . '<blockquote><p>' . sentence(20) . "</p></blockquote>\n<p>" . sentence(75) . ' ' . sentence(75) . '</p>';
    $rows[] = [$id, $author_ids[$n % count($author_ids)], text($date), text($date), text($body),
        text("Scale post $n: " . words(4)), "''", "'publish'", "'open'", "'open'", "''",
        text("scale-post-$n"), "''", "''", text($date), text($date), "''", 0,
        text(home_url("/?p=$id")), 0, "'post'", "''", 0];
    // One category, a second on every fifth post; two topics; a theme on two posts in three;
    // a tag outside ASCII on one in fifty.
    $terms = [$categories[$n % count($categories)], $topics[$n % count($topics)], $topics[($n * 7 + 3) % count($topics)]];
    if ($n % 5 === 0) {
        $terms[] = $categories[($n / 5) % count($categories)];
    }
    if ($n % 3 !== 0) {
        $terms[] = $themes[$n % count($themes)];
    }
    if ($n % 50 === 0) {
        $terms[] = $abroad[($n / 50) % count($abroad)];
    }
    foreach (array_unique($terms) as $tt) {
        $relations[] = [$id, $tt, 0];
    }
    if (count($rows) === 250) {
        insert_rows($wpdb->posts, $post_columns, $rows);
        $rows = [];
    }
}
insert_rows($wpdb->posts, $post_columns, $rows);
foreach (array_chunk($relations, 2000) as $chunk) {
    insert_rows($wpdb->term_relationships, ['object_id', 'term_taxonomy_id', 'term_order'], $chunk);
}

$comment_columns = ['comment_ID', 'comment_post_ID', 'comment_author', 'comment_author_email',
    'comment_author_url', 'comment_author_IP', 'comment_date', 'comment_date_gmt', 'comment_content',
    'comment_karma', 'comment_approved', 'comment_agent', 'comment_type', 'comment_parent', 'user_id'];
$comment_row = function ($id, $post, $time, $parent) {
    $reader = mt_rand(1, 500);
    $date = text(gmdate('Y-m-d H:i:s', $time));
    $body = sentence(mt_rand(8, 30)) . (mt_rand(0, 3) === 0 ? "\n\n" . sentence(mt_rand(8, 20)) : '');
    return [$id, $post, text("Reader $reader"), text("reader$reader@example.org"), "''",
        "'127.0.0.1'", $date, $date, text($body), 0, "'1'", "''", "'comment'", $parent, 0];
};
$rows = [];
// The spread comments go round the older posts, one each per round; from the second round on,
// one in four answers the same post's comment of the round before.
$spread = $comment_total - $on_newest;
$older = $post_total - 1;
for ($i = 0; $i < $spread; $i++) {
    $n = $i % $older + 1;
    $round = intdiv($i, $older);
    $parent = ($round > 0 && $i % 4 === 0) ? $first_comment + $i - $older : 0;
    $rows[] = $comment_row($first_comment + $i, $first_post + $n - 1, $post_time($n) + ($round + 1) * 3600, $parent);
    if (count($rows) === 1000) {
        insert_rows($wpdb->comments, $comment_columns, $rows);
        $rows = [];
    }
}
// The newest post's thread, a minute apart: of each four, the second answers the first and the
// third answers the second (three deep); the fourth starts a thread of its own.
for ($k = 0; $k < $on_newest; $k++) {
    $id = $first_comment + $spread + $k;
    $parent = in_array($k % 4, [1, 2], true) ? $id - 1 : 0;
    $rows[] = $comment_row($id, $first_post + $post_total - 1, $newest + ($k + 1) * 60, $parent);
    if (count($rows) === 1000) {
        insert_rows($wpdb->comments, $comment_columns, $rows);
        $rows = [];
    }
}
insert_rows($wpdb->comments, $comment_columns, $rows);

// The counts wp_insert_post and wp_insert_comment would have kept: WordPress's own recount
// for the terms (one query a term), one UPDATE for every post's comments.
wp_update_term_count_now($categories, 'category');
wp_update_term_count_now(array_merge($themes, $topics, $abroad), 'post_tag');
check($wpdb->query("UPDATE $wpdb->posts p JOIN (SELECT comment_post_ID AS post, COUNT(*) AS n
    FROM $wpdb->comments WHERE comment_approved = '1' GROUP BY comment_post_ID) c ON c.post = p.ID
    SET p.comment_count = c.n"), 'comment counts');
wp_cache_flush();
update_option('blog_reader_bench_seed', $marker, false);
printf("seeded %d posts (ids %d to %d) and %d comments (%d on the newest post) in %.1f s\n",
    $post_total, $first_post, $first_post + $post_total - 1, $comment_total, $on_newest,
    microtime(true) - $started);
