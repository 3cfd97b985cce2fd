"""The fetcher's promises against a real server on 127.0.0.1: a total deadline per request, the
address check on the address actually connected, feed entries that stand in for pages that
cannot be fetched, and non-web feeds refused as a settings error (exit 2)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import pytest

from biaslens.errors import SettingsError
from biaslens.settings import RunSettings, SourceSettings
from biaslens.sources import Failure, Fetched, FetchError, check_sources, fetch, iter_source
from conftest import ROOT
from localserver import LocalServer
from test_sources import FLOOD, page

FAST = RunSettings(allow_private_addresses=True, fetch_timeout=0.5)
# Tests about what a feed carries, not about the deadline: a busy machine may take longer than
# half a second to answer even on 127.0.0.1.
PATIENT = RunSettings(allow_private_addresses=True, fetch_timeout=10)


@pytest.fixture
def server(tmp_path):
    served = LocalServer(tmp_path)
    yield served
    served.close()


@pytest.mark.parametrize("path", ["trickle", "trickle-headers"])
def test_a_trickling_server_is_cut_off_at_the_total_deadline(server, path):
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out: no complete reply within 0.5 s"):
        fetch(server.url(path), FAST)
    # The server would go on for 4 s, each byte well within any per-read timeout.
    assert time.monotonic() - started < 1.5


def test_the_address_checked_is_the_address_connected(server, monkeypatch):
    """DNS rebinding: the first answer is public, the next one points at this machine."""
    port = server.httpd.server_address[1]
    (server.root / "secret.html").write_text("internal", encoding="utf-8")
    real = socket.getaddrinfo
    answers = iter(["93.184.215.14"])

    def rebinding(host, *args, **kwargs):
        if host != "news.example":
            return real(host, *args, **kwargs)
        address = next(answers, "127.0.0.1")
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    with pytest.raises(FetchError, match="non-public address 127.0.0.1"):
        fetch(f"http://news.example:{port}/secret.html", RunSettings(fetch_timeout=2.0))


FEED = """<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Coast Radio News</title>
<item><title>Floods hit Valmora</title><link>{link}</link><guid>flood-1</guid>
<pubDate>Tue, 28 Oct 2025 10:00:00 GMT</pubDate>
<description>{summary}</description>
{content}
</item></channel></rss>"""


def _feed(server, summary: str, content: str = "") -> SourceSettings:
    body = FEED.format(link=server.url("gone.html"), summary=summary, content=content)
    (server.root / "feed.xml").write_text(body, encoding="utf-8")
    return SourceSettings(type="feed", url=server.url("feed.xml"))


def test_a_feed_entry_with_full_text_stands_in_for_a_page_that_cannot_be_fetched(server):
    full = "".join(f"<p>{p}</p>" for p in FLOOD * 3)
    source = _feed(server, "Floods in Valmora.", f"<content:encoded><![CDATA[{full}]]></content:encoded>")
    events = list(iter_source(source, PATIENT, lambda key: None))
    [fetched] = [e for e in events if isinstance(e, Fetched)]
    assert not [e for e in events if isinstance(e, Failure)]
    assert "180 millimetres" in fetched.article.text
    [warning] = fetched.article.warnings
    assert "could not be used (HTTP 404" in warning and "the text the feed carries" in warning


def test_a_teaser_does_not_stand_in_for_a_missing_page(server):
    source = _feed(server, "Flash floods swept through Valmora on Tuesday.")
    events = list(iter_source(source, PATIENT, lambda key: None))
    assert not [e for e in events if isinstance(e, Fetched)]
    [failure] = [e for e in events if isinstance(e, Failure)]
    assert "HTTP 404" in failure.message


def test_a_file_feed_is_a_settings_error():
    with pytest.raises(SettingsError, match="not an http"):
        check_sources([SourceSettings(type="feed", url="file:///etc/passwd")])
    check_sources([SourceSettings(type="feed", url="https://news.example/feed.xml")])


def test_a_file_feed_stops_the_run_with_exit_2(tmp_path):
    config = tmp_path / "biaslens.toml"
    config.write_text(
        '[run]\nout = "out"\ndatabase = "db/biaslens.db"\n\n[[sources]]\ntype = "feed"\nurl = "file:///tmp/feed.xml"\n',
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "biaslens", "run", "--config", str(config)],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "file:///tmp/feed.xml" in done.stderr
    assert not (tmp_path / "db").exists()  # stopped before the store was created
