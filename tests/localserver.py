"""A real HTTP server on 127.0.0.1 for tests of feeds and URL fetching: no mocked network.

Only the loopback address is ever served or contacted.
"""

from __future__ import annotations

import http.server
import threading
import time
from pathlib import Path


class RecordingHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files, records each request's User-Agent, and simulates a slow page and a bad redirect."""

    seen_agents: list[str] = []

    def log_message(self, *args) -> None:  # keep test output clean
        pass

    def handle(self) -> None:
        try:
            super().handle()
        except (BrokenPipeError, ConnectionResetError):  # the client gave up on purpose (timeout tests)
            pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        type(self).seen_agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/slow":
            time.sleep(1.5)
        if self.path in ("/trickle", "/trickle-headers"):
            self._trickle(headers_too=self.path == "/trickle-headers")
            return
        if self.path == "/to-ftp":
            self.send_response(302)
            self.send_header("Location", "ftp://127.0.0.1/file")
            self.end_headers()
            return
        super().do_GET()


    def _trickle(self, headers_too: bool) -> None:
        """A byte every 0.1 s for 4 s: each socket read succeeds, only a total deadline stops it."""
        head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 40\r\n\r\n"
        body = b"<html><body><p>" + b"x" * 25
        stream = head + body if headers_too else body
        if not headers_too:
            self.wfile.write(head)
            self.wfile.flush()
        for byte in stream[:40]:
            self.wfile.write(bytes([byte]))
            self.wfile.flush()
            time.sleep(0.1)


class LocalServer:
    """A threaded ``http.server`` on 127.0.0.1 serving ``root``; ``url(path)`` builds URLs."""

    def __init__(self, root: Path) -> None:
        handler = lambda *a, **k: RecordingHandler(*a, directory=str(root), **k)  # noqa: E731
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.root = root

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/{path.lstrip('/')}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
