"""A local article server on 127.0.0.1 (port 0) serving self-written pages for the tests.

Each route is one kind of good or bad web page; nothing here is copied from a real site.
"""

from __future__ import annotations

import gzip
import html
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{title}</title>
<meta property="og:site_name" content="The Test Ledger">
<meta name="author" content="Jordan Pike">
<meta property="article:published_time" content="2026-03-14T09:00:00Z">
<link rel="canonical" href="{canonical}">
</head><body>
<header><nav><a href="/">Home</a> <a href="/tech">Tech</a></nav></header>
<article>
<h1>{title}</h1>
<p class="byline">By Jordan Pike</p>
<p>Lumen Labs said on Monday that it will publish the weights of its Aurora 2 language model
under an open licence, letting any developer download, inspect and fine-tune it.</p>
<p>"Open models are how a small team gets the same tools as the giants," Lumen Labs chief
executive Priya Raman said in an interview. She argued that transparency lets defenders find
flaws faster than attackers can exploit them.</p>
<p>The move puts Lumen Labs at odds with Vantage AI, which sells access to its Meridian model
only through a paid API. Vantage AI president Daniel Okafor argued that releasing the weights of
frontier systems is reckless, and said closed models let the company monitor misuse.</p>
<p>Analysts expect other laboratories to pick a side in the coming months, as regulators in
several countries study whether openly released models need different rules.</p>
<p>Email Jordan Pike at jordan@example.com. Follow him on X at @jpike.</p>
</article>
<aside><h3>Related</h3><a href="/other">Ten gadgets we loved this year</a></aside>
<footer>Copyright 2026 The Test Ledger. All rights reserved.</footer>
</body></html>"""

FRENCH_HTML = """<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Les modèles ouverts gagnent du terrain</title></head><body><article>
<h1>Les modèles ouverts gagnent du terrain</h1>
<p>La société Lumen Labs a annoncé lundi qu'elle publierait les poids de son modèle de langage
sous une licence ouverte, afin que tous les développeurs puissent le télécharger et l'étudier.</p>
<p>Selon sa directrice générale, les modèles ouverts permettent aux petites équipes d'accéder
aux mêmes outils que les géants de la technologie, tandis que ses concurrents préfèrent garder
leurs systèmes fermés pour des raisons de sécurité et de contrôle commercial.</p>
<p>Les analystes pensent que d'autres laboratoires devront bientôt choisir leur camp dans ce
débat qui divise le secteur depuis plusieurs années déjà.</p>
</article></body></html>"""

PAYWALL_HTML = """<!doctype html><html><head><meta charset="utf-8"><title>Inside the model wars</title>
</head><body><article><h1>Inside the model wars</h1>
<p>The battle over open models is heating up across the industry this year.</p>
<div class="paywall"><p>Subscribe to continue reading. Already a subscriber? Sign in.</p></div>
</article></body></html>"""


def latin1_page(declared: bool) -> bytes:
    meta = '<meta charset="iso-8859-1">' if declared else ""
    body = ARTICLE_HTML.replace('<meta charset="utf-8">', meta).format(
        title="Café owners débate open models", canonical="/latin1"
    )
    return body.encode("latin-1", errors="replace")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def _send(
        self,
        status: int,
        body: bytes,
        ctype: str = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        server = self.server
        server.hits.append(self.path)  # type: ignore[attr-defined]
        base = f"http://127.0.0.1:{server.server_address[1]}"
        path = self.path.split("?", 1)[0]
        if path.startswith("/article") or path.startswith("/slow-article"):
            if path.startswith("/slow-article"):
                # an article that takes a while: a link still being worked on when the
                # instance answering it is killed
                time.sleep(SLOW_ARTICLE_SECONDS)
            title = server.titles.get(path, "Lumen Labs opens its Aurora model")  # type: ignore
            page = ARTICLE_HTML.format(title=title, canonical=base + path)
            self._send(200, page.encode())
        elif path == "/text":
            self._send(
                200,
                b"Plain headline\nLumen Labs will publish its weights. " * 30,
                "text/plain; charset=utf-8",
            )
        elif path == "/french":
            self._send(200, FRENCH_HTML.encode())
        elif path == "/paywall":
            self._send(200, PAYWALL_HTML.encode())
        elif path == "/latin1":
            self._send(200, latin1_page(True), "text/html; charset=iso-8859-1")
        elif path == "/latin1-undeclared":
            self._send(200, latin1_page(False), "text/html")
        elif path == "/wrong-charset":
            self._send(
                200,
                ARTICLE_HTML.format(title="Ünïcode títle", canonical="/x").encode(),
                "text/html; charset=ascii",
            )
        elif path == "/pdf":
            self._send(200, b"%PDF-1.7\n" + b"0" * 2000, "application/pdf")
        elif path == "/image":
            self._send(200, b"\x89PNG\r\n" + b"0" * 100, "image/png")
        elif path == "/sniff-pdf":
            self._send(200, b"%PDF-1.4\n" + b"0" * 100, "application/octet-stream")
        elif path in ("/403", "/404", "/500", "/503"):
            self._send(int(path[1:]), b"<html><body>nope</body></html>")
        elif path == "/redirect":
            self._send(302, b"", headers={"Location": "/article-redirected"})
        elif path == "/redirect-blocked":
            self._send(302, b"", headers={"Location": "http://169.254.169.254/latest/meta-data"})
        elif path == "/redirect-file":
            self._send(302, b"", headers={"Location": "file:///etc/passwd"})
        elif path == "/loop":
            self._send(302, b"", headers={"Location": "/loop2"})
        elif path == "/loop2":
            self._send(302, b"", headers={"Location": "/loop"})
        elif path.startswith("/chain"):
            n = int(path[6:] or 0)
            self._send(302, b"", headers={"Location": f"/chain{n + 1}"})
        elif path == "/big-declared":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(50_000_000))
            self.end_headers()
        elif path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            chunk = b"<p>" + b"a" * 65000 + b"</p>"
            try:
                for _ in range(10_000):
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            except OSError:
                pass
        elif path == "/gzip-bomb":
            raw = b"<html>" + b" " * 60_000_000
            body = gzip.compress(raw, compresslevel=9)
            self._send(200, body, "text/html", {"Content-Encoding": "gzip"})
        elif path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            try:
                for _ in range(100):
                    self.wfile.write(b"<")
                    self.wfile.flush()
                    time.sleep(0.2)
            except OSError:
                pass
        elif path == "/trickle-headers":
            try:
                for ch in (
                    b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + b"X-Slow: " + (b"a" * 200)
                ):
                    self.wfile.write(bytes([ch]))
                    self.wfile.flush()
                    time.sleep(0.05)
            except OSError:
                pass
            self.close_connection = True
        elif path == "/hang":
            time.sleep(server.hang_seconds)  # type: ignore[attr-defined]
            self._send(200, b"late")
        elif path == "/channel-title":
            # a page whose visible title reads "<!channel> ... <@U123>" (escaped as HTML must)
            title = html.escape("<!channel> Lumen Labs & <@U123> open up")
            page = ARTICLE_HTML.format(title=title, canonical=base + path)
            self._send(200, page.encode())
        else:
            self._send(404, b"not here")


# how long a /slow-article page takes: longer than a kill takes to follow the acknowledgement
SLOW_ARTICLE_SECONDS = 2.0


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients that hang up early (the fetcher cutting a body off) are expected


class ArticleServer:
    """Start with `with ArticleServer() as srv:`; `srv.url('/article')`."""

    def __init__(self, hang_seconds: float = 5.0) -> None:
        self.httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self.httpd.hits = []  # type: ignore[attr-defined]
        self.httpd.titles = {}  # type: ignore[attr-defined]
        self.httpd.hang_seconds = hang_seconds  # type: ignore[attr-defined]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return self.httpd.server_address[1]

    @property
    def hits(self) -> list[str]:
        return self.httpd.hits  # type: ignore[attr-defined]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def __enter__(self) -> ArticleServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
