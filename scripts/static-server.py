"""A plain static file server for the browser tests: Python's own, with no rewrite rules, as a fan's host
would serve dist/. Quiet: it answers hundreds of requests per run, including the 404s the tests ask for on
purpose; a failure to start (a port in use) still ends the run with Python's own error."""

import functools
import http.server
import sys


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A browser that drops a request it no longer needs (a page navigated away mid-download) closes the
        # connection under the server: that is not an error of the run, so no traceback is printed for it.
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)


port, directory = int(sys.argv[1]), sys.argv[2]
handler = functools.partial(QuietHandler, directory=directory)
QuietServer(("127.0.0.1", port), handler).serve_forever()
