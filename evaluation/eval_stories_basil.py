"""Evaluate story grouping on BASIL events: adjusted Rand index against the gold event ids.

Usage::

    python evaluation/eval_stories_basil.py [DATA] [--quick]   # DATA defaults to ../shared/eval

Reads ``DATA/stories/basil-dev/articles/<year>/*.json`` (title, date, source, ``triplet-uuid``
= the gold event, ``body-paragraphs`` = paragraphs of sentences). Articles arrive as a
scheduled run would see them: in order of publication, one day's coverage per run, each run
placing its new articles into the stories made so far (``biaslens.stories.place_articles``).

Prints, beside the baseline (text similarity only, the grouping before issue #17):

* the adjusted Rand index (ARI; 1 = the gold grouping, 0 = chance) at the default thresholds;
* pairs of articles wrongly merged (different events, one story) and wrongly split (one event,
  several stories), out of all different-event and same-event pairs;
* a sensitivity table for every threshold (each varied alone, the others at their defaults);
* the stories flagged as possibly mixed (low internal similarity);
* the folder check of ``biaslens report`` ("these articles fall into N groups"; "look like N
  different events" before session 7): a confusion table on every dev event alone (one event: must not warn) and on folders mixing
  two or three events (must warn), for the check before issue #13's fix (placing the folder's
  articles one by one, as a scheduled run does) and now (``event_groups``: every pair weighed);
* our own labelled case of two events sharing their people (``tests/data/stories_shared_cast.json``);
* every wrong merge and split with the similarity that drove it, to be read by hand.

``--quick`` skips the sensitivity tables. Exits 0 with "skipped" when the data is absent.
"""

from __future__ import annotations

import ast
import json
import sys
from collections import defaultdict
from dataclasses import replace
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from biaslens.stories import Doc, Grouping, Placement, event_groups, group_articles, place_articles, story_coherence  # noqa: E402

#: The grouping before issue #17, for comparison: text similarity only, no action floor, no days.
BASELINE_ARI = 0.977


def default_data() -> Path:
    """``../shared/eval`` from the repository (or from a worktree two levels down)."""
    for base in (ROOT.parent, ROOT.parent.parent):
        if (base / "shared" / "eval").is_dir():
            return base / "shared" / "eval"
    return ROOT.parent / "shared" / "eval"


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


def run_daily(docs: list[Doc], grouping: Grouping) -> tuple[dict[str, str], dict[str, Placement]]:
    """Feed ``docs`` day by day (one scheduled run per publication date); return key -> story
    and key -> placement."""
    by_day: dict[str, list[Doc]] = defaultdict(list)
    for doc in docs:
        by_day[doc.published[:10]].append(doc)
    stories: dict[str, list[Doc]] = {}
    assigned: dict[str, str] = {}
    placements: dict[str, Placement] = {}
    for day in sorted(by_day):
        placed = place_articles(stories, by_day[day], grouping)
        renamed: dict[str, str] = {}
        for doc in by_day[day]:
            story = placed[doc.key].story
            if story.startswith("new:"):
                story = renamed.setdefault(story, f"s{len(stories) + len(renamed) + 1:04d}")
            assigned[doc.key] = story
            placements[doc.key] = placed[doc.key]
        for doc in by_day[day]:
            stories.setdefault(assigned[doc.key], []).append(doc)
    return assigned, placements


def pair_errors(gold: dict[str, str], assigned: dict[str, str]) -> tuple[list[tuple[str, str]], list[tuple[str, str]], int, int]:
    """(wrongly merged pairs, wrongly split pairs, different-event pairs, same-event pairs)."""
    merged, split, different, same = [], [], 0, 0
    for a, b in combinations(sorted(gold), 2):
        if gold[a] == gold[b]:
            same += 1
            if assigned[a] != assigned[b]:
                split.append((a, b))
        else:
            different += 1
            if assigned[a] == assigned[b]:
                merged.append((a, b))
    return merged, split, different, same


