#!/usr/bin/env python3
"""Runs the publish command when WordPress says something changed (docs/deployment.md).

WordPress's must-use plugin (deploy/wordpress/blog-reader-publish.php) posts to
/publish with the shared secret in X-Blog-Reader-Secret. Each accepted call asks for one run
of the command; calls that arrive while it runs are folded into one more run after it, so a
burst of edits publishes at most twice and two runs never overlap. Python's standard library
only.

Environment:
  BLOG_READER_PUBLISH_SECRET   the shared secret (required; the same as WordPress's)
  BLOG_READER_PUBLISH_COMMAND  what to run, split like a shell line but run without one
                               (default: systemctl start blog-publish.service)
  BLOG_READER_WEBHOOK_ADDRESS  where to listen (default 127.0.0.1:8787; put it behind the
                               site's HTTPS server, or a firewall, as it has no TLS)
"""

import hmac
import os
import shlex
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SECRET = os.environ.get("BLOG_READER_PUBLISH_SECRET", "").encode()
COMMAND = shlex.split(os.environ.get("BLOG_READER_PUBLISH_COMMAND", "systemctl start blog-publish.service"))
HOST, _, PORT = os.environ.get("BLOG_READER_WEBHOOK_ADDRESS", "127.0.0.1:8787").rpartition(":")
# A larger body is not WordPress's notice.
MAX_BODY = 4096


class Runner:
    """One run at a time; calls during a run make exactly one more run after it."""

    def __init__(self, command):
        self.command = command
        self.lock = threading.Lock()
        self.running = False
        self.again = False

    def request(self):
        with self.lock:
            if self.running:
                self.again = True
                return
            self.running = True
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self):
        while True:
            result = subprocess.run(self.command, check=False)
            print(f"publish: {shlex.join(self.command)} exited {result.returncode}", flush=True)
            with self.lock:
                if not self.again:
                    self.running = False
                    return
                self.again = False


class Handler(BaseHTTPRequestHandler):
    runner = None

    def do_POST(self):
        if self.path != "/publish":
            return self._answer(404, "not found")
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            return self._answer(413, "too large")
        self.rfile.read(length)
        given = (self.headers.get("X-Blog-Reader-Secret") or "").encode()
        if not hmac.compare_digest(given, SECRET):
            return self._answer(403, "wrong secret")
        self.runner.request()
        return self._answer(202, "publishing")

    def do_GET(self):
        self._answer(405, "POST only")

    def _answer(self, status, text):
        body = (text + "\n").encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        # The request line only: never the headers, which carry the secret.
        print(f"webhook: {self.address_string()} {format % args}", flush=True)


def main():
    if len(SECRET) < 16:
        sys.exit("publish-webhook: set BLOG_READER_PUBLISH_SECRET to a random string of 16 characters or more")
    Handler.runner = Runner(COMMAND)
    server = ThreadingHTTPServer((HOST, int(PORT)), Handler)
    print(f"publish-webhook: listening on {HOST}:{PORT}, running {shlex.join(COMMAND)}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
