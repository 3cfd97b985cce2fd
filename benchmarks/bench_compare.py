"""Time the cross-article comparison on stories of 5, 50 and 500 real articles.

Usage::

    PYTHONPATH=. python benchmarks/bench_compare.py [DATA_DIR] [--sizes 5,50,500] [--repeat 3] [--no-fetch]
                                                    [--profile N]

Articles come from BASIL (``DATA_DIR/stories/basil-dev``, 90 news articles) and, to reach 500,
from the NYT editorial snippets (500 editorials, fetched by pip into a cache; see
``evaluation/eval_data.py``). Without the snippets, BASIL articles are reused under new names
(which inflates near-copied text and is said in the output). Exits 0 with "skipped: ..." when
BASIL is absent. Target: ``compare_articles`` on 500 articles in 2 s or less (extraction of
details included), and time growing near-linearly with the number of articles.

Each size runs ``--repeat`` times and the best time is printed, both wall seconds
(``time.perf_counter``) and CPU seconds of this process (``time.process_time``): the machine is
shared, so wall time carries other processes' load and the CPU time is the steadier number.
The first run of each size is also shown: it fills the word caches the later runs reuse.
``--profile N`` runs cProfile on the largest size once more and prints the N functions with the
most time spent in their own code.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "evaluation"))

from biaslens.compare import compare_articles  # noqa: E402
from biaslens.corpus import article_from_text  # noqa: E402
from biaslens.records import Article  # noqa: E402

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "eval"


def editorial_articles(fetch: bool) -> list[Article]:
    """NYT editorial snippets grouped into one article per editorial (empty when unavailable)."""
    try:
        from eval_data import nyt_editorial_sentences, nyt_editorials
    except ImportError:
        return []
    sentences = nyt_editorial_sentences(fetch=fetch)
    if not sentences:
        return []
    articles = []
    for editorial, rated in sorted(nyt_editorials(sentences).items()):
        text = " ".join(r.text for r in rated)
        articles.append(article_from_text(text, f"nyt-editorial-{editorial}.txt", {"outlet": "NYT editorial"}))
    return articles


def main(argv: list[str] | None = None) -> int:
    """Build the stories, time extraction + comparison, print the times; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sizes", default="5,50,500")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size; the best is printed")
    parser.add_argument("--no-fetch", action="store_true", help="do not fetch the NYT snippets with pip")
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="profile the largest size and print the top N functions by own time")
    args = parser.parse_args(argv)
    folder = args.data / "stories" / "basil-dev"
    if not folder.exists():
        print(f"skipped: {folder} not found")
        return 0
    from eval_details_basil import load_event_articles

    basil = [article for pairs in load_event_articles(folder).values() for article, _ in pairs]
    basil.sort(key=lambda a: a.source)
    pool = basil + editorial_articles(fetch=not args.no_fetch)
    sizes = [int(x) for x in args.sizes.split(",")]
    reused = max(sizes) > len(pool)
    if reused:
        from dataclasses import replace

        base = list(pool)
        while len(pool) < max(sizes):
            article = base[len(pool) % len(base)]
            pool.append(replace(article, source=f"copy{len(pool)}-{article.source}"))
        print(f"note: only {len(base)} distinct articles; reused them to reach {max(sizes)}")
    print(f"pool: {len(basil)} BASIL articles + {len(pool) - len(basil)} others")
    print(f" articles  sentences  details  wall-s  cpu-s  (best of {args.repeat})  cpu-s first run")
    for size in sizes:
        story = pool[:size]
        walls, cpus = [], []
        for _ in range(max(1, args.repeat)):
            started, cpu_started = time.perf_counter(), time.process_time()
            comparison = compare_articles(story)
            walls.append(time.perf_counter() - started)
            cpus.append(time.process_time() - cpu_started)
        n_sentences = sum(len(a.sentences) for a in story)
        print(f"{size:9d}  {n_sentences:9d}  {len(comparison.details):7d}  {min(walls):6.3f}  {min(cpus):5.3f}"
              f"                {cpus[0]:5.3f}")
    print("(wall seconds depend on other load on the machine; cpu seconds less so)")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(compare_articles, pool[:max(sizes)])
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(args.profile)
        print(out.getvalue())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
