<?php
// Run by scripts/wordpress.sh after seed.mjs: the test site's third blog, for publishing from
// WordPress (tests/e2e/wordpress-published.spec.mjs): 110 posts in the category `bulk`, so
// the API's posts come in more than one page of a hundred, with a tag outside ASCII, and one
// post with 105 comments (two pages), and a category outside ASCII. Written in-process, not through the API: a second,
// not a minute. The test plugin shows all of it only to signed-in requests.
require __DIR__ . '/load-wordpress.php';

const BULK_POSTS = 110;
const BULK_COMMENTS = 105;

wp_defer_term_counting(true);
wp_defer_comment_counting(true);
$category = wp_insert_term('Bulk', 'category', ['slug' => 'bulk']);
$news = wp_insert_term('Новости', 'category', ['slug' => 'bulk-новости']);
// The slug as WordPress makes one from Cyrillic: percent-encoded.
$tag = wp_insert_term('Данные', 'post_tag', ['slug' => 'bulk-данные']);
if (is_wp_error($category) || is_wp_error($news) || is_wp_error($tag)) {
    fwrite(STDERR, "seed-bulk: the bulk terms could not be made\n");
    exit(1);
}
$commented = 0;
for ($i = 1; $i <= BULK_POSTS; $i++) {
    // Older than every other post: 2013, a post every three days.
    $date = gmdate('Y-m-d H:i:s', gmmktime(9, 30, 0, 1, 1, 2013) + $i * 3 * 86400);
    $id = wp_insert_post([
        'post_title' => "Bulk post $i",
        'post_name' => "bulk-post-$i",
        'post_status' => 'publish',
        'post_author' => 1,
        'post_date_gmt' => $date,
        'post_date' => $date,
        'post_content' => "<p>Bulk post $i, one of " . BULK_POSTS . '.</p>',
        'post_excerpt' => "Bulk post $i.",
        'post_category' => [$category['term_id'], $news['term_id']],
        'comment_status' => 'open',
    ], true);
    if (is_wp_error($id)) {
        fwrite(STDERR, 'seed-bulk: ' . $id->get_error_message() . "\n");
        exit(1);
    }
    wp_set_post_terms($id, [$tag['term_id']], 'post_tag');
    if ($i === BULK_POSTS) {
        $commented = $id;
    }
}
for ($c = 1; $c <= BULK_COMMENTS; $c++) {
    $date = gmdate('Y-m-d H:i:s', gmmktime(8, 0, 0, 1, 1, 2014) + $c * 60);
    wp_insert_comment([
        'comment_post_ID' => $commented,
        'comment_author' => "Bulk reader $c",
        'comment_author_email' => "bulk$c@example.org",
        'comment_content' => "Bulk comment $c <script>window.__wpHacked = 'bulk'</script>",
        'comment_approved' => 1,
        'comment_date_gmt' => $date,
        'comment_date' => $date,
    ]);
}
wp_defer_term_counting(false);
wp_defer_comment_counting(false);
echo 'seeded ' . BULK_POSTS . ' bulk posts and ' . BULK_COMMENTS . " comments on bulk-post-" . BULK_POSTS . "\n";
