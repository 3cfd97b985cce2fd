"""Where scheduled runs take coverage from: folders, RSS/Atom feeds and lists of URLs.

Each source yields :class:`Fetched` articles (or :class:`Failure` lines) one at a time, so a
run stores each as soon as it arrives. An input whose fingerprint the store already has
(unchanged file bytes, feed entry, page bytes, or an HTTP 304) is skipped without parsing.

The network:

* only ``http``/``https`` URLs, also after every redirect;
* addresses that are private, loopback, link-local or reserved are refused unless
  ``allow_private_addresses`` is set (protection against a feed pointing the fetcher at an
  internal service); the check is made on the address actually connected to, resolved once,
  so a second DNS answer cannot swap in a private one (DNS rebinding);
* a total deadline on every request (``fetch_timeout``: connecting, headers and body together,
  so a server trickling bytes is cut off), a size cap on every body, a User-Agent naming biaslens,
  conditional requests (ETag / Last-Modified) so an unchanged page costs one short reply.

Pages and HTML files are reduced to their article text with trafilatura (comments excluded).
Pull quotes, which repeat a sentence of the body in large type, are dropped (marked-up ones
before extraction, unmarked ones when their text repeats a longer paragraph) so a quote is not
counted twice; each drop is recorded as a removal the report shows.

Feeds are parsed with feedparser, from bytes fetched here (feedparser never fetches itself).
Its quirks: an entry without an id is keyed by its link; summaries carry HTML (stripped here);
``entry.author`` holds only the last author, so ``entry.authors`` is read instead.
"""

from __future__ import annotations

import functools
import hashlib
import http.client
import ipaddress
import json
import re
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, Sequence, Union

from .corpus import (  # noqa: F401 - the HTML names are re-exported: callers met them here first
    article_from_html,
    article_from_text,
    decode_bytes,
    drop_pull_quotes,
    drop_repeated_paragraphs,
    input_files,
    load_file,
    read_manifest,
)
from .errors import InputError, SettingsError
from .records import Article

if TYPE_CHECKING:
    from .settings import RunSettings, SourceSettings


@dataclass(frozen=True)
class Fetched:
    """One article taken from a source, with what the store needs to deduplicate it.

    ``key`` is the article's identity (normalised URL, feed entry id, or file path); ``input_key``
    and ``fingerprint`` record the input so an unchanged one is skipped next time.
    """

    key: str
    article: Article
    input_key: str
    fingerprint: str
    authors: tuple[str, ...] = ()
    etag: str = ""
    last_modified: str = ""
    last: bool = True  # the input's last article: its fingerprint is recorded with this one


@dataclass(frozen=True)
class Failure:
    """An input that could not be used this run, named, with the reason (one line)."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@dataclass(frozen=True)
class Unchanged:
    """An input recorded earlier with the same fingerprint (``count`` inputs skipped)."""

    count: int = 1


@dataclass(frozen=True)
class Seen:
    """An input fully taken in without producing an article (e.g. a feed whose entries are all known).

    The run records its fingerprint so it is skipped next time.
    """

    input_key: str
    fingerprint: str
    etag: str = ""
    last_modified: str = ""


Event = Union[Fetched, Failure, Unchanged, Seen]
#: Looks up what the store recorded for an input: (fingerprint, etag, last_modified) or None.
InputLookup = Callable[[str], "tuple[str, str, str] | None"]


def fingerprint(*parts: bytes | str) -> str:
    """SHA-256 over ``parts`` (separated, so ("ab", "c") differs from ("a", "bc"))."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8") if isinstance(part, str) else part)
        digest.update(b"\0")
    return digest.hexdigest()


# ---------------------------------------------------------------------------------------------
# HTTP


class FetchError(Exception):
    """A URL that could not be fetched (refused, unreachable, too large, HTTP error)."""


@dataclass(frozen=True)
class Response:
    """A fetched body (``status`` 200) or a 304 "not modified" (``body`` empty)."""

    url: str
    status: int
    body: bytes
    content_type: str = ""
    etag: str = ""
    last_modified: str = ""


