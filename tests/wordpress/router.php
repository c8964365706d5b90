<?php
// PHP's built-in server: a file that exists is served as it is; every other address goes to
// WordPress's front controller, as Apache's rewrite rules would send it (pretty permalinks,
// /wp-json/).
// Which /etc/wordpress/config-*.php Debian's wp-config.php reads (see scripts/wordpress.sh).
if (getenv('BLOG_READER_WP_CONFIG') !== false) {
    $_SERVER['WORDPRESS_CONFIG'] = getenv('BLOG_READER_WP_CONFIG');
}
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$file = $_SERVER['DOCUMENT_ROOT'] . $path;
if ($path !== '/' && is_file($file)) {
    return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
