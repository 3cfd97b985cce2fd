"""The SQLite store: migrations, deduplication, revisions, analyses keyed by extractor version."""

from __future__ import annotations

import pytest

from biaslens.corpus import article_from_text
from biaslens.store import (
    Store,
    article_from_json,
    article_to_json,
    content_hash,
    output_from_json,
    output_to_json,
)

REPORT = (
    "Takaichi Nominates Trump for Nobel Prize\n"
    "Japanese Prime Minister Sanae Takaichi on Tuesday revealed her nomination of Trump for the Nobel Peace Prize. "
    "Both leaders signed a framework agreement on rare earth minerals."
)
EDITED = REPORT.replace("on Tuesday revealed", "on Tuesday said she had submitted")


def _article(text: str = REPORT, source: str = "a.txt", url: str = "https://news.example/takaichi"):
    return article_from_text(text, source, {"outlet": "Example News", "url": url})


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "state" / "biaslens.db") as opened:
        yield opened


def test_migrations_are_named_recorded_and_applied_once(tmp_path, store):
    assert store.migrations() == ["0001_initial", "0002_placement"]
    assert store.migrate() == []  # already applied: nothing to do
    with Store(store.path) as again:
        assert again.migrations() == ["0001_initial", "0002_placement"]
    assert store.check() == "ok"


def test_same_url_new_text_is_a_revision_and_old_text_is_kept(store):
    run = store.start_run("2025-10-28T09:00:00Z")
    with store.transaction():
        assert store.ingest("https://news.example/takaichi", _article(), run).outcome == "new"
    with store.transaction():
        assert store.ingest("https://news.example/takaichi", _article(), run).outcome == "unchanged"
    with store.transaction():
        assert store.ingest("https://news.example/takaichi", _article(EDITED), run).outcome == "revised"
    assert store.count("articles") == 1 and store.count("revisions") == 2
    old = store.revision_article("https://news.example/takaichi", content_hash(_article()))
    assert old is not None and "revealed her nomination" in old.text


def test_same_text_at_another_url_is_a_duplicate(store):
    # Syndicated copy: the same article text at a second address is not a second article.
    run = store.start_run("2025-10-28T09:00:00Z")
    with store.transaction():
        first = store.ingest("https://news.example/takaichi", _article(), run)
        copy = store.ingest("https://mirror.example/t", _article(url="https://mirror.example/t"), run)
    assert copy.outcome == "duplicate" and copy.article_id == first.article_id
    with store.transaction():  # the alias is remembered: next time it is simply unchanged
        assert store.ingest("https://mirror.example/t", _article(url="https://mirror.example/t"), run).outcome == "unchanged"
    assert store.count("articles") == 1


def test_transaction_is_all_or_nothing(store):
    run = store.start_run("2025-10-28T09:00:00Z")
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.ingest("https://news.example/takaichi", _article(), run)
            raise RuntimeError("killed halfway")
    assert store.count("articles") == 0 and store.count("revisions") == 0


def test_interrupted_runs_are_marked_by_the_next_run(store):
    store.start_run("2025-10-28T09:00:00Z")  # never finished: as if killed
    second = store.start_run("2025-10-28T10:00:00Z")
    store.finish_run(second, "2025-10-28T10:00:01Z", "ok", {"new": 0})
    assert [r["status"] for r in store.runs()] == ["interrupted", "ok"]


def test_article_round_trips_through_json(seed_articles):
    for article in seed_articles:
        assert article_from_json(article_to_json(article)) == article


def test_analysis_round_trips_and_is_keyed_by_extractor_version(store, seed_analysis):
    analysed = seed_analysis.articles[0]
    for output in analysed.outputs:
        assert output_from_json(output_to_json(output), analysed.article) == output
    digest = content_hash(analysed.article)
    output = analysed.outputs[0]
    with store.transaction():
        store.save_analysis(digest, output.extractor, "1", "", output_to_json(output))
    assert store.analysis(digest, output.extractor, "1", "") is not None
    # A new extractor version finds nothing stored: only that extractor is re-scored.
    assert store.analysis(digest, output.extractor, "2", "") is None
