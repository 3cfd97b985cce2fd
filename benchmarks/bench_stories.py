"""How long grouping articles into stories takes, beyond loading them.

Usage::

    python benchmarks/bench_stories.py [DATA] [--articles 2000] [--repeat 3]

Real news text with real publication dates: the PolNeAR articles (US political news of
2015-16, dates from its metadata) and the BASIL development events; when more articles are
asked for than there are, the pool is reused with its dates moved on by 400 days per round (so
the copies fall into their own time windows, as next year's news would). Articles are loaded
(cleaned, sentences split) before the clock starts, as a scheduled run has them; then one call
of ``biaslens.stories.place_articles`` places them all, in order of publication, into stories:
reading names, action words, days and words (each article's profile), the TF-IDF signals, and
the comparisons within the time window. A scheduled run stores each profile with its article,
so later runs only read it back (JSON): that is timed too. Prints CPU seconds (best of
``--repeat``), the stories made and the comparisons made, against all pairs. Exits 0 with
"skipped" when the data is absent.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "evaluation"))

from biaslens.corpus import article_from_text  # noqa: E402
from biaslens.stories import doc_from_article, event_profile, place_articles, profile_from_json  # noqa: E402


def default_data() -> Path:
    """``../shared/eval`` from the repository (or from a worktree two levels down)."""
    for base in (ROOT.parent, ROOT.parent.parent):
        if (base / "shared" / "eval").is_dir():
            return base / "shared" / "eval"
    return ROOT.parent / "shared" / "eval"


def pool(data: Path) -> list:
    """Loaded articles with publication dates: PolNeAR (train and dev) and BASIL dev."""
    articles = []
    polnear = data / "quotes" / "polnear"
    metadata = polnear / "metadata.tsv"
    if metadata.exists():
        with metadata.open(encoding="utf-8") as handle:
            rows = {r["filename"]: r for r in csv.DictReader(handle, delimiter="\t")}
        for path in sorted(polnear.glob("*/text/*.txt")):
            row = rows.get(path.stem)
            if row is None or not row.get("publication_date"):
                continue
            meta = {"title": row["title"], "outlet": row["publisher"], "published": row["publication_date"]}
            articles.append(article_from_text(path.read_text(encoding="utf-8"), path.name, meta))
    basil = data / "stories" / "basil-dev"
    if basil.is_dir():
        from eval_stories_basil import load

        for doc, _, outlet in load(basil):
            articles.append(article_from_text(f"{doc.title}\n\n{doc.text}", doc.key, {"outlet": outlet, "published": doc.published, "title": doc.title}))
    return articles


def main(argv: list[str] | None = None) -> int:
    """Time the grouping and print the numbers; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=default_data())
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    base = pool(args.data)
    if not base:
        print(f"skipped: no PolNeAR or BASIL articles under {args.data}")
        return 0
    articles = []
    round_ = 0
    while len(articles) < args.articles:
        shift = timedelta(days=400 * round_)
        for article in base[: args.articles - len(articles)]:
            day = date.fromisoformat(article.published[:10]) + shift
            articles.append(replace(article, source=f"{round_}-{article.source}", published=day.isoformat()))
        round_ += 1
    docs = [doc_from_article(a.source, a) for a in articles]
    days = sorted({a.published for a in articles})
    print(f"{len(docs)} articles ({len(base)} distinct texts), published over {len(days)} days "
          f"from {days[0]} to {days[-1]}")
    best_read = best_load = best_place = best_total = float("inf")
    placed = {}
    for _ in range(args.repeat):
        event_profile.cache_clear()  # each repeat reads every article afresh
        started = time.process_time()
        profiles = {doc.key: event_profile(doc) for doc in docs}
        read = time.process_time()
        placed = place_articles({}, docs, profiles=profiles)
        done = time.process_time()
        # A later scheduled run finds the profiles stored with the articles (as JSON).
        stored = [(doc, json.dumps(profiles[doc.key].to_json(), ensure_ascii=False)) for doc in docs]
        loading = time.process_time()
        loaded = {doc.key: profile_from_json(doc, json.loads(data)) for doc, data in stored}
        best_load = min(best_load, time.process_time() - loading)
        assert loaded == profiles
        best_read = min(best_read, read - started)
        best_place = min(best_place, done - read)
        best_total = min(best_total, done - started)
    stories = len({p.story for p in placed.values()})
    compared = sum(1 for p in placed.values() if p.link is not None or p.runner_up is not None)
    print(f"grouping {len(docs)} articles into {stories} stories: {best_total:.2f} s CPU "
          f"({best_total / len(docs) * 1000:.2f} ms/article; best of {args.repeat})")
    print(f"  reading names, action words, days and words (once per article, then stored): {best_read:.2f} s")
    print(f"  vectorising, comparing within the time window and placing: {best_place:.2f} s")
    print(f"grouping beyond the analysis, with the profiles stored (reading them back {best_load:.2f} s "
          f"+ placing): {best_load + best_place:.2f} s CPU")
    print(f"articles that met an earlier one within the window: {compared}; all pairs would be "
          f"{len(docs) * (len(docs) - 1) // 2:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
