"""Throughput of the full per-article analysis against VADER alone on the same sentences.

Data: the 500 NYT editorials of the VADER paper (5,190 sentences, fetched by pip with the
vaderSentiment 3.3.2 source distribution; see evaluation/eval_data.py), each editorial's
sentences joined into one article. Prints ms/article and MB/s for (a) the full analysis —
cleaning, sentence splitting and every registered extractor — and (b) VADER alone over the
original sentences, and their ratio. Not a timed test: it prints numbers, it does not judge.

    python benchmarks/bench_throughput.py [--repeat 3] [--extractor NAME ...]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "evaluation")]

from eval_data import nyt_editorial_sentences, nyt_editorials  # noqa: E402

from biaslens.corpus import article_from_text  # noqa: E402
from biaslens.extractors import build_extractors  # noqa: E402
from biaslens.vader import vader_analyzer  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed repetitions; the best is reported")
    parser.add_argument("--extractor", action="append", help="only these extractors (default: all)")
    parser.add_argument("--tone-model", choices=("calibrated", "vader"), default="calibrated",
                        help="the tone extractor's main score (default: calibrated)")
    args = parser.parse_args()
    sentences = nyt_editorial_sentences()
    if sentences is None:
        print("skipped: the vaderSentiment 3.3.2 source distribution could not be fetched with pip")
        return 0
    editorials = nyt_editorials(sentences)
    texts = [" ".join(s.text for s in group) for group in editorials.values()]
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    extractors = build_extractors(args.extractor, {"tone": {"model": args.tone_model}})
    analyzer = vader_analyzer()
    # Warm up once so that model loading is not counted as throughput.
    warm = article_from_text(texts[0], "warm.txt")
    for extractor in extractors:
        extractor.score(warm)

    def full() -> None:
        for number, text in enumerate(texts):
            article = article_from_text(text, f"{number}.txt")
            for extractor in extractors:
                extractor.score(article)

    def vader_alone() -> None:
        for group in editorials.values():
            for sentence in group:
                analyzer.polarity_scores(sentence.text)

    full_s = min(_time(full) for _ in range(args.repeat))
    vader_s = min(_time(vader_alone) for _ in range(args.repeat))
    stages = _stage_times(texts, extractors, args.repeat)
    n = len(texts)
    print("times are CPU time of this process, best of --repeat runs")
    print(f"data: {n} NYT editorials, {len(sentences)} sentences, {megabytes:.2f} MB")
    print(f"extractors: {', '.join(e.name for e in extractors)} (tone model: {args.tone_model})")
    print(f"full analysis: {1000 * full_s / n:.2f} ms/article, {megabytes / full_s:.3f} MB/s")
    print(f"VADER alone:   {1000 * vader_s / n:.2f} ms/article, {megabytes / vader_s:.3f} MB/s")
    print(f"ratio full/VADER: {full_s / vader_s:.2f}x (target <= 2.5x)")
    print("per stage (ms/article, x VADER alone):")
    for stage, seconds in stages.items():
        print(f"  {stage:<12} {1000 * seconds / n:6.3f} ms  {seconds / vader_s:5.2f}x")
    return 0


def _stage_times(texts: list[str], extractors: list, repeat: int) -> dict[str, float]:  # type: ignore[type-arg]
    """Best-of-``repeat`` seconds for loading (cleaning and sentences) and for each extractor."""
    times = {"load+split": min(_time(lambda: [article_from_text(t, "x.txt") for t in texts]) for _ in range(repeat))}
    for extractor in extractors:
        best = None
        for _ in range(repeat):
            # Fresh articles each time: what is kept per live article (its quotes) would
            # otherwise be free in every repetition after the first.
            articles = [article_from_text(text, f"{number}.txt") for number, text in enumerate(texts)]
            seconds = _time(lambda: [extractor.score(a) for a in articles])
            best = seconds if best is None else min(best, seconds)
            del articles
        times[extractor.name] = best
    return times


def _time(work) -> float:  # type: ignore[no-untyped-def]
    # CPU seconds of this process: other work on a shared machine does not inflate them the way
    # it inflates wall time, so the ratio to VADER stays comparable between runs.
    start = time.process_time()
    work()
    return time.process_time() - start


if __name__ == "__main__":
    raise SystemExit(main())
