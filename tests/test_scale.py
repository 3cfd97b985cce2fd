"""Scale: the same bytes with any number of workers, a light start, identical syllable counts.

The Dask test runs on a LocalCluster of two worker processes and skips when Dask is absent.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

from biaslens.app import report_from_paths
from biaslens.parallel import Plan, Workers
from biaslens.scheduled import run
from biaslens.settings import load_settings
from conftest import ROOT, SEEDS

NOW = datetime(2025, 10, 28, 9, 0, tzinfo=timezone.utc)
HEAVY = ("numpy", "scipy", "sklearn", "matplotlib", "trafilatura")

FLOODS = """title: Floods cut rail link to Valmora
outlet: Coast Radio
published: 2025-10-28

Rail services between Valmora and the capital remain suspended after floods washed away a section of track on Tuesday.
The rail operator said engineers could not reach the site while the river was still above its banks near Valmora.
About 1,200 residents spent the night in shelters, the regional emergency service said.
"""
FLOODS_2 = """title: Valmora floods: shelters full as river stays high
outlet: Valmora Ledger
published: 2025-10-28

About 1,200 residents spent a second night in shelters in Valmora, the emergency service said, as the river stayed above its banks.
Rail services to the capital remain suspended; "we cannot reach the track," a spokesman for the operator said.
"""


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_help_and_version_import_nothing_heavy() -> None:
    code = (
        "import sys, biaslens, biaslens.cli\n"
        "from biaslens.cli import show_version\n"
        "try:\n    biaslens.cli.app(['--help'], standalone_mode=False)\nexcept SystemExit:\n    pass\n"
        "biaslens.cli.app(['version'], standalone_mode=False)\n"
        f"print('HEAVY', sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert "HEAVY []" in done.stdout, done.stdout[-500:]


def test_report_on_one_folder_does_not_import_scikit_learn(tmp_path: Path) -> None:
    # scikit-learn costs most of a second to import; a report (grouping check and TF-IDF
    # included) needs only numpy and scipy (biaslens.similarity).
    folder = tmp_path / "floods"
    folder.mkdir()
    (folder / "a.txt").write_text(FLOODS, encoding="utf-8")
    (folder / "b.txt").write_text(FLOODS_2, encoding="utf-8")
    code = (
        "import sys\nfrom pathlib import Path\nfrom biaslens.app import report_from_paths\n"
        f"run = report_from_paths([Path({str(folder)!r})])\n"
        "print('FILES', len(run.files), 'SKLEARN', 'sklearn' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert "SKLEARN False" in done.stdout and "FILES 0" not in done.stdout, done.stdout[-500:] + done.stderr[-500:]


def test_public_names_still_import() -> None:
    import biaslens

    assert biaslens.Article.__name__ == "Article" and callable(biaslens.report_from_paths)
    with pytest.raises(AttributeError):
        biaslens.no_such_name  # noqa: B018


def test_syllables_are_textstat_counts() -> None:
    """The shipped CMU table gives textstat 0.7.8's count for every word, in and out of the dictionary."""
    import textstat

    from biaslens.extractors.readability import _cmu_syllables, _syllables
    from biaslens.text import find_words

    words = set()
    for path in SEEDS.glob("*.txt"):
        words.update(find_words(path.read_text(encoding="utf-8")))
    table = sorted(_cmu_syllables())
    words.update(table[::97])  # a spread of dictionary words, some with apostrophes
    words.update(["Takaichi", "don't", "U.S.", "co-operate", "Valmora", "naïve", "x", "rhythm", "queueing"])
    wrong = {w: (_syllables(w), textstat.syllable_count(w.lower())) for w in sorted(words)
             if _syllables(w) != max(1, int(textstat.syllable_count(w.lower())))}
    assert len(words) > 2000 and not wrong


