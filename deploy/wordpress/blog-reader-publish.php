<?php
/**
 * Plugin Name: Blog reader: publish on change
 * Description: Asks the blog reader's host to publish again when a post or a comment that
 *   readers can see changes. A must-use plugin: copy it into wp-content/mu-plugins/.
 *
 * Set in wp-config.php (docs/deployment.md, "Publishing when WordPress changes"):
 *   define('BLOG_READER_PUBLISH_URL', 'https://blog-host.example.gov.uk/publish');
 *   define('BLOG_READER_PUBLISH_SECRET', '…a long random string, the same as the host's…');
 * Without both, it does nothing.
 */

if (!defined('ABSPATH')) {
    exit;
}

/** Notes that a publish is wanted; one call at the end of the request, however many changes. */
function blog_reader_publish_wanted($reason)
{
    static $wanted = false;
    if ($wanted || !defined('BLOG_READER_PUBLISH_URL') || !defined('BLOG_READER_PUBLISH_SECRET')) {
        return;
    }
    $wanted = true;
    add_action('shutdown', function () use ($reason) {
        // The editor's answer first, where PHP-FPM can send it before the call.
        if (function_exists('fastcgi_finish_request')) {
            fastcgi_finish_request();
        }
        wp_remote_post(BLOG_READER_PUBLISH_URL, [
            'timeout' => 3,
            'headers' => [
                'Content-Type' => 'application/json',
                'X-Blog-Reader-Secret' => BLOG_READER_PUBLISH_SECRET,
            ],
            'body' => wp_json_encode(['reason' => $reason]),
        ]);
    });
}

// A post that is, or was, published: new, edited, unpublished, trashed or deleted.
add_action('transition_post_status', function ($new, $old, $post) {
    if ($post->post_type === 'post' && ($new === 'publish' || $old === 'publish')) {
        blog_reader_publish_wanted("post {$post->ID} $old -> $new");
    }
}, 10, 3);
add_action('post_updated', function ($id, $after, $before) {
    if ($after->post_type === 'post' && $after->post_status === 'publish') {
        blog_reader_publish_wanted("post $id edited");
    }
}, 10, 3);
add_action('before_delete_post', function ($id, $post) {
    if ($post->post_type === 'post' && $post->post_status === 'publish') {
        blog_reader_publish_wanted("post $id deleted");
    }
}, 10, 2);

// A comment readers see: approved on arrival, approved later, edited, or taken away.
add_action('comment_post', function ($id, $approved) {
    if ($approved === 1) {
        blog_reader_publish_wanted("comment $id");
    }
}, 10, 2);
add_action('transition_comment_status', function ($new, $old, $comment) {
    if ($new === 'approved' || $old === 'approved') {
        blog_reader_publish_wanted("comment {$comment->comment_ID} $old -> $new");
    }
}, 10, 3);
add_action('edit_comment', function ($id) {
    if (wp_get_comment_status($id) === 'approved') {
        blog_reader_publish_wanted("comment $id edited");
    }
});
// Categories, tags and authors change how posts are listed.
foreach (['edited_category', 'edited_post_tag', 'delete_category', 'delete_post_tag', 'profile_update'] as $hook) {
    add_action($hook, function () use ($hook) {
        blog_reader_publish_wanted($hook);
    });
}