def check_url(url: str, allow_private: bool = False) -> None:
    """Raise :class:`FetchError` unless ``url`` is http(s) to a public address (or private allowed)."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"only http and https URLs are fetched, not {parts.scheme or 'a bare path'!r}")
    host = parts.hostname
    if not host:
        raise FetchError("URL has no host")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise FetchError("URL has an invalid port") from None
    if allow_private:
        return
    resolve_checked(host, port, allow_private)


def resolve_checked(host: str, port: int, allow_private: bool) -> list[Any]:
    """Resolve ``host`` (``getaddrinfo`` entries); raise :class:`FetchError` if any address is not public.

    Non-public (private, loopback, link-local, reserved) addresses pass only when ``allow_private``.
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchError(f"cannot resolve {host} ({error})") from None
    if allow_private:
        return infos
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%", 1)[0])
        if not address.is_global:
            raise FetchError(
                f"refused: {host} resolves to the non-public address {address} "
                "(set allow_private_addresses = true to fetch from your own network)"
            )
    return infos


class _CheckedRedirect(urllib.request.HTTPRedirectHandler):
    """Follow redirects only to URLs that pass :func:`check_url` (at most 5 hops)."""

    max_redirections = 5

    def __init__(self, allow_private: bool, guard: "_Guard | None" = None) -> None:
        self.allow_private = allow_private
        self.guard = guard

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        check_url(newurl, self.allow_private)
        if self.guard is not None:
            self.guard.targets.add(urllib.parse.urlsplit(newurl).hostname or "")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class _Guard:
    """One request's total deadline and address check, shared by every connection it opens.

    The deadline covers the whole request (connect, headers, body, redirects): at the deadline
    a timer shuts every socket down, so a server trickling a byte at a time cannot hold a run
    (a per-read timeout never fires while bytes keep coming). Connections go to the very
    address that was checked, resolved once: no second lookup can swap in a private address
    (DNS rebinding). ``targets`` are the hosts of the URL and its redirects; a connection to
    another host is to a proxy from the environment (``https_proxy``), which the user chose and
    which may well sit on their own network, so it is not refused.
    """

    def __init__(self, seconds: float, allow_private: bool, url: str) -> None:
        self.seconds = seconds
        self.allow_private = allow_private
        self.targets = {urllib.parse.urlsplit(url).hostname or ""}
        self.end = time.monotonic() + seconds
        self.expired = False
        self.sockets: list[socket.socket] = []
        self.lock = threading.Lock()
        self.timer = threading.Timer(seconds, self._expire)
        self.timer.daemon = True

    def __enter__(self) -> "_Guard":
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.cancel()

    def _expire(self) -> None:
        with self.lock:
            self.expired = True
            for sock in self.sockets:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass  # already closed

    def remaining(self) -> float:
        """Seconds left before the deadline (never below a hundredth, so a timeout stays valid)."""
        return max(0.01, self.end - time.monotonic())

    def connect(self, host: str, port: int, source_address: Any = None) -> socket.socket:
        """Resolve ``host`` once, refuse non-public addresses (unless allowed), connect to a checked one."""
        infos = resolve_checked(host, port, self.allow_private or host not in self.targets)
        last: OSError | None = None
        for family, kind, proto, _, address in infos:
            sock = socket.socket(family, kind, proto)
            with self.lock:
                if self.expired:
                    sock.close()
                    break
                self.sockets.append(sock)
            try:
                sock.settimeout(self.remaining())
                if source_address:
                    sock.bind(source_address)
                sock.connect(address)
                return sock
            except OSError as error:
                last = error
                sock.close()
        raise last or OSError(f"cannot connect to {host}")


class _GuardedHTTPConnection(http.client.HTTPConnection):
    """An HTTP connection whose socket comes from :meth:`_Guard.connect` (checked, under the deadline)."""

    def __init__(self, *args: Any, guard: _Guard, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # http.client opens every socket through this attribute, proxies and TLS included.
        self._create_connection = lambda address, timeout=None, source=None: guard.connect(*address[:2], source)


class _GuardedHTTPSConnection(http.client.HTTPSConnection):
    """The same for HTTPS: TLS (and proxy tunnels) are left to http.client."""

    def __init__(self, *args: Any, guard: _Guard, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = lambda address, timeout=None, source=None: guard.connect(*address[:2], source)


class _GuardedHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, guard: _Guard) -> None:
        super().__init__()
        self.guard = guard

    def http_open(self, req):  # type: ignore[no-untyped-def]
        return self.do_open(functools.partial(_GuardedHTTPConnection, guard=self.guard), req)


class _GuardedHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, guard: _Guard) -> None:
        super().__init__()
        self.guard = guard

    def https_open(self, req):  # type: ignore[no-untyped-def]
        return self.do_open(functools.partial(_GuardedHTTPSConnection, guard=self.guard), req, context=self._context)


