"""A day of coverage through ``biaslens run``: wall time, CPU time, peak memory, time per stage.

Usage::

    python benchmarks/bench_day.py [DATA] [--articles 2000] [--jobs N] [--scheduler processes|dask]

Builds a drop-box of real articles from DATA (default ``../shared/eval``): PolNeAR train and dev
(924 US political news articles, 2015-16), BASIL dev (90 articles, 30 events x 3 outlets), the
MEANTIME Wikinews articles (120) and, when pip can fetch the vaderSentiment 3.3.2 source
distribution, the 500 NYT editorials of the VADER paper (see ``evaluation/eval_data.py``).
That is 1,634 distinct articles; ``--articles`` above that adds republished copies (a line
"Republished, edition K." at the end, the date moved K years on so they form their own
stories), which is how the 10,000-article memory figure is made. ``--corpus basil`` takes the
BASIL dev articles alone: every story three outlets on one event, the shape of the issue's
"first run over 210 articles in 70 stories" (``--corpus basil --articles 210 --only-first``).

Then three runs, each in a fresh process (so peak memory is that run's own):

1. **first**: 95% of the articles, from an empty store;
2. **no-op**: the same drop-box again, nothing new;
3. **5% new**: the remaining 5% added.

For each it prints wall time, CPU time (the run's process plus its worker processes), peak
resident memory (the run's process, and the largest worker), and wall time per stage (fetch:
read and clean the files and store them; group: place articles into stories; reports: analyse,
compare and render every changed story; index). Then VADER alone over the first run's articles
(each text split into sentences by biaslens, only the VADER calls timed, in this process) and the
first run's CPU and wall time as multiples of it: the issue's yardstick for what the whole
analysis, comparison and rendering cost beside the cheapest tone score. Exits 0 with "skipped"
when DATA is absent. Not a timed test: it prints numbers, it does not judge.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "evaluation")]

NEW_SHARE = 0.05


def collect(data: Path, with_nyt: bool = True) -> list[dict[str, str]]:
    """Every usable article under ``data`` as ``{name, title, outlet, published, text}``, sorted by name."""
    articles: list[dict[str, str]] = []
    for split in ("train", "dev"):
        for path in sorted((data / "quotes" / "polnear" / split / "text").glob("*.txt")):
            outlet, published = path.stem.split("_")[:2]
            text = path.read_text(encoding="utf-8")
            title = text.strip().splitlines()[0] if text.strip() else path.stem
            articles.append({"name": f"polnear-{split}-{path.stem}", "title": title, "outlet": outlet,
                             "published": published, "text": text})
    for path in sorted((data / "stories" / "basil-dev").glob("articles/*/*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        paragraphs = record["body-paragraphs"]
        if isinstance(paragraphs, str):  # some releases store the list as a Python literal
            paragraphs = ast.literal_eval(paragraphs)
        body = "\n\n".join(" ".join(sentences) for sentences in paragraphs)
        articles.append({"name": f"basil-{path.stem}", "title": record["title"], "outlet": record.get("source", ""),
                         "published": record.get("date", "")[:10], "text": body})
    for path in sorted((data / "entities" / "meantime").glob("corpus_*/*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        if len(lines) < 3:
            continue
        published = _meantime_date(lines[1])
        articles.append({"name": f"meantime-{path.parent.name}-{path.stem}", "title": lines[0], "outlet": "Wikinews",
                         "published": published, "text": "\n\n".join(lines[2:])})
    if with_nyt:
        from eval_data import nyt_editorial_sentences, nyt_editorials

        sentences = nyt_editorial_sentences()
        if sentences is None:
            print("note: NYT editorials left out (pip could not fetch the vaderSentiment 3.3.2 sdist)")
        else:
            for editorial, group in sorted(nyt_editorials(sentences).items()):
                articles.append({"name": f"nyt-{editorial}", "title": "", "outlet": "The New York Times",
                                 "published": "", "text": " ".join(s.text for s in group)})
    return sorted(articles, key=lambda a: a["name"])


def _meantime_date(line: str) -> str:
    from datetime import datetime

    try:
        return datetime.strptime(line.strip(), "%B %d, %Y").date().isoformat()
    except ValueError:
        return ""


def day(articles: list[dict[str, str]], n: int) -> list[dict[str, str]]:
    """``n`` articles: the real ones, then republished copies of them when ``n`` is larger."""
    out = list(articles[:n])
    edition = 1
    while len(out) < n:
        for article in articles[: n - len(out)]:
            copy = dict(article)
            copy["name"] = f"{article['name']}-ed{edition}"
            copy["text"] = article["text"].rstrip() + f"\n\nRepublished, edition {edition}.\n"
            if article["published"][:4].isdigit():
                copy["published"] = f"{int(article['published'][:4]) + 100 * edition:04d}{article['published'][4:]}"
            out.append(copy)
        edition += 1
    return out


def write_article(folder: Path, article: dict[str, str]) -> None:
    """Write one article as a ``.txt`` with ``key: value`` header lines."""
    header = [f"{key}: {article[key]}" for key in ("title", "outlet", "published") if article[key].strip()]
    body = article["text"].strip() + "\n"
    (folder / f"{article['name']}.txt").write_text("\n".join(header) + "\n\n" + body if header else body, encoding="utf-8")


def measure_run(config: Path, jobs: int | None, scheduler: str | None) -> dict[str, object]:
    """One run in this process, with wall time per stage; returns the numbers as a dict."""
    from biaslens import scheduled
    from biaslens.settings import load_settings

    stages: dict[str, float] = {}

    def timed(name: str, function):  # type: ignore[no-untyped-def]
        def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                stages[name] = stages.get(name, 0.0) + time.perf_counter() - started

        return wrapper

    # Wrapping the run's own stage functions keeps the benchmark honest: the run is unchanged.
    for name, attribute in (("fetch", "_fetch"), ("group", "_place"), ("reports", "_reports"), ("index", "_index")):
        setattr(scheduled, attribute, timed(name, getattr(scheduled, attribute)))
    from biaslens.parallel import Plan

    settings = load_settings(config)
    plan = Plan(jobs, scheduler or "processes")
    wall = time.perf_counter()
    cpu = time.process_time()
    result = scheduled.run(settings, plan=plan)
    wall = time.perf_counter() - wall
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = time.process_time() - cpu + children.ru_utime + children.ru_stime
    return {
        "wall": wall,
        "cpu": cpu,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_peak_mb": children.ru_maxrss / 1024,
        "stages": stages,
        "new": result.new,
        "articles": result.articles,
        "stories": result.stories,
        "written": len(result.stories_written),
    }


def vader_alone_seconds(articles: list[dict[str, str]]) -> float:
    """CPU seconds VADER alone takes over ``articles``' sentences (best of three; splitting not timed)."""
    from biaslens.text import split_sentences
    from biaslens.vader import vader_analyzer

    analyzer = vader_analyzer()
    sentences = [s.text for a in articles for s in split_sentences(a["text"])]
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for sentence in sentences:
            analyzer.polarity_scores(sentence)
        best = min(best, time.process_time() - start)
    return best


