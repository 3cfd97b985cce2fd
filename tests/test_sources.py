"""Sources against a real HTTP server on 127.0.0.1 (no mocks of the network layer).

The server serves files from a tmp folder; a few paths behave badly on purpose (slow, huge,
redirect to another scheme) so the fetcher's limits are exercised for real. Only 127.0.0.1 is
ever contacted, and only with ``allow_private_addresses = true`` set in these tests.
"""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest

from biaslens.settings import RunSettings, SourceSettings
from localserver import RecordingHandler
from biaslens.sources import (
    Failure,
    FetchError,
    Fetched,
    Seen,
    Unchanged,
    article_from_html,
    check_url,
    fetch,
    html_to_text,
    iter_source,
    normalise_url,
)


LOCAL = RunSettings(allow_private_addresses=True, fetch_timeout=5.0)


def page(title: str, paragraphs: list[str], site: str = "Harbour Times", pull_quote: str = "", extra: str = "") -> str:
    """A news page as outlets publish it: header, article with paragraphs, optional pull quote, comments."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs[:2])
    if pull_quote:
        body += f'\n<aside class="pull-quote"><p>{pull_quote}</p></aside>'
    body += "\n" + "\n".join(f"<p>{p}</p>" for p in paragraphs[2:])
    return f"""<!DOCTYPE html><html><head><title>{title} | {site}</title>
<meta property="og:site_name" content="{site}"><meta property="og:title" content="{title}">
<meta name="date" content="2025-10-28"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{title}</h1>
{body}
{extra}
</article>
<section id="comments" class="comments"><h3>Comments</h3><p>Great article, totally agree with the minister here!</p></section>
<footer>© Harbour Times 2025</footer></body></html>"""


FLOOD = [
    "Flash floods swept through the port city of Valmora on Tuesday after 180 millimetres of rain fell in six hours, officials said.",
    "The regional emergency service said 1,200 residents had been evacuated from low-lying districts near the river.",
    "“We have never seen the river rise this fast,” said Mayor Elena Ruiz, who visited a shelter at the sports hall.",
    "Forecasters warned that more rain was expected on Wednesday and kept the red alert in place for the coast.",
    "Rail services between Valmora and the capital were suspended after a section of track was washed away.",
]


def test_check_url_refuses_loopback_and_other_schemes_by_default():
    # Loopback is where internal services live: refused unless the user allows it.
    with pytest.raises(FetchError, match="non-public address"):
        check_url("http://127.0.0.1:9/feed.xml")
    with pytest.raises(FetchError, match="only http and https"):
        check_url("file:///etc/passwd")
    with pytest.raises(FetchError, match="only http and https"):
        check_url("ftp://127.0.0.1/x")
    check_url("http://127.0.0.1:9/feed.xml", allow_private=True)  # allowed explicitly: no error


def test_fetch_sends_user_agent_and_honours_last_modified(server):
    (server.root / "a.html").write_text(page("Floods hit Valmora", FLOOD), encoding="utf-8")
    first = fetch(server.url("a.html"), LOCAL)
    assert first.status == 200 and b"Valmora" in first.body
    assert RecordingHandler.seen_agents[-1] == LOCAL.user_agent
    again = fetch(server.url("a.html"), LOCAL, last_modified=first.last_modified)
    assert again.status == 304 and again.body == b""


def test_fetch_limits_size_time_and_redirect_scheme(server):
    (server.root / "big.html").write_bytes(b"x" * 5000)
    with pytest.raises(FetchError, match="too large"):
        fetch(server.url("big.html"), replace(LOCAL, max_bytes=1000))
    with pytest.raises(FetchError, match="timed out|cannot fetch"):
        fetch(server.url("slow"), replace(LOCAL, fetch_timeout=0.3))
    with pytest.raises(FetchError):
        fetch(server.url("to-ftp"), LOCAL)
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch(server.url("missing.html"), LOCAL)
    # The project's own default refuses the local server.
    with pytest.raises(FetchError, match="non-public"):
        fetch(server.url("big.html"), RunSettings())


def test_article_from_html_drops_pull_quotes_and_comments():
    quote = "“We have never seen the river rise this fast,” said Mayor Elena Ruiz"
    article = article_from_html(page("Floods hit Valmora", FLOOD, pull_quote=quote), "valmora.html")
    assert article.outlet == "Harbour Times" and article.title == "Floods hit Valmora"
    # The quote is counted once: the body sentence stays, the pull quote is gone and listed as removed.
    assert article.text.count("never seen the river rise") == 1
    assert any("pull quote" in r.reason for r in article.removed)
    assert "totally agree" not in article.text  # reader comments excluded


def test_unmarked_pull_quote_that_repeats_the_body_is_dropped():
    repeated = '<blockquote><p>"We have never seen the river rise this fast," said Mayor Elena Ruiz</p></blockquote>'
    article = article_from_html(page("Floods hit Valmora", FLOOD, extra=repeated), "valmora.html")
    assert article.text.count("never seen the river rise") == 1


def test_html_to_text_resolves_entities_and_keeps_paragraphs():
    assert html_to_text("<p>Rain &amp; wind</p><p>Second<br>line</p>") == "Rain & wind\nSecond\nline"


def test_normalise_url_drops_fragment_and_tracking():
    assert normalise_url("HTTPS://Example.com/a?utm_source=x&id=3#top") == "https://example.com/a?id=3"


RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Coast Radio News</title>
<item><title>Valmora floods: 1,200 evacuated</title><link>{link1}</link>
<description>&lt;p&gt;Flash floods swept through &lt;b&gt;Valmora&lt;/b&gt; on Tuesday after heavy rain.&lt;/p&gt;&lt;p&gt;The regional emergency service said 1,200 residents had been evacuated.&lt;/p&gt;</description>
<pubDate>Tue, 28 Oct 2025 10:00:00 GMT</pubDate></item>
<item><title>Rail line to Valmora cut</title><link>{link2}</link><guid>coast-radio-4411</guid>
<description>Rail services were suspended after track was washed away near Valmora.</description>
<pubDate>Tue, 28 Oct 2025 12:00:00 GMT</pubDate></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Daily Ledger</title>
<id>urn:ledger</id><updated>2025-10-28T12:00:00Z</updated>
<entry><title>Two reporters, one flood</title><id>urn:ledger:1</id><link href="{link}"/>
<updated>2025-10-28T12:00:00Z</updated><author><name>Ana Costa</name></author><author><name>Ben Okafor</name></author>
<summary type="html">&lt;p&gt;Flash floods swept through Valmora, the regional emergency service said.&lt;/p&gt;</summary></entry></feed>"""


