<?php
// The benchmark's router for PHP's built-in server (bench/wordpress-scale.sh): the tests' own
// (tests/wordpress/router.php), plus a line per request answered in the access log that
// BLOG_READER_ACCESS_LOG names: status, method, address, the seconds WordPress took and the
// worker's process id (which shows that PHP_CLI_SERVER_WORKERS took), tab-separated. The server's own log is no count: with PHP 8.2 it logs some requests' status
// lines and not others (none of the REST API's), and its "Accepted" lines are connections.
$blog_reader_access_log = getenv('BLOG_READER_ACCESS_LOG');
if ($blog_reader_access_log !== false) {
    register_shutdown_function(function () use ($blog_reader_access_log) {
        $line = sprintf("%d\t%s\t%s\t%.4f\t%d\n", http_response_code(), $_SERVER['REQUEST_METHOD'],
            $_SERVER['REQUEST_URI'], microtime(true) - $_SERVER['REQUEST_TIME_FLOAT'], getmypid());
        // The workers answer at once: a locked append keeps each line whole.
        file_put_contents($blog_reader_access_log, $line, FILE_APPEND | LOCK_EX);
    });
}
return require __DIR__ . '/../tests/wordpress/router.php';