def ari(rows: list[tuple[Doc, str, str]], grouping: Grouping) -> tuple[float, dict[str, str]]:
    """Adjusted Rand index of the daily grouping against the gold events."""
    from sklearn.metrics import adjusted_rand_score

    assigned, _ = run_daily([doc for doc, _, _ in rows], grouping)
    gold = [event for _, event, _ in rows]
    predicted = [assigned[doc.key] for doc, _, _ in rows]
    return float(adjusted_rand_score(gold, predicted)), assigned


def shared_cast_case(grouping: Grouping) -> tuple[float, int, int]:
    """ARI, wrong merges and wrong splits on our labelled case of two events sharing people."""
    from sklearn.metrics import adjusted_rand_score

    data = json.loads((ROOT / "tests" / "data" / "stories_shared_cast.json").read_text(encoding="utf-8"))
    docs = [Doc(a["key"], a["title"], a["text"], a["published"]) for a in data["articles"]]
    gold = {a["key"]: a["event"] for a in data["articles"]}
    assigned, _ = run_daily(docs, grouping)
    merged, split, _, _ = pair_errors(gold, assigned)
    return float(adjusted_rand_score([gold[k] for k in sorted(gold)], [assigned[k] for k in sorted(gold)])), len(merged), len(split)


def _row(rows: list[tuple[Doc, str, str]], gold: dict[str, str], grouping: Grouping) -> str:
    score, assigned = ari(rows, grouping)
    merged, split, _, _ = pair_errors(gold, assigned)
    case, case_merged, _ = shared_cast_case(grouping)
    return f"{score:6.3f} {len(merged):6d} {len(split):6d} {len(set(assigned.values())):7d} {case:9.3f} {case_merged:8d}"


def mixed_folders(by_event: dict[str, list[Doc]]) -> dict[str, list[list[Doc]]]:
    """Folders that hold more than one event, made from the dev events: every pair of events
    whole, every event's first two articles with one article of another event (a stray), and
    every 14th triple of events whole (a fixed, spread-out sample: all 4,060 add nothing new)."""
    events = sorted(by_event)
    ordered = {e: sorted(by_event[e], key=lambda d: d.key) for e in events}
    return {
        "two events": [ordered[a] + ordered[b] for a, b in combinations(events, 2)],
        "one stray": [ordered[a][:2] + ordered[b][:1] for a in events for b in events if a != b],
        "three events": [ordered[a] + ordered[b] + ordered[c] for a, b, c in list(combinations(events, 3))[::14]],
    }


def folder_check(by_event: dict[str, list[Doc]], grouping: Grouping) -> None:
    """Print the confusion table of ``biaslens report``'s several-events warning, before and now."""
    def before(folder: list[Doc]) -> bool:  # the check before issue #13's fix: one-by-one placement
        return len(set(group_articles({}, folder, grouping).values())) > 1

    def now(folder: list[Doc]) -> bool:
        return len(event_groups(folder, grouping)) > 1

    sets = {"one event": [sorted(d, key=lambda d: d.key) for _, d in sorted(by_event.items())], **mixed_folders(by_event)}
    print("\nfolder check of `biaslens report` (warns \"these articles fall into N groups\"):")
    print(f"{'folders':<14}{'count':>6}  {'should warn':>11}  {'warned before':>13}  {'warned now':>10}")
    for name, folders in sets.items():
        warned_before = sum(before(f) for f in folders)
        warned_now = sum(now(f) for f in folders)
        print(f"{name:<14}{len(folders):>6}  {'no' if name == 'one event' else 'yes':>11}  {warned_before:>13}  {warned_now:>10}")
    for folder in sets["one event"]:
        if now(folder):
            print(f"  one event, warned now: {folder[0].title[:70]}")
    for folder in sets["one stray"]:
        if not now(folder):
            print(f"  stray not caught now: {folder[-1].title[:50]} among {folder[0].title[:50]}")