def fetch(
    url: str,
    settings: "RunSettings",
    etag: str = "",
    last_modified: str = "",
) -> Response:
    """GET ``url`` within the run's total deadline, size cap and User-Agent; conditional when validators are given.

    ``fetch_timeout`` bounds the whole request, not each socket read. Raises :class:`FetchError`
    with a one-line reason.
    """
    check_url(url, settings.allow_private_addresses)
    headers = {"User-Agent": settings.user_agent, "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    timed_out = FetchError(f"timed out: no complete reply within {settings.fetch_timeout:g} s")
    with _Guard(settings.fetch_timeout, settings.allow_private_addresses, url) as guard:
        opener = urllib.request.build_opener(
            _CheckedRedirect(settings.allow_private_addresses, guard), _GuardedHTTPHandler(guard), _GuardedHTTPSHandler(guard)
        )
        request = urllib.request.Request(url, headers=headers)
        try:
            with opener.open(request, timeout=settings.fetch_timeout) as reply:
                length = reply.headers.get("Content-Length")
                if length and length.isdigit() and int(length) > settings.max_bytes:
                    raise FetchError(f"too large: {int(length)} bytes (max_bytes = {settings.max_bytes})")
                chunks: list[bytes] = []
                size = 0
                while size <= settings.max_bytes:
                    # read1 returns what one read brings, so the deadline is checked between reads.
                    chunk = reply.read1(65536)
                    if not chunk or guard.expired:
                        break
                    chunks.append(chunk)
                    size += len(chunk)
                if guard.expired:
                    raise timed_out
                body = b"".join(chunks)
                if len(body) > settings.max_bytes:
                    raise FetchError(f"too large: more than max_bytes = {settings.max_bytes} bytes")
                return Response(
                    reply.geturl(),
                    reply.status,
                    body,
                    reply.headers.get("Content-Type", ""),
                    reply.headers.get("ETag", ""),
                    reply.headers.get("Last-Modified", ""),
                )
        except urllib.error.HTTPError as error:
            if error.code == 304:
                return Response(url, 304, b"", "", etag, last_modified)
            raise FetchError(f"HTTP {error.code} {error.reason}") from None
        except urllib.error.URLError as error:
            reason = error.reason
            if isinstance(reason, FetchError):
                raise reason from None
            if guard.expired or isinstance(reason, (TimeoutError, socket.timeout)):
                raise timed_out from None
            raise FetchError(f"cannot fetch ({reason})") from None
        except (TimeoutError, socket.timeout):
            raise timed_out from None
        except (OSError, ValueError, http.client.HTTPException) as error:
            if guard.expired:
                raise timed_out from None
            raise FetchError(f"cannot fetch ({error})") from None


def normalise_url(url: str) -> str:
    """Return ``url`` as an identity: lowercase scheme and host, no fragment, no tracking parameters."""
    parts = urllib.parse.urlsplit(url.strip())
    query = [
        (k, v)
        for k, v in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(("utm_", "fbclid", "gclid"))
    ]
    return urllib.parse.urlunsplit(
        (parts.scheme.lower(), (parts.netloc or "").lower(), parts.path or "/", urllib.parse.urlencode(query), "")
    )


def source_name(url: str) -> str:
    """A short readable name for an article found at ``url``: host and last path segment."""
    parts = urllib.parse.urlsplit(url)
    host = (parts.hostname or "web").removeprefix("www.")
    last = [p for p in parts.path.split("/") if p]
    tail = re.sub(r"\.(html?|php|aspx?)$", "", last[-1]) if last else ""
    return f"{host}/{tail[:60]}" if tail else host


# ---------------------------------------------------------------------------------------------
# HTML fragments (feed summaries); whole pages become articles in corpus.article_from_html

class _TextOfHtml(HTMLParser):
    """Text of an HTML fragment, a line per block element (feed summaries carry HTML)."""

    BLOCKS = {"p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    """Return the text of an HTML fragment, one line per paragraph, tags and entities resolved."""
    parser = _TextOfHtml()
    parser.feed(fragment)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


# ---------------------------------------------------------------------------------------------
# Sources


def iter_source(source: "SourceSettings", settings: "RunSettings", known: InputLookup) -> Iterator[Event]:
    """Yield what ``source`` has: new or changed articles, unchanged inputs, failures."""
    if source.type == "folder":
        yield from _folder(source, known)
    elif source.type == "feed":
        yield from _feed(source, settings, known)
    elif source.type == "urls":
        yield from _urls(source, settings, known)
    else:  # settings validation makes this unreachable
        yield Failure(source.label, f"unknown source type {source.type!r}")


def _folder(source: "SourceSettings", known: InputLookup) -> Iterator[Event]:
    folder = Path(source.path)
    if not folder.is_dir():
        yield Failure(source.label, "folder not found")
        return
    try:
        _, per_file = read_manifest(folder)
    except InputError as error:
        yield Failure(source.label, str(error))
        return
    for path in input_files([folder]):
        input_key = f"file:{path.resolve()}"
        metadata = dict(per_file.get(path.name) or {})
        if source.outlet:
            metadata["outlet"] = source.outlet
        try:
            data = path.read_bytes()
        except OSError as error:
            yield Failure(f"{source.label}/{path.name}", f"cannot read file ({error.strerror or error})")
            continue
        stamp = fingerprint(data, json.dumps(metadata, sort_keys=True))
        recorded = known(input_key)
        if recorded is not None and recorded[0] == stamp:
            yield Unchanged()
            continue
        try:
            articles, _ = load_file(path, metadata)
        except InputError as error:
            yield Failure(f"{source.label}/{path.name}", error.problem)
            continue
        for number, article in enumerate(articles, start=1):
            key = normalise_url(article.url) if article.url else f"{input_key}#{number}"
            yield Fetched(key, article, input_key, stamp, last=number == len(articles))


def _feed(source: "SourceSettings", settings: "RunSettings", known: InputLookup) -> Iterator[Event]:
    input_key = f"feed:{source.url}"
    recorded = known(input_key)
    # Pages are re-checked every run, so the feed's entries are needed even when the feed itself
    # did not change: ask for it without validators then.
    recheck = source.fetch_articles and source.recheck_pages
    validators = recorded[1:] if recorded and not recheck else ("", "")
    try:
        reply = fetch(source.url, settings, *validators)
    except FetchError as error:
        yield Failure(source.label, str(error))
        return
    stamp = fingerprint(reply.body)
    if not recheck and (reply.status == 304 or (recorded is not None and recorded[0] == stamp)):
        yield Unchanged()
        return
    import feedparser

    parsed = feedparser.parse(reply.body, response_headers={"content-type": reply.content_type or "application/xml"})
    if not parsed.entries:
        problem = getattr(parsed, "bozo_exception", None)
        yield Failure(source.label, f"not a feed or no entries ({problem})" if problem else "feed has no entries")
        return
    outlet = source.outlet or str(parsed.feed.get("title", "")).strip()
    failed = False
    for entry in parsed.entries[: settings.max_entries_per_feed]:
        link = str(entry.get("link", "")).strip()
        # Quirk: entries without an id are keyed by their link (feedparser leaves id unset).
        identity = str(entry.get("id", "")).strip() or link
        if not identity:
            yield Failure(source.label, f"entry {entry.get('title', '?')!r} has neither id nor link")
            failed = True
            continue
        entry_key = f"entry:{source.url}#{identity}"
        content = entry.get("content") or []
        body_html = content[0].get("value", "") if content else entry.get("summary", "")
        # Read ``updated`` only when present: feedparser otherwise falls back to ``published`` with a warning.
        updated = str(entry["updated"]) if "updated" in entry.keys() else ""
        stamp_entry = fingerprint(identity, link, entry.get("title", ""), updated, body_html)
        entry_recorded = known(entry_key)
        fetch_page = source.fetch_articles and bool(link)
        if not fetch_page or not recheck:
            if entry_recorded is not None and entry_recorded[0].split(":", 1)[0] == stamp_entry:
                yield Unchanged()
                continue
        # Quirk: ``author`` keeps only the last author; ``authors`` has them all.
        authors = tuple(str(a.get("name", "")).strip() for a in entry.get("authors", []) if a.get("name"))
        metadata = {
            "title": html_to_text(str(entry.get("title", ""))),
            "outlet": outlet,
            "url": link,
            "published": _entry_date(entry),
        }
        name = source_name(link) if link else f"{source.label}/{identity[:40]}"
        page_validators: tuple[str, str] = ("", "")
        try:
            if fetch_page:
                # The stored stamp is "<entry stamp>:<page stamp>": a page edited behind an unchanged
                # entry changes the second half. Validators are sent only when the entry is unchanged,
                # since a 304 then means there is nothing new at all.
                same_entry = entry_recorded is not None and entry_recorded[0].split(":", 1)[0] == stamp_entry
                try:
                    page = fetch(link, settings, *(entry_recorded[1:] if same_entry and entry_recorded else ("", "")))
                    combined = f"{stamp_entry}:{fingerprint(page.body)}"
                    if page.status == 304 or (entry_recorded is not None and entry_recorded[0] == combined):
                        yield Unchanged()
                        continue
                    article = article_from_html(page.body, name, {k: v for k, v in metadata.items() if v})
                    stamp_entry, page_validators = combined, (page.etag, page.last_modified)
                except (FetchError, InputError) as error:
                    # A feed carrying the full text still tells the story: use it, and say so. Its
                    # stamp has no page part, so the page is tried again next run.
                    problem = error.problem if isinstance(error, InputError) else str(error)
                    if len(html_to_text(body_html).split()) < FALLBACK_MIN_WORDS:
                        raise
                    why = f"{name}: the page could not be used ({problem}); analysed the text the feed carries instead"
                    article = _entry_article(body_html, name, metadata, [why])
            else:
                article = _entry_article(body_html, name, metadata)
        except (FetchError, InputError) as error:
            yield Failure(f"{source.label}: {link or identity}", str(error.problem if isinstance(error, InputError) else error))
            failed = True
            continue
        key = normalise_url(link) if link else entry_key
        yield Fetched(key, article, entry_key, stamp_entry, authors, *page_validators)
    if not failed:
        # Recorded last: a run killed before this point reads the feed again next time.
        yield Seen(input_key, stamp, reply.etag, reply.last_modified)


#: A feed entry's own text stands in for a page that cannot be fetched only when it is this long:
#: a full article carried in the feed, not a teaser summary of two sentences.
FALLBACK_MIN_WORDS = 120


def _entry_article(body_html: str, name: str, metadata: dict[str, str], warnings: list[str] | None = None) -> Article:
    """The article a feed entry carries itself (its content or summary, headline first)."""
    text = html_to_text(body_html)
    title = metadata["title"]
    if title and not text.startswith(title):
        text = f"{title}\n{text}"
    return article_from_text(text, name, metadata, warnings or ())


def check_sources(sources: "Sequence[SourceSettings]") -> None:
    """Raise :class:`SettingsError` for a feed or listed URL that is not http(s) (``file://``, a path).

    Such a source can never be fetched, so it is a mistake in the settings, found before the run
    starts, not a run with nothing to do.
    """
    for source in sources:
        urls = ([source.url] if source.type == "feed" else []) + (list(source.urls) if source.type == "urls" else [])
        for url in urls:
            scheme = urllib.parse.urlsplit(url).scheme.lower()
            if scheme not in ("http", "https"):
                raise SettingsError(
                    f"[[sources]] {source.label}: {url!r} is not an http(s) URL; "
                    "use a source of type = \"folder\" for files on this machine"
                )


def _entry_date(entry: Any) -> str:
    for field_name in ("published_parsed", "updated_parsed"):
        value = entry[field_name] if field_name in entry.keys() else None
        if value:
            return "%04d-%02d-%02dT%02d:%02d:%02dZ" % tuple(value[:6])
    return ""


def read_url_list(source: "SourceSettings") -> list[str]:
    """Return the URLs of a ``urls`` source: its ``urls`` list, then its file (one per line, # comments)."""
    urls = list(source.urls)
    if source.path:
        text = Path(source.path).read_text(encoding="utf-8")
        urls.extend(line.split("#", 1)[0].strip() for line in text.splitlines())
    seen: set[str] = set()
    return [u for u in urls if u and not (u in seen or seen.add(u))]  # type: ignore[func-returns-value]


def _urls(source: "SourceSettings", settings: "RunSettings", known: InputLookup) -> Iterator[Event]:
    try:
        urls = read_url_list(source)
    except (OSError, UnicodeDecodeError) as error:
        yield Failure(source.label, f"cannot read URL list ({error})")
        return
    for url in urls:
        input_key = f"url:{url}"
        recorded = known(input_key)
        try:
            reply = fetch(url, settings, *(recorded[1:] if recorded else ("", "")))
        except FetchError as error:
            yield Failure(url, str(error))
            continue
        stamp = fingerprint(reply.body)
        if reply.status == 304 or (recorded is not None and recorded[0] == stamp):
            yield Unchanged()
            continue
        metadata = {"url": url}
        if source.outlet:
            metadata["outlet"] = source.outlet
        try:
            article = article_from_html(reply.body, source_name(url), metadata)
        except InputError as error:
            yield Failure(url, error.problem)
            continue
        if article.outlet_from == "file name":  # no site name on the page: the host is the outlet
            host = (urllib.parse.urlsplit(url).hostname or "").removeprefix("www.")
            article = replace(article, outlet=host, outlet_from="metadata")
        yield Fetched(normalise_url(url), article, input_key, stamp, (), reply.etag, reply.last_modified)
