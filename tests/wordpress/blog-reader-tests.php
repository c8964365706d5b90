<?php
/*
 * Plugin Name: Blog reader tests
 * Description: What the reader's end-to-end tests need from a stock WordPress: anonymous
 * comments through the REST API (as a public blog with a comment form allows), and application
 * passwords over plain http on 127.0.0.1, so that the seed script can write through the API.
 * Must-use plugin for the test site only; never install it on a real one.
 */

add_filter('rest_allow_anonymous_comments', '__return_true');
add_filter('wp_is_application_passwords_available', '__return_true');

// The tests post several comments within seconds from one address; WordPress's flood check
// would refuse all but the first. Duplicates are still refused (HTTP 409).
add_filter('comment_flood_filter', '__return_false');

/*
 * Hostile content (tests/wordpress/seed-hostile.mjs, read by tests/e2e/wordpress-hostile.spec.mjs).
 *
 * Names as the editor typed them: WordPress strips tags from term, author and commenter names
 * and escapes what is left before storing them, but a plugin, an import or an edit in the
 * database need not, and the reader must not rely on it. For a request by a user allowed
 * unfiltered HTML (the seed script, as the site's administrator), the names given reach the
 * database, and so the API's answers, as they were sent.
 */
foreach (['pre_term_name', 'pre_user_display_name', 'pre_comment_author_name'] as $blog_reader_filter) {
    remove_filter($blog_reader_filter, 'sanitize_text_field');
    remove_filter($blog_reader_filter, 'wp_filter_kses');
    remove_filter($blog_reader_filter, '_wp_specialchars', 30);
}

/** The field as the request's JSON body sent it (the API sanitises its own copy). */
function blog_reader_as_sent($request, $field) {
    $body = json_decode($request->get_body(), true);
    return is_array($body) && isset($body[$field]) && is_string($body[$field]) ? $body[$field] : null;
}

foreach (['category', 'post_tag'] as $blog_reader_taxonomy) {
    add_filter("rest_pre_insert_{$blog_reader_taxonomy}", function ($term, $request) {
        $name = blog_reader_as_sent($request, 'name');
        if ($name !== null && current_user_can('unfiltered_html')) {
            $term->name = $name;
        }
        return $term;
    }, 10, 2);
}

add_filter('rest_pre_insert_user', function ($user, $request) {
    $name = blog_reader_as_sent($request, 'name');
    if ($name !== null && current_user_can('unfiltered_html')) {
        $user->display_name = $name;
    }
    return $user;
}, 10, 2);

add_filter('rest_preprocess_comment', function ($comment, $request) {
    $name = blog_reader_as_sent($request, 'author_name');
    if ($name !== null && current_user_can('unfiltered_html')) {
        $comment['comment_author'] = $name;
    }
    return $comment;
}, 10, 2);

/*
 * A second blog in the same WordPress: the posts in the category `hostile`, their terms
 * (slugs beginning `hostile`) and their authors (user names beginning `hostile`) are in the
 * API's answers only for requests with `blog_reader_hostile` in their query, or signed in. The other tests
 * see the site they were written for; the hostile tests add the parameter to every request.
 */
function blog_reader_hostile_wanted() {
    return isset($_GET['blog_reader_hostile']) || is_user_logged_in();
}

/*
 * A third blog: the posts in the category `bulk` (tests/wordpress/seed-bulk.php: more than a
 * hundred posts, one with more than a hundred comments) and their terms (slugs beginning
 * `bulk`), in the answers only for a signed-in request: the publish step reading the whole
 * site with the application password (scripts/e2e), never the browser's tests.
 */
function blog_reader_hidden_slugs() {
    $hidden = is_user_logged_in() ? [] : ['bulk'];
    if (!blog_reader_hostile_wanted()) {
        $hidden[] = 'hostile';
    }
    return $hidden;
}

function blog_reader_hidden_term_ids($taxonomy) {
    global $wpdb;
    $ids = [];
    foreach (blog_reader_hidden_slugs() as $prefix) {
        $ids = array_merge($ids, array_map('intval', $wpdb->get_col($wpdb->prepare(
            "SELECT t.term_id FROM $wpdb->terms t JOIN $wpdb->term_taxonomy tt ON tt.term_id = t.term_id
             WHERE tt.taxonomy = %s AND t.slug LIKE %s",
            $taxonomy,
            $prefix . '%'
        ))));
    }
    return $ids;
}

add_filter('rest_post_query', function ($args) {
    foreach (blog_reader_hidden_slugs() as $slug) {
        $hidden = get_term_by('slug', $slug, 'category');
        if (!$hidden) {
            continue;
        }
        $args['tax_query'] = $args['tax_query'] ?? [];
        $args['tax_query'][] = [
            'taxonomy' => 'category',
            'field' => 'term_id',
            'terms' => [$hidden->term_id],
            'operator' => 'NOT IN',
        ];
    }
    return $args;
});

foreach (['category', 'post_tag'] as $blog_reader_taxonomy) {
    add_filter("rest_{$blog_reader_taxonomy}_query", function ($args) use ($blog_reader_taxonomy) {
        $args['exclude'] = array_merge(
            (array) ($args['exclude'] ?? []),
            blog_reader_hidden_term_ids($blog_reader_taxonomy)
        );
        return $args;
    });
}

add_filter('rest_user_query', function ($args) {
    if (blog_reader_hostile_wanted()) {
        return $args;
    }
    global $wpdb;
    $ids = array_map('intval', $wpdb->get_col("SELECT ID FROM $wpdb->users WHERE user_login LIKE 'hostile%'"));
    $args['exclude'] = array_merge((array) ($args['exclude'] ?? []), $ids);
    return $args;
});
