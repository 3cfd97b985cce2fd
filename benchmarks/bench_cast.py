"""Cost of the cast per article beside the quote finder's, on the 90 BASIL dev articles.

Usage::

    PYTHONPATH=. python benchmarks/bench_cast.py [DATA_DIR] [--repeat 3]

Times, per article, (a) the cast alone on one story of all 90 articles: finding the named
mentions (:func:`biaslens.details.entity_details`) and clustering them
(:func:`biaslens.cast.build_cast`), and (b) the quote finder (:func:`biaslens.quotes.find_quotes`)
on the same articles. Goal (issue #12): the cast costs no more than the quote finder. Best of
``--repeat`` runs, CPU seconds of this process (the machine is shared; CPU time is steadier
than wall time). Exits 0 with "skipped: ..." when BASIL is absent.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "evaluation"))

from biaslens import quotes as quotes_module  # noqa: E402
from biaslens.cast import build_cast  # noqa: E402
from biaslens.details import entity_details  # noqa: E402

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "eval"


def _best(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    """Print the per-article CPU cost of the cast and of the quote finder."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", nargs="?", default=str(DEFAULT_DATA))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    folder = Path(args.data) / "stories" / "basil-dev"
    if not folder.is_dir():
        print(f"skipped: {folder} not found")
        return 0
    from eval_details_basil import load_event_articles

    articles = [a for pairs in load_event_articles(folder).values() for a, _ in pairs]
    n = len(articles)

    def run_quotes() -> None:
        for a in articles:
            quotes_module.find_quotes(a)

    details = [entity_details(a) for a in articles]
    # First runs are cold (word caches empty), as in a one-off `biaslens report`.
    first_quotes = _best(run_quotes, 1)
    first_cast = _best(lambda: build_cast(articles), 1)
    cast_s = _best(lambda: build_cast(articles), args.repeat)
    cluster_s = _best(lambda: build_cast(articles, details), args.repeat)
    quotes_s = _best(run_quotes, args.repeat)
    print(f"{n} articles; CPU ms per article   first run   best of {args.repeat}")
    print(f"  cast (mentions + clustering):    {1000 * first_cast / n:7.2f}     {1000 * cast_s / n:7.2f}")
    print(f"  cast given the details compare already has: {'':>0}{1000 * cluster_s / n:7.2f}")
    print(f"  quote finder:                    {1000 * first_quotes / n:7.2f}     {1000 * quotes_s / n:7.2f}")
    print(f"  ratio cast / quotes (best):      {cast_s / quotes_s:7.2f}  (goal: <= 1.00)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
