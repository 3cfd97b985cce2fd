"""Hostile inputs at two sizes: time of the whole report, and how it grows when the input doubles.

A linear stage doubles its time when the input doubles; a quadratic one quadruples it. Each
case is analysed and rendered in memory (``report_from_articles``), as ``biaslens report`` does,
beside one ordinary article. Prints seconds and the growth ratio; not a timed test.

    python benchmarks/bench_hostile.py            # sizes n and 2n for every case
"""

from __future__ import annotations

import time

from biaslens.app import report_from_articles
from biaslens.corpus import article_from_text

ORDINARY = (
    "Minister announces flood plan\n"
    "The minister said on Tuesday that the government would spend 40 million on flood defences.\n"
    "“We will protect every town on the river,” she told reporters in the capital.\n"
)
CASES = {
    "one long word (characters)": (100_000, lambda n: "x" * n + " said the minister."),
    "straight quote marks": (5_000, lambda n: "Marks\n" + '"' * n + " said the minister."),
    "quotations on one line": (1_500, lambda n: "Quotations\n" + "“a word” " * n + "said the minister."),
    "one-word lines": (5_000, lambda n: "\n".join(f"word{i}" for i in range(n))),
    "ordinary paragraphs": (
        100,
        lambda n: "Headline\n" + "\n".join(
            "The minister said on Tuesday that the plan “may possibly” work, according to officials. " * 10
            for _ in range(n)
        ),
    ),
}


def seconds(text: str) -> float:
    """Time loading, analysing and rendering ``text`` beside an ordinary article."""
    started = time.perf_counter()
    articles = [article_from_text(ORDINARY, "ordinary.txt"), article_from_text(text, "hostile.txt")]
    report_from_articles(articles)
    return time.perf_counter() - started


def main() -> None:
    """Print the time at n and 2n for every case, and the growth ratio."""
    seconds(ORDINARY + "warm up")  # imports, lexicons and models load once, outside the timings
    print(f"{'case':32} {'n':>8} {'s at n':>8} {'s at 2n':>8} {'ratio':>6}  (linear ~2, quadratic ~4)")
    for name, (n, make) in CASES.items():
        small, large = seconds(make(n)), seconds(make(2 * n))
        print(f"{name:32} {n:>8} {small:>8.2f} {large:>8.2f} {large / small:>6.2f}")


if __name__ == "__main__":
    main()
