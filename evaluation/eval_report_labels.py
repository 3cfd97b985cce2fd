"""Check that every label in real reports agrees with the number printed beside it.

Usage::

    python evaluation/eval_report_labels.py [DATA] [--events N]   # DATA defaults to ../shared/eval

Builds the full report of the bundled seeds and of the first N (default 3) BASIL dev events
(``DATA/stories/basil-dev``: each event covered by NYT, Fox News and HuffPost), then

* walks every evidence label in each ``report.json`` with
  :func:`biaslens.report.checks.label_problems` ("most positive" among the most positive and
  really positive, "longest sentence" among the longest, a headline the headline ...);
* looks for "-0.00" anywhere in report.md, report.html and the worksheet;
* prints the key findings and the differences that stand out, for reading by hand.

Baseline: the report before issue #14 had 11 label problems on the seeds alone. Exits 0 with
"skipped" when the BASIL data is absent (the seeds are still checked), 1 when any problem is
found.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "evaluation"))

from biaslens.app import bundled_seeds, report_from_articles  # noqa: E402
from biaslens.corpus import load_articles  # noqa: E402
from biaslens.report.checks import label_problems  # noqa: E402

BASELINE_SEED_PROBLEMS = 11
_MINUS_ZERO = re.compile(r"-0\.0+(?![0-9]*[1-9])\b")


def check(name: str, articles: list, story_meta: dict | None = None) -> int:
    """Build one report, print its findings and problems; return the number of problems."""
    run = report_from_articles(articles, story_meta=story_meta)
    data = json.loads(run.files["report.json"])
    problems = label_problems(data)
    for file_name in ("report.md", "report.html", "worksheet.md", "worksheet_answers.md"):
        text = run.files[file_name].decode("utf-8")
        problems += [f"{file_name}: prints {m.group(0)!r}" for m in _MINUS_ZERO.finditer(text)]
    n_labels = sum(len(f["evidence"]) for a in data["articles"] for f in a["features"].values())
    standing = [d for d in data["differences"] if d["verdict"] == "stands out"]
    print(f"\n== {name}: {len(data['articles'])} articles, {n_labels} evidence labels, "
          f"{len(problems)} problems, {len(standing)} of {len(data['differences'])} differences stand out")
    for finding in data["key_findings"]:
        print(f"  finding: {finding['text']}")
    if not data["key_findings"]:
        print("  finding: nothing stands out")
    for problem in problems:
        print(f"  PROBLEM: {problem}")
    return len(problems)


def main(argv: list[str] | None = None) -> int:
    """Run the checks; return the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    events = 3
    if "--events" in args:
        at = args.index("--events")
        events = int(args[at + 1])
        del args[at : at + 2]
    data = Path(args[0]) if args else ROOT.parent / "shared" / "eval"
    loaded = load_articles([bundled_seeds()])
    total = check("seeds", list(loaded.articles), loaded.story)
    print(f"  (baseline before issue #14: {BASELINE_SEED_PROBLEMS} label problems on the seeds)")
    folder = data / "stories" / "basil-dev"
    if not folder.is_dir():
        print(f"skipped BASIL: {folder} not found")
        return 1 if total else 0
    from eval_details_basil import load_event_articles

    by_event = load_event_articles(folder)
    for event in sorted(by_event)[:events]:
        articles = [article for article, _ in by_event[event]]
        total += check(f"BASIL {event[:8]} ({articles[0].title[:60]})", articles)
    print(f"\ntotal problems: {total}")
    return 1 if total else 0


if __name__ == "__main__":
    raise SystemExit(main())
