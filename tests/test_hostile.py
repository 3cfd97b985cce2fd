"""Hostile inputs finish in bounded time: every stage is linear in input size, or bounded.

Each case is a folder holding one ordinary article and one pathological file, run through
``biaslens report`` in a child process with a deadline, so a stage that turns quadratic again
fails the test instead of hanging the suite. The deadline is generous (minutes, where each
case takes seconds) so a loaded machine does not make the test flaky; the quadratic steps
these cases caught took from minutes to hours.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from biaslens.corpus import MAX_ARTICLE_CHARS

DEADLINE = 150  # seconds, for a child process that imports everything and writes every file

ORDINARY = """Minister announces flood plan
The minister said on Tuesday that the government would spend 40 million on flood defences.
“We will protect every town on the river,” she told reporters in the capital.
Critics said the plan came too late for the families already flooded twice this year.
"""


def _long_word() -> str:
    # The case of the issue: one 200,000-character word, then an attribution.
    return "x" * 200_000 + " said the minister."


def _straight_marks() -> str:
    return "Marks everywhere\n" + '"' * 5_000 + " said the minister."


def _curly_quotes() -> str:
    # Thousands of quotations on one line with no full stop: every speaker search once read the
    # whole paragraph.
    return "Quotations everywhere\n" + "“a word” " * 3_000 + "said the minister."


def _one_word_lines() -> str:
    return "\n".join(f"word{i}" for i in range(10_000))


def _nested_html() -> str:
    depth = 20_000
    return (
        "<html><head><title>Deep</title></head><body>"
        + "<div>" * depth
        + "<p>The minister said the plan would be ready by the end of the month, officials confirmed.</p>"
        + "</div>" * depth
        + "</body></html>"
    )


CASES = {
    "long_word.txt": _long_word,
    "straight_marks.txt": _straight_marks,
    "curly_quotes.txt": _curly_quotes,
    "one_word_lines.txt": _one_word_lines,
    "nested.html": _nested_html,
}


def _report(folder: Path, out: Path) -> tuple[subprocess.CompletedProcess, float]:
    started = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "biaslens", "report", str(folder), "--out", str(out)],
            capture_output=True,
            text=True,
            timeout=DEADLINE,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"biaslens report did not finish within {DEADLINE} s on {sorted(p.name for p in folder.iterdir())}")
    return done, time.monotonic() - started


def _check_case(tmp_path: Path, names: list[str]) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ordinary.txt").write_text(ORDINARY, encoding="utf-8")
    for name in names:
        (folder / name).write_text(CASES[name](), encoding="utf-8")
    done, _ = _report(folder, tmp_path / "out")
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    # Used or refused with one line: either way the run finishes and writes a report.
    assert done.returncode in (0, 1), done.stderr[-2000:]
    assert (tmp_path / "out" / "report.md").exists()
    assert (tmp_path / "out" / "report.html").exists()


def test_all_pathological_inputs_together_finish_in_bounded_time(tmp_path: Path) -> None:
    # One child process for all of them keeps the default run short (~40 s); the slow test
    # below runs them one by one when one of them needs to be found.
    _check_case(tmp_path, sorted(CASES))


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(CASES))
def test_each_pathological_input_finishes_in_bounded_time(tmp_path: Path, name: str) -> None:
    _check_case(tmp_path, [name])


@pytest.mark.slow  # ~13 s: writing 20 MB and a child process
def test_twenty_megabyte_file_is_refused_with_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ordinary.txt").write_text(ORDINARY, encoding="utf-8")
    sentence = "The minister said on Tuesday that the plan “may possibly” work, according to officials. "
    (folder / "huge.txt").write_text("Huge\n" + sentence * (20_000_000 // len(sentence)), encoding="utf-8")
    assert (folder / "huge.txt").stat().st_size >= 20_000_000
    done, _ = _report(folder, tmp_path / "out")
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    assert done.returncode == 1, done.stderr[-2000:]  # partial: one input could not be used
    problem = [line for line in done.stderr.splitlines() if "huge.txt" in line]
    assert len(problem) == 1 and "too long for a news article" in problem[0]
    assert f"{MAX_ARTICLE_CHARS:,}" in problem[0]
    assert (tmp_path / "out" / "report.md").exists()


def test_an_article_longer_than_the_cap_is_an_input_error() -> None:
    from biaslens.corpus import article_from_text
    from biaslens.errors import InputError

    with pytest.raises(InputError, match="too long for a news article"):
        article_from_text("word " * (MAX_ARTICLE_CHARS // 5 + 1), "long.txt")
