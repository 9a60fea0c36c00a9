"""A plain static file server for the browser tests: Python's own, with no rewrite rules, as a fan's host
would serve dist/. Quiet about requests (hundreds per test run); errors are still printed."""

import functools
import http.server
import sys


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_request(self, code="-", size="-"):
        pass


port, directory = int(sys.argv[1]), sys.argv[2]
handler = functools.partial(QuietHandler, directory=directory)
http.server.ThreadingHTTPServer(("127.0.0.1", port), handler).serve_forever()
