"""Every way a user can mistype a command or a setting ends in one line on stderr and exit 2.

Each case is one a user really meets: a misspelt command, option or extractor, a settings file
with a plausible but wrong section name. None may print a traceback; an internal error is one
line and exit 4, with the traceback only when ``BIASLENS_DEBUG=1``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from biaslens import cli
from conftest import SEEDS

# (command line, settings file text or None, words the one-line message must contain)
USAGE_CASES = [
    (["frobnicate"], None, ["No such command", "frobnicate"]),
    (["report", "--nope"], None, ["No such option", "--nope", "biaslens report --help"]),
    (["explain"], None, ["Missing argument", "file"]),
    (["report", "--blind=3"], None, ["does not take a value"]),
    (["report", "-e", "tonne"], None, ["unknown extractor", "tonne", "did you mean 'tone'"]),
    # plausible guesses for [run] out and database must not silently write into the current folder
    (["report"], "[output]\npath = 'x'\n", ["unknown section", "output"]),
    (["report"], "[store]\npath = 'x.db'\n", ["unknown section", "store"]),
    (["report"], "[run]\noutput = 'x'\n", ["unknown setting", "output", "did you mean 'out'"]),
    (["report"], "[report]\nextractor = ['tone']\n", ["unknown setting", "extractor", "did you mean 'extractors'"]),
    (["report"], "[extractors.tonne]\nmodel = 'vader'\n", ["unknown extractor", "did you mean 'tone'"]),
    (["report"], "[extractors.tone]\nmodle = 'vader'\n", ["unknown option", "modle", "did you mean 'model'"]),
    (["report"], "[extractors.tone]\nmodel = 'vadr'\n", ["model must be one of", "vadr"]),
    (["report"], "[extractors.hedging]\nextra_lexicons = ['missing.txt']\n", ["extra_lexicons", "no such file"]),
    (["report"], "[run]\nfetch_timeout = 'soon'\n", ["fetch_timeout must be float"]),
    (["report"], "[report\nextractors = 1", ["cannot read settings"]),
    (["run"], "[[sources]]\ntype = 'folders'\npath = 'x'\n", ["type must be"]),
]


@pytest.mark.parametrize("argv,settings,expected", USAGE_CASES, ids=[" ".join(c[0]) + (" + settings" if c[1] else "") for c in USAGE_CASES])
def test_usage_error_is_one_line_and_exit_2(argv, settings, expected, tmp_path: Path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    if settings is not None:
        (tmp_path / "biaslens.toml").write_text(settings, encoding="utf-8")
    argv = [*argv, str(SEEDS), "-o", str(tmp_path / "out")] if argv == ["report"] else argv
    with pytest.raises(SystemExit) as done:
        cli.main(argv)
    err = capsys.readouterr().err
    assert done.value.code == 2, err
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err
    for words in expected:
        assert words in err, (words, err)
    assert not (tmp_path / "out").exists(), "a usage error must stop before anything is written"


def test_no_arguments_shows_help(capsys):
    with pytest.raises(SystemExit) as done:
        cli.main([])
    assert done.value.code == 0
    assert "Usage:" in capsys.readouterr().out


def test_version_flag(capsys):
    with pytest.raises(SystemExit) as done:
        cli.main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.startswith("biaslens ")


def test_help_shows_settings_names_and_no_value_placeholders_on_flags(capsys):
    with pytest.raises(SystemExit):
        cli.main(["run", "--help"])
    out = capsys.readouterr().out
    assert "[run] and [[sources]]" in out  # not eaten as markup
    with pytest.raises(SystemExit):
        cli.main(["report", "--help"])
    out = capsys.readouterr().out
    assert "--blind" in out and "<bool>" not in out


def _raise_bug(*args, **kwargs):
    raise RuntimeError("an unexpected state")


def test_internal_error_is_one_line_and_exit_4(tmp_path: Path, monkeypatch, capsys):
    import biaslens.app

    monkeypatch.delenv("BIASLENS_DEBUG", raising=False)
    monkeypatch.setattr(biaslens.app, "report_from_paths", _raise_bug)
    with pytest.raises(SystemExit) as done:
        cli.main(["report", str(SEEDS), "-o", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert done.value.code == 4
    assert err.strip() == "biaslens: internal error: RuntimeError: an unexpected state (set BIASLENS_DEBUG=1 for details)"


def test_internal_error_traceback_on_request(tmp_path: Path, monkeypatch):
    import biaslens.app

    monkeypatch.setenv("BIASLENS_DEBUG", "1")
    monkeypatch.setattr(biaslens.app, "report_from_paths", _raise_bug)
    with pytest.raises(RuntimeError, match="unexpected state"):
        cli.main(["report", str(SEEDS), "-o", str(tmp_path / "out")])


def test_a_key_error_from_inside_is_a_bug_not_a_usage_error(tmp_path: Path, monkeypatch, capsys):
    import biaslens.app

    def key_error(*args, **kwargs):
        raise KeyError("sentence")

    monkeypatch.delenv("BIASLENS_DEBUG", raising=False)
    monkeypatch.setattr(biaslens.app, "report_from_paths", key_error)
    with pytest.raises(SystemExit) as done:
        cli.main(["report", str(SEEDS), "-o", str(tmp_path / "out")])
    assert done.value.code == 4
