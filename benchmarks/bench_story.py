"""One story of many articles through ``biaslens report``: wall time, CPU time, peak memory.

Usage::

    python benchmarks/bench_story.py [DATA] [--articles 50 200] [--jobs N] [--profile | --warm]

The story is the first N PolNeAR articles (dev, then train: US political news of 2015-16 from
seven publishers) in DATA (default ``../shared/eval``), copied into one folder and reported as
one story, the worst case a newsroom's "compare everything on this" gives: every article
analysed, the cross-outlet comparison over all of them, charts, worksheet and page. Each size
runs in a fresh process; the benchmark prints wall time, CPU time (the command and its worker
processes), and the peak resident memory of the largest process. ``--profile`` instead runs
the first size in this process under cProfile (one process, ``--jobs 1``) and prints the
functions that take the most time. ``--warm`` instead reports each size in this process after
one report to warm it up (imports and models loaded), several stories of that size in turn
(consecutive PolNeAR articles, other stories in each round), and prints the CPU time per story: the cost a scheduled run
pays for each of a day's small stories (``--articles 3 --warm``). Exits 0 with "skipped" when DATA is absent. Not a timed
test: it prints numbers, it does not judge.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def story_folder(data: Path, n: int, folder: Path) -> int:
    """Copy the first ``n`` PolNeAR articles (dev, then train) into ``folder``; return how many."""
    polnear = data / "quotes" / "polnear"
    paths = [p for split in ("dev", "train") for p in sorted((polnear / split / "text").glob("*.txt"))][:n]
    folder.mkdir(parents=True, exist_ok=True)
    for path in paths:
        shutil.copy(path, folder / path.name)
    return len(paths)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--articles", type=int, nargs="+", default=[50, 200], help="story sizes (default: 50 200)")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: biaslens's default)")
    parser.add_argument("--profile", action="store_true", help="profile the first size in this process")
    parser.add_argument("--warm", action="store_true", help="CPU per story of each size, in this process, warmed up")
    args = parser.parse_args()
    if not (args.data / "quotes" / "polnear").is_dir():
        print(f"skipped: no evaluation data at {args.data}")
        return 0
    with tempfile.TemporaryDirectory(prefix="biaslens-story-") as tmp:
        if args.profile:
            return _profile(args.data, args.articles[0], Path(tmp))
        if args.warm:
            return _warm(args.data, args.articles, Path(tmp))
        print(f"{'articles':>8}{'wall s':>9}{'CPU s':>9}{'peak MB':>9}  (load average before: {os.getloadavg()[0]:.1f})")
        for n in args.articles:
            folder = Path(tmp) / f"story{n}"
            got = story_folder(args.data, n, folder)
            command = [sys.executable, "-m", "biaslens", "report", str(folder), "--out", str(Path(tmp) / f"out{n}")]
            if args.jobs is not None:
                command += ["--jobs", str(args.jobs)]
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            done = subprocess.run(command, capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
            wall = time.perf_counter() - started
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if done.returncode != 0:
                print(done.stderr)
                return 1
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            # ru_maxrss of children is the largest single process waited for so far (kB on Linux).
            print(f"{got:>8}{wall:>9.2f}{cpu:>9.2f}{after.ru_maxrss / 1024:>9.0f}")
    return 0


def _warm(data: Path, sizes: list[int], tmp: Path, stories: int = 5, rounds: int = 3) -> int:
    sys.path.insert(0, str(ROOT))
    from biaslens.app import report_from_paths
    from biaslens.parallel import Plan

    print(f"{'articles':>8}{'CPU s per story (best of ' + str(rounds) + ')':>34}  (load average before: {os.getloadavg()[0]:.1f})")
    for n in sizes:
        # Stories k*n .. k*n+n-1 of the first (rounds*stories+1)*n articles, a different set of
        # stories in each round: a scheduled run never reports the same articles twice, so no
        # round may find the previous round's results in a cache.
        everything = tmp / f"all{n}"
        story_folder(data, n * (stories * rounds + 1), everything)
        paths = sorted(everything.iterdir())
        folders = []
        for k in range(stories * rounds + 1):
            folder = tmp / f"warm{n}-{k}"
            folder.mkdir()
            for path in paths[k * n:(k + 1) * n]:
                shutil.copy(path, folder / path.name)
            folders.append(folder)
        report_from_paths([folders[-1]], plan=Plan(jobs=1))  # imports, models, first-use caches
        best = min(_cpu_per_story(report_from_paths, folders[r * stories:(r + 1) * stories], Plan(jobs=1))
                   for r in range(rounds))
        print(f"{n:>8}{best:>34.3f}")
    return 0


def _cpu_per_story(report: Any, folders: list[Path], plan: Any) -> float:
    started = time.process_time()
    for folder in folders:
        report([folder], plan=plan)
    return (time.process_time() - started) / len(folders)


def _profile(data: Path, n: int, tmp: Path) -> int:
    sys.path.insert(0, str(ROOT))
    from biaslens.app import report_from_paths
    from biaslens.parallel import Plan

    folder = tmp / "story"
    story_folder(data, n, folder)
    profiler = cProfile.Profile()
    started = time.process_time()
    profiler.runcall(report_from_paths, [folder], plan=Plan(jobs=1))
    print(f"{n} articles: {time.process_time() - started:.2f} s CPU under the profiler")
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