def _events(source, known=lambda key: None):
    return list(iter_source(source, LOCAL, known))


def test_feed_entry_without_id_is_keyed_by_link_and_summary_html_stripped(server):
    (server.root / "feed.xml").write_text(RSS.format(link1=server.url("a1.html"), link2=server.url("a2.html")), encoding="utf-8")
    events = _events(SourceSettings(type="feed", url=server.url("feed.xml"), fetch_articles=False))
    fetched = [e for e in events if isinstance(e, Fetched)]
    assert len(fetched) == 2 and isinstance(events[-1], Seen)
    first = fetched[0]
    assert first.input_key.endswith("#" + server.url("a1.html"))  # no guid: the link is the identity
    assert "<b>" not in first.article.text and "Valmora on Tuesday" in first.article.text
    assert first.article.outlet == "Coast Radio News" and first.article.published.startswith("2025-10-28")
    assert fetched[1].input_key.endswith("#coast-radio-4411")


def test_feed_keeps_every_author(server):
    (server.root / "atom.xml").write_text(ATOM.format(link=server.url("ledger.html")), encoding="utf-8")
    (server.root / "ledger.html").write_text(page("Two reporters, one flood", FLOOD, site="Daily Ledger"), encoding="utf-8")
    events = _events(SourceSettings(type="feed", url=server.url("atom.xml")))
    fetched = [e for e in events if isinstance(e, Fetched)]
    # feedparser's entry.author holds only the last name; all are kept.
    assert fetched[0].authors == ("Ana Costa", "Ben Okafor")
    assert "1,200 residents" in fetched[0].article.text  # the page was fetched for the full text


