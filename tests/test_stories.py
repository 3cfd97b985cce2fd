"""Grouping articles into stories by TF-IDF similarity and publication time."""

from __future__ import annotations

import pytest

from biaslens.stories import DEFAULT_SIMILARITY, Doc, Grouping, group_articles, parse_date, story_title, unique_slug
from conftest import EVAL_DATA, ROOT

FLOOD = [
    Doc("flood-1", "Flash floods hit Valmora", "Flash floods swept through the port city of Valmora on Tuesday after 180 millimetres of rain fell in six hours. The regional emergency service said 1,200 residents had been evacuated from low-lying districts near the river.", "2025-10-28"),
    Doc("flood-2", "Valmora evacuates 1,200 as river bursts banks", "About 1,200 people were evacuated in Valmora after the river burst its banks following record rain, the emergency service said. Mayor Elena Ruiz visited a shelter and said the river had never risen so fast.", "2025-10-29"),
]


def _seed_docs(seed_articles, published="2025-10-28"):
    return [Doc(a.source, a.title, a.text, published) for a in seed_articles]


def test_two_events_in_one_batch_become_two_stories(seed_articles):
    placed = group_articles({}, _seed_docs(seed_articles) + FLOOD)
    seed_stories = {placed[a.source] for a in seed_articles}
    assert len(seed_stories) == 1  # five outlets, one summit
    assert placed["flood-1"] == placed["flood-2"] and placed["flood-1"] not in seed_stories


def test_new_article_joins_an_existing_story_and_others_stay_put(seed_articles):
    docs = _seed_docs(seed_articles)
    existing = {"7": docs[:3], "9": FLOOD[:1]}
    placed = group_articles(existing, docs[3:] + FLOOD[1:])
    assert placed == {docs[3].key: "7", docs[4].key: "7", "flood-2": "9"}


def test_similar_text_far_apart_in_time_starts_a_new_story():
    # Floods in the same city a year later are another event, not a follow-up.
    later = Doc("flood-2026", FLOOD[1].title, FLOOD[1].text, "2026-11-02")
    assert group_articles({"1": FLOOD[:1]}, [later]) == {"flood-2026": "new:1"}
    wide = Grouping(DEFAULT_SIMILARITY, window_days=10000)
    assert group_articles({"1": FLOOD[:1]}, [later], wide) == {"flood-2026": "1"}


def test_unrelated_article_in_the_same_days_starts_a_new_story(seed_articles):
    placed = group_articles({"1": _seed_docs(seed_articles)}, FLOOD[:1])
    assert placed == {"flood-1": "new:1"}


def test_story_title_prefers_a_real_headline_and_slugs_are_unique():
    stand_in = Doc("x", "Flash floods swept through the port city of …", FLOOD[0].text, "2025-10-27", real_title=False)
    assert story_title([stand_in] + FLOOD) in {d.title for d in FLOOD}
    assert unique_slug("valmora-floods", {"valmora-floods", "valmora-floods-2"}) == "valmora-floods-3"


def test_parse_date_reads_dates_and_datetimes():
    assert parse_date("2025-10-28").day == 28
    assert parse_date("2025-10-28T23:30:00Z") is not None
    assert parse_date("Tue, 28 Oct") is None


@pytest.mark.slow
def test_basil_dev_adjusted_rand_index():
    folder = EVAL_DATA / "stories" / "basil-dev"
    if not folder.is_dir():
        pytest.skip(f"{folder} not found")
    import sys

    sys.path.insert(0, str(ROOT / "evaluation"))
    from eval_stories_basil import ari, load

    score, _ = ari(load(folder), Grouping())
    assert score >= 0.9  # floor well below the measured 0.977: a regression, not noise, trips it
