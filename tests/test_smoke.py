"""Smoke tests: every input format a user can hand biaslens gives a report, in the default run.

Files (.txt, .md, .html, .json, .jsonl) go through the library behind ``biaslens report``; a
feed and a URL list are served from 127.0.0.1 and go through a scheduled run. Each case checks
the report files exist and name the articles, and that every evidence span indexes its text.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from biaslens.app import report_from_paths
from biaslens.corpus import load_articles
from biaslens.scheduled import run
from biaslens.settings import load_settings
from biaslens.settings import RunSettings, SourceSettings
from biaslens.sources import Fetched, iter_source
from localserver import LocalServer
from test_sources import FLOOD, page

RAIL = [
    "Rail services between Valmora and the capital remain suspended after floods washed away a section of track.",
    "“We cannot send engineers while the river is this high,” the rail operator said on Wednesday.",
    "About 1,200 residents spent the night in shelters, the regional emergency service said.",
]
T1 = datetime(2025, 10, 28, 9, 0, tzinfo=timezone.utc)


def _files(fmt: str) -> dict[str, str]:
    one, two = "\n".join(FLOOD), "\n".join(RAIL)
    if fmt == "txt":
        return {"radio.txt": f"title: Floods hit Valmora\noutlet: Coast Radio\n\n{one}", "ledger.txt": f"outlet: Daily Ledger\n\nRail line cut\n{two}"}
    if fmt == "md":
        return {
            "radio.md": f"---\ntitle: Floods hit Valmora\noutlet: Coast Radio\n---\n{one}",
            "ledger.md": f"---\ntitle: Rail line cut\noutlet: Daily Ledger\n---\n{two}",
        }
    if fmt == "html":
        return {"radio.html": page("Floods hit Valmora", FLOOD, site="Coast Radio"), "ledger.html": page("Rail line cut", RAIL, site="Daily Ledger")}
    records = [
        {"title": "Floods hit Valmora", "outlet": "Coast Radio", "text": one},
        {"title": "Rail line cut", "outlet": "Daily Ledger", "text": two},
    ]
    if fmt == "json":
        return {"coverage.json": json.dumps(records)}
    return {"coverage.jsonl": "\n".join(json.dumps(r) for r in records)}


def _check(files: dict[str, bytes], outlets: set[str]) -> None:
    assert {"report.md", "report.html", "report.json", "features.csv"} <= set(files)
    data = json.loads(files["report.json"])
    assert {a["outlet"] for a in data["articles"]} == outlets
    report = files["report.md"].decode("utf-8")
    assert all(outlet in report for outlet in outlets)


@pytest.mark.parametrize("fmt", ["txt", "md", "html", "json", "jsonl"])
def test_each_file_format_gives_a_report(tmp_path: Path, fmt: str) -> None:
    for name, text in _files(fmt).items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = report_from_paths([tmp_path])
    assert not result.problems
    _check(result.files, {"Coast Radio", "Daily Ledger"})
    for analysed in result.analysis.articles:
        assert "180 millimetres" in analysed.article.text or "Rail services" in analysed.article.text
        for output in analysed.outputs:
            for score in output.scores:
                for span in score.evidence:
                    assert analysed.article.text[span.start : span.end] == span.text


@pytest.fixture
def server(tmp_path):
    root = tmp_path / "www"
    root.mkdir()
    served = LocalServer(root)
    yield served
    served.close()


def _settings(tmp: Path, sources: str):
    config = tmp / "biaslens.toml"
    config.write_text(
        f'[report]\nextractors = ["readability", "quotes"]\n\n[run]\nout = "out"\ndatabase = "state/biaslens.db"\n'
        f"allow_private_addresses = true\nfetch_timeout = 5\n\n{sources}\n",
        encoding="utf-8",
    )
    return load_settings(config)


def _run_report(tmp: Path, settings) -> dict[str, bytes]:
    result = run(settings, T1)
    assert result.status == "ok", result.failures
    [slug] = result.stories_written
    folder = tmp / "out" / slug
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _serve_pages(server: LocalServer) -> None:
    (server.root / "radio.html").write_text(page("Floods hit Valmora", FLOOD, site="Coast Radio"), encoding="utf-8")
    (server.root / "ledger.html").write_text(page("Valmora rail line cut by floods", RAIL, site="Daily Ledger"), encoding="utf-8")


def test_a_feed_gives_a_report(tmp_path: Path, server: LocalServer) -> None:
    _serve_pages(server)
    items = "".join(
        f"<item><title>{title}</title><link>{server.url(path)}</link><pubDate>Tue, 28 Oct 2025 10:00:00 GMT</pubDate></item>"
        for title, path in [("Floods hit Valmora", "radio.html"), ("Valmora rail line cut by floods", "ledger.html")]
    )
    (server.root / "feed.xml").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>', encoding="utf-8")
    settings = _settings(tmp_path, f'[[sources]]\ntype = "feed"\nurl = "{server.url("feed.xml")}"')
    # A feed is one outlet: its title names it (the pages' own site names do not override it).
    _check(_run_report(tmp_path, settings), {"Wire"})


def test_a_url_list_gives_a_report(tmp_path: Path, server: LocalServer) -> None:
    _serve_pages(server)
    (tmp_path / "urls.txt").write_text(f"{server.url('radio.html')}\n# a comment\n{server.url('ledger.html')}\n", encoding="utf-8")
    settings = _settings(tmp_path, '[[sources]]\ntype = "urls"\npath = "urls.txt"')
    _check(_run_report(tmp_path, settings), {"Coast Radio", "Daily Ledger"})


def test_report_and_run_give_the_same_canonical_text_for_the_same_page(tmp_path: Path, server: LocalServer) -> None:
    """One function turns HTML into an article: a saved page and the same page fetched agree."""
    html = page("Floods hit Valmora", FLOOD, site="Coast Radio", pull_quote=FLOOD[2])
    (server.root / "radio.html").write_text(html, encoding="utf-8")
    saved = tmp_path / "radio.html"
    saved.write_text(html, encoding="utf-8")
    [from_file] = load_articles([saved]).articles
    source = SourceSettings(type="urls", urls=(server.url("radio.html"),))
    [fetched] = [e for e in iter_source(source, RunSettings(allow_private_addresses=True), lambda key: None) if isinstance(e, Fetched)]
    assert fetched.article.text == from_file.text
    assert [(s.start, s.end) for s in fetched.article.sentences] == [(s.start, s.end) for s in from_file.sentences]
    # The pull quote, which repeats a sentence of the body, is dropped (and recorded) both ways.
    assert from_file.text.count("never seen the river rise") == 1
    assert any("pull quote" in r.reason for r in from_file.removed)
