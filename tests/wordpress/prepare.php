<?php
// Run by scripts/wordpress once WordPress is installed: pretty permalinks (so /wp-json/ is the
// API's root, as on a real site) and an application password for the seed script, printed.
$_SERVER['HTTP_HOST'] = '127.0.0.1';
// Which /etc/wordpress/config-*.php Debian's wp-config.php reads (see scripts/wordpress.sh).
if (getenv('BLOG_READER_WP_CONFIG') !== false) {
    $_SERVER['WORDPRESS_CONFIG'] = getenv('BLOG_READER_WP_CONFIG');
}
define('WP_USE_THEMES', false);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';

update_option('permalink_structure', '/%year%/%monthnum%/%postname%/');
update_option('posts_per_page', 5);
// The "Hello world!" post a new install has: the seed writes its own.
wp_delete_post(1, true);
flush_rewrite_rules(false);
list($password) = WP_Application_Passwords::create_new_application_password(1, ['name' => 'seed']);
echo $password;