def main() -> int:
    """Build the day, run three times in fresh processes, print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "eval"), help="evaluation data folder")
    parser.add_argument("--articles", type=int, default=2000, help="articles in the day (copies beyond the real ones)")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: biaslens's default, all cores)")
    parser.add_argument("--scheduler", choices=("processes", "dask"), default=None)
    parser.add_argument("--no-nyt", action="store_true", help="leave out the NYT editorials (no pip fetch)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder and print its path")
    parser.add_argument("--corpus", choices=("all", "basil"), default="all",
                        help="all corpora, or BASIL dev alone (stories of three outlets)")
    parser.add_argument("--only-first", action="store_true", help="only the first run (for the memory figure)")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # internal: one run in this process
    args = parser.parse_args()
    if args.measure is not None:
        print(json.dumps(measure_run(args.measure, args.jobs, args.scheduler)))
        return 0
    data = Path(args.data)
    if not (data / "quotes" / "polnear").is_dir():
        print(f"skipped: no evaluation data at {data}")
        return 0
    real = collect(data, with_nyt=not args.no_nyt and args.corpus == "all")
    if args.corpus == "basil":
        real = [a for a in real if a["name"].startswith("basil-")]
    articles = day(real, args.articles)
    held = set(range(0, len(articles), round(1 / NEW_SHARE)))  # every 20th article arrives later
    first = [a for i, a in enumerate(articles) if i not in held]
    later = [a for i, a in enumerate(articles) if i in held]
    megabytes = sum(len(a["text"].encode("utf-8")) for a in articles) / 1e6
    print(f"day: {len(articles)} articles ({min(len(real), len(articles))} distinct real ones), {megabytes:.1f} MB of text; "
          f"first run {len(first)}, then {len(later)} new")
    tmp = Path(tempfile.mkdtemp(prefix="biaslens-day-"))
    drop = tmp / "drop"
    drop.mkdir()
    for article in first:
        write_article(drop, article)
    config = tmp / "biaslens.toml"
    config.write_text('[run]\nout = "out"\ndatabase = "biaslens.db"\n[[sources]]\ntype = "folder"\npath = "drop"\n')
    print(f"{'run':<10}{'wall s':>9}{'CPU s':>9}{'peak MB':>9}{'worker MB':>10}  stories written / total; stages (wall s)")
    phases = [("first", [])] if args.only_first else [("first", []), ("no-op", []), ("5% new", later)]
    first_run: dict[str, object] = {}
    for label, adding in phases:
        for article in adding:
            write_article(drop, article)
        command = [sys.executable, str(Path(__file__).resolve()), "--measure", str(config)]
        if args.jobs is not None:
            command += ["--jobs", str(args.jobs)]
        if args.scheduler is not None:
            command += ["--scheduler", args.scheduler]
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=tmp)
        if done.returncode != 0:
            print(done.stderr)
            return 1
        m = json.loads(done.stdout.strip().splitlines()[-1])
        first_run = first_run or m
        stages = ", ".join(f"{k} {v:.2f}" for k, v in m["stages"].items())
        print(f"{label:<10}{m['wall']:>9.2f}{m['cpu']:>9.2f}{m['peak_mb']:>9.0f}{m['worker_peak_mb']:>10.0f}  "
              f"{m['written']} / {m['stories']}; {stages}")
    vader_s = vader_alone_seconds(first)
    print(f"VADER alone on the first run's {len(first)} articles: {vader_s:.2f} s of CPU; the first run took "
          f"{float(first_run['cpu']) / vader_s:.1f}x that in CPU time, {float(first_run['wall']) / vader_s:.1f}x in wall time")
    if args.keep:
        print(f"kept: {tmp}")
    else:
        shutil.rmtree(tmp)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