def test_feed_unchanged_is_skipped_and_bad_feed_is_a_failure(server):
    (server.root / "feed.xml").write_text(RSS.format(link1=server.url("a1.html"), link2=server.url("a2.html")), encoding="utf-8")
    source = SourceSettings(type="feed", url=server.url("feed.xml"), fetch_articles=False)
    seen = _events(source)[-1]
    again = _events(source, lambda key: (seen.fingerprint, "", "") if key == seen.input_key else None)
    assert again == [Unchanged()]
    (server.root / "broken.xml").write_text("this is not a feed", encoding="utf-8")
    [failure] = _events(SourceSettings(type="feed", url=server.url("broken.xml")))
    assert isinstance(failure, Failure)


def test_url_list_one_bad_url_does_not_stop_the_others(server, tmp_path):
    (server.root / "a.html").write_text(page("Floods hit Valmora", FLOOD), encoding="utf-8")
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# coverage\n{server.url('missing.html')}\n{server.url('a.html')}  # the good one\n", encoding="utf-8")
    events = _events(SourceSettings(type="urls", path=str(listing)))
    assert isinstance(events[0], Failure) and "404" in events[0].message
    assert isinstance(events[1], Fetched) and events[1].article.outlet == "Harbour Times"


def test_folder_reads_every_format_and_reports_bad_files(tmp_path):
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "a.txt").write_text("title: Floods hit Valmora\noutlet: Coast Radio\n\n" + " ".join(FLOOD), encoding="utf-8")
    (folder / "b.html").write_text(page("Valmora under water", FLOOD), encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    events = _events(SourceSettings(type="folder", path=str(folder)))
    fetched = [e for e in events if isinstance(e, Fetched)]
    failures = [e for e in events if isinstance(e, Failure)]
    assert sorted(e.article.outlet for e in fetched) == ["Coast Radio", "Harbour Times"]
    assert len(failures) == 1 and "empty.txt" in failures[0].source


def _recorded(events) -> dict:
    """What a store keeps from events: input key -> (fingerprint, etag, last_modified)."""
    kept = {}
    for event in events:
        if isinstance(event, Fetched):
            kept[event.input_key] = (event.fingerprint, event.etag, event.last_modified)
        elif isinstance(event, Seen):
            kept[event.input_key] = (event.fingerprint, event.etag, event.last_modified)
    return kept


def test_page_edited_behind_an_unchanged_feed_entry_is_picked_up(server):
    (server.root / "atom.xml").write_text(ATOM.format(link=server.url("ledger.html")), encoding="utf-8")
    (server.root / "ledger.html").write_text(page("Two reporters, one flood", FLOOD, site="Daily Ledger"), encoding="utf-8")
    source = SourceSettings(type="feed", url=server.url("atom.xml"))
    first = _events(source)
    kept = _recorded(first)
    assert [type(e) for e in first] == [Fetched, Seen]
    # Nothing changed: the page answers (304 or the same bytes) and nothing is fetched as new.
    again = _events(source, kept.get)
    assert not [e for e in again if isinstance(e, Fetched)]
    # The outlet corrects the article; the feed entry stays exactly the same.
    time.sleep(1.1)  # a new Last-Modified second, as a real edit would have
    corrected = [FLOOD[0], FLOOD[1].replace("1,200", "1,400")] + FLOOD[2:]
    (server.root / "ledger.html").write_text(page("Two reporters, one flood", corrected, site="Daily Ledger"), encoding="utf-8")
    edited = [e for e in _events(source, kept.get) if isinstance(e, Fetched)]
    assert len(edited) == 1 and "1,400" in edited[0].article.text
    # With rechecking off, only a changed entry brings the page again.
    quiet = SourceSettings(type="feed", url=server.url("atom.xml"), recheck_pages=False)
    assert not [e for e in _events(quiet, kept.get) if isinstance(e, Fetched)]
