"""The command line as a user runs it: real processes, exit codes, one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, SEEDS


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "biaslens", *args], capture_output=True, text=True, cwd=cwd or ROOT, env=env, timeout=120
    )


def test_report_on_seeds_writes_every_file(tmp_path: Path):
    result = run("report", str(SEEDS), "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    for name in ("report.md", "report.json", "features.csv", "charts/tone_sentences.svg"):
        assert (tmp_path / "out" / name).exists(), name
    assert "Analysed 5 articles" in result.stdout


def test_default_report_uses_bundled_seeds(tmp_path: Path):
    result = run("report", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "reports" / "seeds" / "report.md").exists()


def test_partial_failure_names_the_file_and_keeps_the_rest(tmp_path: Path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Leaders met in Tokyo. They signed a deal.", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    result = run("report", str(folder), "-o", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "empty.txt: empty file" in result.stderr
    assert "Traceback" not in result.stderr
    assert (tmp_path / "out" / "report.md").exists()


def test_no_articles_is_a_clear_error(tmp_path: Path):
    result = run("report", str(tmp_path), "-o", str(tmp_path / "out"))
    assert result.returncode == 3
    assert "no usable article" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_bad_settings_and_unknown_extractor_exit_2(tmp_path: Path):
    bad = tmp_path / "biaslens.toml"
    bad.write_text("[report\nextractors = 1", encoding="utf-8")
    result = run("report", str(SEEDS), "-c", str(bad), "-o", str(tmp_path / "o"))
    assert result.returncode == 2 and "cannot read settings" in result.stderr
    result = run("report", str(SEEDS), "-e", "nosuch", "-o", str(tmp_path / "o"))
    assert result.returncode == 2 and "nosuch" in result.stderr and "Traceback" not in result.stderr


def test_explain_highlights_evidence():
    result = run("explain", str(SEEDS / "003_40883486e6defa7d.txt"), "-f", "tone")
    assert result.returncode == 0, result.stderr
    assert "Average tone" in result.stdout and "most positive" not in result.stderr


def test_help_on_every_command():
    for command in ("report", "explain", "extractors", "version"):
        result = run(command, "--help")
        assert result.returncode == 0 and "Usage" in result.stdout, command


def test_report_on_a_folder_of_several_events_warns_and_split_writes_one_report_each(tmp_path: Path):
    import json

    folder = tmp_path / "in"
    folder.mkdir()
    for seed in SEEDS.glob("*.txt"):
        (folder / seed.name).write_bytes(seed.read_bytes())
    cast = json.loads((ROOT / "tests" / "data" / "stories_shared_cast.json").read_text(encoding="utf-8"))
    for a in cast["articles"]:
        (folder / f"{a['key']}.txt").write_text(
            f"title: {a['title']}\npublished: {a['published']}\n\n{a['text']}\n", encoding="utf-8")
    mixed = run("report", str(folder), "-o", str(tmp_path / "one"))
    assert mixed.returncode == 0, mixed.stderr
    assert "fall into 3 groups that share few words, names and actions" in mixed.stderr and "--split" in mixed.stderr
    # The report says what the command line says (session 6: stderr warned, report.md did not).
    page = (tmp_path / "one" / "report.md").read_text(encoding="utf-8")
    assert "## May not be one event" in page and "These articles fall into 3 groups that share few words" in page
    assert json.loads((tmp_path / "one" / "report.json").read_text())["story"]["one_event"]["may_be_mixed"] is True
    split = run("report", str(folder), "--split", "-o", str(tmp_path / "split"))
    assert split.returncode == 0, split.stderr
    folders = sorted(p.name for p in (tmp_path / "split").iterdir())
    assert len(folders) == 3 and "3 events, one report each" in split.stdout
    sizes = sorted(len(json.loads((tmp_path / "split" / f / "report.json").read_text())["articles"]) for f in folders)
    assert sizes == [3, 3, 5]
