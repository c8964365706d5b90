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
