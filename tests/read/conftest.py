"""A local HTTP server on 127.0.0.1 for the fetching and feed tests (never the internet).

Each path plays one case: a good page, redirects, a redirect loop, a slow drip, a huge
page, gzip (whole and truncated), wrong charsets, a PDF served as text/html, an image,
a 404, and an RSS feed whose entries point back here.
"""

from __future__ import annotations

import contextlib
import gzip
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

ARTICLE = """<!doctype html><html><head><meta charset="utf-8">
<title>Strikes kill 12 in Idlib, monitor says - Daily Planet</title>
<meta property="og:site_name" content="Daily Planet">
<meta property="article:published_time" content="2017-04-05T10:00:00Z">
</head><body><nav>Home | World | Sport</nav><article>
<h1>Strikes kill 12 in Idlib, monitor says</h1>
<p>BEIRUT (Reuters) - Air strikes killed at least 12 people in Idlib province on Tuesday, the Syrian Observatory for Human Rights said.</p>
<p>The British-based monitor said the death toll was likely to rise as rescuers searched the rubble of three buildings in the town.</p>
<p>Russia's defence ministry denied that its aircraft had struck the town, saying its planes were flying elsewhere that day.</p>
</article><footer>Copyright Daily Planet.</footer></body></html>"""

CAFE = ARTICLE.replace("Tuesday", "Tuesday near the café")


def feed(base: str) -> str:
    """An RSS feed: two good entries, a 404, and an entry with neither link nor content."""
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Daily Planet</title><link>{base}/</link>
<item><title>Strikes kill 12 in Idlib</title><link>{base}/page.html</link>
<guid>{base}/page.html</guid><pubDate>Wed, 05 Apr 2017 10:00:00 GMT</pubDate></item>
<item><title>Gone</title><link>{base}/missing</link><guid>gone-1</guid></item>
<item><title>Broken entry</title><guid>broken-1</guid></item>
<item><title>Strikes near the cafe</title><link>{base}/latin1-declared-utf8</link>
<guid>cafe-1</guid></item>
</channel></rss>"""


class Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def _send(self, status: int, body: bytes, content_type: str, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", headers.pop("length", str(len(body))))
        for key, value in headers.items():
            self.send_header(key.replace("_", "-"), value)
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def do_GET(self) -> None:
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        html = "text/html; charset=utf-8"
        path = self.path
        if path == "/page.html":
            self._send(200, ARTICLE.encode(), html)
        elif path == "/redirect":
            self._send(302, b"", html, Location="/page.html")
        elif path == "/loop":
            self._send(302, b"", html, Location="/loop")
        elif path == "/gzip":
            self._send(200, gzip.compress(ARTICLE.encode()), html, Content_Encoding="gzip")
        elif path == "/truncated-gzip":
            data = gzip.compress(ARTICLE.encode())
            self._send(200, data[: len(data) // 2], html, Content_Encoding="gzip")
        elif path == "/latin1-declared-utf8":
            self._send(200, CAFE.encode("cp1252"), html)
        elif path == "/utf8-declared-latin1":
            self._send(200, CAFE.encode("utf-8"), "text/html; charset=iso-8859-1")
        elif path == "/pdf-as-html":
            self._send(200, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n" * 50, html)
        elif path == "/image":
            self._send(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "image/png")
        elif path == "/huge":
            self._send(200, b"", html, length=str(100_000_000))
        elif path == "/huge-unannounced":
            self.send_response(200)
            self.send_header("Content-Type", html)
            self.end_headers()
            try:
                for _ in range(200):
                    self.wfile.write(b"<p>" + b"a" * 65_536 + b"</p>")
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/slow":
            self.send_response(200)
            self.send_header("Content-Type", html)
            self.end_headers()
            try:
                for _ in range(40):  # drips for 4 s, far past the test's 1 s timeout
                    self.wfile.write(b"<p>a</p>")
                    self.wfile.flush()
                    time.sleep(0.1)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif path == "/feed.rss":
            self._send(200, feed(base).encode(), "application/rss+xml")
        elif path == "/broken.rss":
            self._send(200, b"<rss><channel><item><title>cut", "application/rss+xml")
        else:
            self._send(404, b"not here", "text/plain")


@pytest.fixture(scope="session")
def server() -> Iterator[str]:
    """The base URL of a local test server, stopped at the end of the session."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
