"""Evaluate story grouping on BASIL events: adjusted Rand index against the gold event ids.

Usage::

    python evaluation/eval_stories_basil.py [DATA]   # DATA defaults to ../shared/eval

Reads ``DATA/stories/basil-dev/articles/<year>/*.json`` (title, date, source, ``triplet-uuid``
= the gold event, ``body-paragraphs`` = paragraphs of sentences). Articles arrive as a
scheduled run would see them: in order of publication, one day's coverage per run, each run
placing its new articles into the stories made so far (``biaslens.stories.group_articles``).
Prints the adjusted Rand index (ARI; 1 = the gold grouping, 0 = chance) at the default
thresholds, the sensitivity to both thresholds, and the stories that split or merge so they can
be read by hand. Exits 0 with "skipped" when the data is absent.
"""

from __future__ import annotations

import ast
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from biaslens.stories import DEFAULT_SIMILARITY, DEFAULT_WINDOW_DAYS, Doc, Grouping, group_articles  # noqa: E402


def load(folder: Path) -> list[tuple[Doc, str, str]]:
    """Return (doc, gold event id, outlet) for every BASIL article under ``folder``."""
    rows = []
    for path in sorted(folder.glob("articles/*/*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        paragraphs = record["body-paragraphs"]
        if isinstance(paragraphs, str):  # some releases store the list as a Python literal
            paragraphs = ast.literal_eval(paragraphs)
        body = "\n".join(" ".join(sentences) for sentences in paragraphs)
        doc = Doc(key=path.stem, title=record["title"], text=body, published=record.get("date", ""))
        rows.append((doc, record["triplet-uuid"], record.get("source", "")))
    return rows


def run_daily(docs: list[Doc], grouping: Grouping) -> dict[str, str]:
    """Feed ``docs`` day by day (one scheduled run per publication date); return key -> story."""
    by_day: dict[str, list[Doc]] = defaultdict(list)
    for doc in docs:
        by_day[doc.published[:10]].append(doc)
    stories: dict[str, list[Doc]] = {}
    assigned: dict[str, str] = {}
    for day in sorted(by_day):
        placed = group_articles(stories, by_day[day], grouping)
        renamed: dict[str, str] = {}
        for doc in by_day[day]:
            story = placed[doc.key]
            if story.startswith("new:"):
                story = renamed.setdefault(story, f"s{len(stories) + len(renamed) + 1:04d}")
            assigned[doc.key] = story
        for doc in by_day[day]:
            stories.setdefault(assigned[doc.key], []).append(doc)
    return assigned


def ari(rows: list[tuple[Doc, str, str]], grouping: Grouping) -> tuple[float, dict[str, str]]:
    """Adjusted Rand index of the daily grouping against the gold events."""
    from sklearn.metrics import adjusted_rand_score

    assigned = run_daily([doc for doc, _, _ in rows], grouping)
    gold = [event for _, event, _ in rows]
    predicted = [assigned[doc.key] for doc, _, _ in rows]
    return float(adjusted_rand_score(gold, predicted)), assigned


def main(argv: list[str]) -> int:
    """Run the evaluation; return the exit code."""
    data = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "eval"
    folder = data / "stories" / "basil-dev"
    if not folder.is_dir():
        print(f"skipped: {folder} not found")
        return 0
    rows = load(folder)
    default = Grouping(DEFAULT_SIMILARITY, DEFAULT_WINDOW_DAYS)
    score, assigned = ari(rows, default)
    events = len({event for _, event, _ in rows})
    print(f"BASIL dev: {len(rows)} articles, {events} events, {len(set(assigned.values()))} stories found")
    print(f"ARI at similarity {DEFAULT_SIMILARITY}, window {DEFAULT_WINDOW_DAYS:g} days: {score:.3f}")
    print("\nsensitivity (ARI), rows = similarity, columns = window days")
    windows = (1.0, 2.0, 3.0, 5.0, 7.0, 30.0, 10000.0)
    print("sim   " + " ".join(f"{w:>6g}" for w in windows))
    for similarity in (0.1, 0.15, 0.2, 0.25, 0.3, 0.4):
        cells = [ari(rows, Grouping(similarity, w))[0] for w in windows]
        print(f"{similarity:<5} " + " ".join(f"{c:6.3f}" for c in cells))
    # For reading by hand: gold events split over several stories, stories mixing events.
    by_event: dict[str, set[str]] = defaultdict(set)
    by_story: dict[str, set[str]] = defaultdict(set)
    titles = {doc.key: f"{outlet} {doc.published} {doc.title[:70]}" for doc, _, outlet in rows}
    for doc, event, _ in rows:
        by_event[event].add(assigned[doc.key])
        by_story[assigned[doc.key]].add(event)
    print("\nsplit events (one event, several stories):")
    for event, stories in sorted(by_event.items()):
        if len(stories) > 1:
            for doc, gold, _ in rows:
                if gold == event:
                    print(f"  {event[:8]} -> {assigned[doc.key]}: {titles[doc.key]}")
    print("merged stories (one story, several events):")
    for story, golds in sorted(by_story.items()):
        if len(golds) > 1:
            for doc, gold, _ in rows:
                if assigned[doc.key] == story:
                    print(f"  {story} <- {gold[:8]}: {titles[doc.key]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
