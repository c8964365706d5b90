<?php
// Run by scripts/wordpress once WordPress is installed: pretty permalinks (so /wp-json/ is the
// API's root, as on a real site) and an application password for the seed script, printed.
require __DIR__ . '/load-wordpress.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';

update_option('permalink_structure', '/%year%/%monthnum%/%postname%/');
update_option('posts_per_page', 5);
// The "Hello world!" post a new install has: the seed writes its own.
wp_delete_post(1, true);
flush_rewrite_rules(false);
list($password) = WP_Application_Passwords::create_new_application_password(1, ['name' => 'seed']);
echo $password;
