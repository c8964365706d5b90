<?php
// WordPress loaded in this PHP process, for the tests' set-up scripts (prepare.php,
// seed-bulk.php), reading the configuration this test run wrote (see scripts/wordpress.sh:
// Debian's wp-config.php reads /etc/wordpress/config-$WORDPRESS_CONFIG.php).
$_SERVER['HTTP_HOST'] = '127.0.0.1';
if (getenv('BLOG_READER_WP_CONFIG') !== false) {
    $_SERVER['WORDPRESS_CONFIG'] = getenv('BLOG_READER_WP_CONFIG');
}
define('WP_USE_THEMES', false);
require '/usr/share/wordpress/wp-load.php';