def test_compiled_stems_are_the_pure_python_stems() -> None:
    """PyStemmer (compiled, used by snowballstemmer when installed) gives snowballstemmer's own
    Python stems: for every word of the seeds and the shipped lexicons, their joined pairs (as
    the meaning keys join "fund raiser") and the shapes the text normaliser leaves."""
    import Stemmer
    from snowballstemmer.english_stemmer import EnglishStemmer

    from biaslens.details import word_root
    from biaslens.text import find_words, normalise_word

    texts = [p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")]
    texts += [p.read_text(encoding="utf-8") for p in (ROOT / "biaslens" / "lexicons").glob("*.txt")]
    words: set[str] = set()
    for text in texts:
        found = find_words(text)
        words.update(found)
        words.update(a + b for a, b in zip(found, found[1:]))
    words.update(["dying", "skies", "news", "gently", "ugly", "generously", "'tis", "naïve", "y", "ÿes", ""])
    forms = sorted({normalise_word(w) for w in words})
    compiled, pure = Stemmer.Stemmer("english"), EnglishStemmer()
    wrong = {w: (compiled.stemWord(w), pure.stemWord(w)) for w in forms if compiled.stemWord(w) != pure.stemWord(w)}
    assert len(forms) > 15000 and not wrong
    assert word_root("Fund-raisers") == pure.stemWord("fundraisers")


def test_report_same_bytes_with_workers(tmp_path: Path) -> None:
    one = report_from_paths([SEEDS], plan=Plan(jobs=1)).files
    two = report_from_paths([SEEDS], plan=Plan(jobs=2)).files
    assert one == two


def _day(tmp: Path) -> Path:
    drop = tmp / "drop"
    shutil.copytree(SEEDS, drop, ignore=shutil.ignore_patterns("manifest.json", "*.md"))
    (drop / "floods-radio.txt").write_text(FLOODS, encoding="utf-8")
    (drop / "floods-ledger.txt").write_text(FLOODS_2, encoding="utf-8")
    config = tmp / "biaslens.toml"
    config.write_text(
        "[report]\nextractors = [\"readability\", \"tone\", \"hedging\"]\n"
        "[run]\nout = \"out\"\ndatabase = \"biaslens.db\"\n[[sources]]\ntype = \"folder\"\npath = \"drop\"\n"
    )
    return config


def test_run_same_bytes_with_workers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The same folder both times: article keys (and so fingerprints) include the file paths.
    # With workers, grouping runs in a child process (as it does from 500 new articles on).
    import biaslens.parallel as parallel
    import biaslens.scheduled as scheduled

    config = _day(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(scheduled, "GROUP_IN_CHILD_FROM", 1)
    children: list[str] = []
    in_child = parallel.in_child
    monkeypatch.setattr(parallel, "in_child", lambda function, *args: children.append(function.__name__) or in_child(function, *args))
    trees = []
    for jobs in (1, 2):
        result = run(load_settings(config), NOW, plan=Plan(jobs=jobs))
        assert result.stories >= 2 and len(result.stories_written) == result.stories
        assert children == ([] if jobs == 1 else ["_place_stored"])
        trees.append(_tree(tmp_path / "out"))
        shutil.rmtree(tmp_path / "out")
        (tmp_path / "biaslens.db").unlink()
    assert trees[0] == trees[1]
    assert any(name.endswith("report.md") for name in trees[0])


def test_workers_keep_order() -> None:
    with Workers(Plan(jobs=2)) as workers:
        assert workers.map(abs, [-3, 2, -1, 0, -7]) == [3, 2, 1, 0, 7]


def test_submitted_batches_overlap_and_keep_order() -> None:
    # A run hands the next batch of stories to the workers before it writes the previous one:
    # both batches come back whole and in input order, whichever finishes first.
    for jobs in (1, 2):
        with Workers(Plan(jobs=jobs)) as workers:
            first = workers.submit(abs, [-3, 2, -1])
            second = workers.submit(abs, [0, -7, 5, -4])
            assert first() == [3, 2, 1] and second() == [0, 7, 5, 4]
            assert first() == [3, 2, 1]  # asking again gives the same list


def test_bad_plans_are_usage_errors() -> None:
    from biaslens.errors import SettingsError

    with pytest.raises(SettingsError):
        Plan(jobs=0)
    with pytest.raises(SettingsError):
        Plan(scheduler="threads")
    with pytest.raises(SettingsError):
        Plan(address="tcp://127.0.0.1:8786")


def test_dask_local_cluster_matches_local(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("dask.distributed", reason="Dask is optional: pip install 'biaslens[dask]'")
    config = _day(tmp_path)
    monkeypatch.chdir(tmp_path)
    trees = []
    for scheduler, jobs in (("processes", 1), ("dask", 2)):
        run(load_settings(config), NOW, plan=Plan(jobs=jobs, scheduler=scheduler))
        trees.append(_tree(tmp_path / "out"))
        shutil.rmtree(tmp_path / "out")
        (tmp_path / "biaslens.db").unlink()
    local, dask = trees
    assert local == {k: v for k, v in dask.items() if not k.startswith("features.")}
    # The Dask path also writes every article's features, one row each, as JSON Lines (and Parquet).
    rows = [json.loads(line) for line in dask["features.jsonl"].decode("utf-8").splitlines()]
    assert len(rows) == 7 and all(isinstance(row["readability.words"], float) for row in rows)
    assert {row["story"] for row in rows} == {k.split("/")[0] for k in local if k.endswith("/report.md")}
    if "features.parquet" in dask:
        import pyarrow.parquet as pq

        table = pq.read_table(io.BytesIO(dask["features.parquet"]))
        assert table.num_rows == 7 and "tone.mean" in table.column_names


def test_hedging_matcher_shared_until_its_lexicon_changes(tmp_path: Path) -> None:
    """Stories of a run share one compiled matcher; an edited lexicon file gets a new one."""
    import os

    from biaslens.extractors import build_extractors

    first, second = (build_extractors(["hedging"])[0] for _ in range(2))
    assert first.matcher() is second.matcher()
    lexicon = tmp_path / "extra.txt"
    lexicon.write_text("# kind: epistemic\nfoobarishly\n", encoding="utf-8")
    before = build_extractors(["hedging"], {"hedging": {"extra_lexicons": [str(lexicon)]}})[0].matcher()
    assert before is not first.matcher()
    lexicon.write_text("# kind: epistemic\nfoobarishly\nquuxishly\n", encoding="utf-8")
    os.utime(lexicon, ns=(1, 1))  # a different modification time, whatever the clock's resolution
    after = build_extractors(["hedging"], {"hedging": {"extra_lexicons": [str(lexicon)]}})[0].matcher()
    assert after is not before and len(after.entries) > len(before.entries)


def test_json_bytes_are_the_standard_encoders(tmp_path: Path) -> None:
    """report.json's own encoder writes exactly what json.dumps(indent=1) writes."""
    import math

    from biaslens.report.data import round_floats, to_json_bytes

    def reference(data: object) -> bytes:
        return (json.dumps(round_floats(data), ensure_ascii=False, indent=1, allow_nan=False) + "\n").encode("utf-8")

    run = report_from_paths([SEEDS])
    samples = [
        json.loads(run.files["report.json"]),
        {"a": [], "b": {}, "c": [1, 2.5, -0.0, 1e-9, 1e300, True, False, None, "é\u2028\"\\\n\t"], 1.5: (1, (2,)),
         2: None, None: 3, True: "x", "d": {"e": [{"f": []}]}, "g": -1234567.0000001, "h": 10**30},
        [], {}, "plain", 0.1 + 0.2, 7,
    ]
    for sample in samples:
        assert to_json_bytes(sample) == reference(sample)
    # Encoded piece by piece: the same bytes however the pieces fall.
    from biaslens.report import data

    for piece in (1, 2, 7):
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(data, "_PIECE", piece)
            for sample in samples:
                assert to_json_bytes(sample) == reference(sample)
    for bad in (math.nan, {"x": [math.inf]}, {"x": object()}):
        with pytest.raises((ValueError, TypeError)):
            to_json_bytes(bad)


def test_story_of_one_article_gets_the_lean_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A story only one outlet covered: its scores and evidence, no comparison, charts or worksheet;
    the story of two articles beside it keeps the full report."""
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "floods-radio.txt").write_text(FLOODS, encoding="utf-8")
    (drop / "floods-ledger.txt").write_text(FLOODS_2, encoding="utf-8")
    shutil.copy(SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0], drop / "japan.txt")
    config = tmp_path / "biaslens.toml"
    config.write_text("[run]\nout = \"out\"\ndatabase = \"biaslens.db\"\n[[sources]]\ntype = \"folder\"\npath = \"drop\"\n")
    monkeypatch.chdir(tmp_path)
    run(load_settings(config), NOW, plan=Plan(jobs=1))
    folders = {p.name: p for p in (tmp_path / "out").iterdir() if p.is_dir()}
    single = [f for f in folders.values() if len(json.loads((f / "report.json").read_text())["articles"]) == 1]
    full = [f for f in folders.values() if f not in single]
    assert len(single) == 1 and len(full) == 1
    lean = single[0]
    assert sorted(p.name for p in lean.iterdir()) == ["features.csv", "report.html", "report.json", "report.md"]
    data = json.loads((lean / "report.json").read_text())
    assert data["comparison"] is None and "grouped no article from another outlet" in data["single_outlet"]
    markdown = (lean / "report.md").read_text()
    assert data["single_outlet"] in markdown and "## Scores" in markdown and "## What changed" in markdown
    article = data["articles"][0]
    shown = 0
    for feature in article["features"].values():
        for span in feature["evidence"]:
            assert article["text"][span["start"] : span["end"]] == span["text"]
            shown += 1
    assert shown and "<table>" in (lean / "report.html").read_text()
    assert (full[0] / "worksheet.md").exists() and "## Side by side" in (full[0] / "report.md").read_text()


_KILLED_RUN = """
import os, sys, time
from pathlib import Path
from biaslens.parallel import Plan, Workers
from biaslens.scheduled import run_lock

def pid_after_nap(_):
    time.sleep(0.2)
    return os.getpid()

with run_lock(Path(sys.argv[1]), 0):
    with Workers(Plan(jobs=2)) as workers:
        pids = set(workers.map(pid_after_nap, range(6))) - {os.getpid()}
        print(" ".join(map(str, sorted(pids))), flush=True)
        time.sleep(60)
"""


def test_a_killed_run_leaves_no_worker_and_no_lock(tmp_path: Path) -> None:
    """SIGKILL on a run (cron's timeout, the OOM killer) must take its workers with it.

    Forked workers used to outlive the run and keep its lock, so every later run said
    "another biaslens run is in progress" and a caller reading the run's output waited forever.
    """
    import os
    import signal
    import time

    from biaslens.scheduled import run_lock

    lock = tmp_path / "biaslens.db.lock"
    process = subprocess.Popen(
        [sys.executable, "-c", _KILLED_RUN, str(lock)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert process.stdout is not None
    workers = [int(pid) for pid in process.stdout.readline().split()]
    assert workers, process.stderr.read() if process.stderr else ""
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=30)  # returns only once no worker holds the run's output open

    def alive(pid: int) -> bool:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
        except OSError:
            return False
        return state != "Z"

    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(alive(pid) for pid in workers)
    with run_lock(lock, 0):  # free at once: no orphan holds it
        pass


def test_charts_that_repeat_a_table_are_drawn_for_four_to_a_dozen_articles() -> None:
    # A class's handful of outlets gets every chart; a newsroom's story of dozens gets the tables
    # alone for the four charts that draw a table's numbers (a 13-column grid is not read), and
    # so does a story of two or three, whose table already shows its few numbers side by side.
    from biaslens.corpus import article_from_text, make_story
    from biaslens.extractors import build_extractors
    from biaslens.pipeline import analyse_story
    from biaslens.report import build_report
    from biaslens.report.context import MAX_TABLE_CHART_ARTICLES, MIN_TABLE_CHART_ARTICLES

    def files_for(n: int) -> dict[str, bytes]:
        articles = [article_from_text(f"Minister Roe said the plan would cost {k + 2} million. It may pass, she said.",
                                      f"a{k:02d}.txt", {"outlet": f"Outlet {k}"}) for k in range(n)]
        return build_report(analyse_story(make_story(articles), build_extractors(["readability", "tone", "hedging"])))

    small, large = files_for(MAX_TABLE_CHART_ARTICLES), files_for(MAX_TABLE_CHART_ARTICLES + 1)
    assert {"charts/readability.svg", "charts/hedging_rates.svg", "charts/tone_sentences.svg"} <= set(small)
    charts = {name for name in large if name.startswith("charts/")}
    assert charts == {"charts/tone_sentences.svg"}  # each sentence's tone is in no table
    page = large["report.md"].decode("utf-8")
    assert page.count(f"(No chart for a story of {MAX_TABLE_CHART_ARTICLES + 1} articles") == 2
    assert "readability.svg" not in page and "hedging_rates.svg" not in page
    few, enough = files_for(MIN_TABLE_CHART_ARTICLES - 1), files_for(MIN_TABLE_CHART_ARTICLES)
    assert {name for name in few if name.startswith("charts/")} == {"charts/tone_sentences.svg"}
    assert {"charts/readability.svg", "charts/hedging_rates.svg"} <= set(enough)
    assert few["report.md"].decode("utf-8").count(f"(No chart for a story of {MIN_TABLE_CHART_ARTICLES - 1} articles") == 2


def test_charts_are_laid_out_once_and_cropped_only_when_labels_do_not_fit() -> None:
    # A fitted chart is saved at its own size, drawn once; one whose labels are wider than the
    # figure is cropped to its contents, so no label is cut off.
    import re

    from biaslens.report.charts import bar_chart, heatmap, render_figure

    def width(svg: bytes) -> float:
        return float(re.search(rb'<svg [^>]*width="([0-9.]+)pt"', svg).group(1))

    fitted = bar_chart(["Outlet A", "Outlet B"], {"grade": [10.0, 12.0]}, "title", "grade")
    assert fitted.get_layout_engine() is None
    size = fitted.get_size_inches()[0] * 72
    assert width(render_figure(fitted)["svg"]) == pytest.approx(size)
    unfitted = heatmap([[0.1, 0.2]], ["a detail " * 40], ["A", "B"], "title")
    size = unfitted.get_size_inches()[0] * 72
    assert width(render_figure(unfitted)["svg"]) > size
