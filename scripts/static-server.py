"""A plain static file server for the browser tests: Python's own, with no rewrite rules, as a fan's host
would serve dist/. Quiet: it answers hundreds of requests per run, including the 404s the tests ask for on
purpose; a failure to start (a port in use) still ends the run with Python's own error."""

import functools
import http.server
import sys


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


port, directory = int(sys.argv[1]), sys.argv[2]
handler = functools.partial(QuietHandler, directory=directory)
http.server.ThreadingHTTPServer(("127.0.0.1", port), handler).serve_forever()