def main(argv: list[str]) -> int:
    """Run the evaluation; return the exit code."""
    args = [a for a in argv[1:] if not a.startswith("--")]
    data = Path(args[0]) if args else default_data()
    folder = data / "stories" / "basil-dev"
    if not folder.is_dir():
        print(f"skipped: {folder} not found")
        return 0
    rows = load(folder)
    gold = {doc.key: event for doc, event, _ in rows}
    docs = {doc.key: doc for doc, _, _ in rows}
    default = Grouping()
    score, assigned = ari(rows, default)
    _, placements = run_daily([doc for doc, _, _ in rows], default)
    merged, split, different, same = pair_errors(gold, assigned)
    events = len(set(gold.values()))
    print(f"BASIL dev: {len(rows)} articles, {events} events, {len(set(assigned.values()))} stories found")
    print(f"defaults: {default}")
    print(f"ARI {score:.3f} (baseline, text similarity only: {BASELINE_ARI:.3f})")
    print(f"pairs wrongly merged: {len(merged)} of {different} different-event pairs")
    print(f"pairs wrongly split: {len(split)} of {same} same-event pairs")
    case, case_merged, case_split = shared_cast_case(default)
    print(f"shared-cast case (release the Mueller report / Schiff step down): ARI {case:.3f}, "
          f"{case_merged} pairs wrongly merged, {case_split} wrongly split")

    if "--quick" not in argv:
        header = "   ARI merged  split stories case-ARI case-mrg"
        tables = {
            "similarity": [0.1, 0.15, 0.18, 0.2, 0.25, 0.3],
            "action_floor": [0.0, 0.02, 0.05, 0.08, 0.12],
            "window_days": [1.0, 2.0, 3.0, 5.0, 10.0],
            "other_day_factor": [0.25, 0.5, 0.75, 1.0],
        }
        for name, values in tables.items():
            print(f"\nsensitivity to {name} (others at defaults)")
            print(f"{name:>16} {header}")
            for value in values:
                mark = " <- default" if value == getattr(default, name) else ""
                print(f"{value:>16g} {_row(rows, gold, replace(default, **{name: value}))}{mark}")

    # The "may not be one event" flag: how often it fires on a true event, and on a mixture of
    # two true events (every pair of dev events put in one story).
    by_story: dict[str, list[Doc]] = defaultdict(list)
    by_event: dict[str, list[Doc]] = defaultdict(list)
    for key, story in assigned.items():
        by_story[story].append(docs[key])
        by_event[gold[key]].append(docs[key])
    true_values = sorted(story_coherence(d, default).value for d in by_event.values())
    mixtures = sorted(story_coherence(by_event[a] + by_event[b], default).value for a, b in combinations(sorted(by_event), 2))
    flagged = [s for s, d in sorted(by_story.items()) if story_coherence(d, default).mixed]
    print(f"\none-event check (similarity of a story's two least similar parts): true events lowest "
          f"{true_values[0]:.3f}, median {true_values[len(true_values) // 2]:.3f}; mixtures of two events highest "
          f"{mixtures[-1]:.3f}, median {mixtures[len(mixtures) // 2]:.3f}")
    print(f"stories found flagged as possibly mixed: {len(flagged)} of {len(by_story)}")
    print("coherence threshold   true events flagged   two-event mixtures flagged")
    for threshold in (0.05, 0.08, 0.1, 0.12, 0.15):
        mark = " <- default" if threshold == default.coherence else ""
        print(f"{threshold:>19g} {sum(v < threshold for v in true_values):>8d} of {len(true_values):<10d}"
              f"{sum(v < threshold for v in mixtures):>10d} of {len(mixtures)}{mark}")

    folder_check(by_event, default)

    def title(key: str) -> str:
        return f"{key} {docs[key].published} {docs[key].title[:60]}"

    print("\nwrongly merged pairs (read by hand):")
    for a, b in merged:
        later = b if docs[b].published >= docs[a].published else a
        print(f"  {title(a)}\n  {title(b)}\n    why {later}: {placements[later].reason}")
    print("wrongly split events:")
    for event in sorted({gold[a] for a, _ in split}):
        for key in sorted(k for k in gold if gold[k] == event):
            print(f"  {event[:8]} -> {assigned[key]}: {title(key)}\n    {placements[key].reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
