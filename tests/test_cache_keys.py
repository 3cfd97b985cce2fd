"""Stored results key on everything that can change them: settings, code, data files, dependencies.

The scheduled-run cases are the ones a newsroom meets: switching ``[extractors.tone] model``
from calibrated to vader, and editing a lexicon file between runs. Before, the key was the
text hash, the extractor name and a hand-bumped version, and both runs reused stale results.
"""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timezone
from pathlib import Path

import pytest

from biaslens.extractors import build_extractors, extractor_classes, extractor_parameters
from biaslens.extractors import base
from biaslens.extractors.hedging import HedgingExtractor
from biaslens.extractors.tone import ToneExtractor
from biaslens.scheduled import run
from biaslens.settings import load_settings
from biaslens.store import Store
from conftest import SEEDS

T1 = datetime(2025, 10, 28, 9, 0, tzinfo=timezone.utc)


def test_every_extractor_exposes_its_constructor_parameters():
    for name, cls in extractor_classes().items():
        extractor = cls()
        params = extractor.get_params()
        assert isinstance(params, dict), name
        # scikit-learn's rule: rebuilding from the parameters gives the same parameters and key.
        again = cls(**params)
        assert again.get_params() == params and again.cache_key() == extractor.cache_key(), name


def test_every_setting_an_extractor_keeps_is_a_parameter():
    # A value stored on the extractor but left out of get_params would change its output without
    # changing its cache key. Private attributes (leading underscore) are caches of derived data.
    for name, cls in extractor_classes().items():
        extractor = cls()
        kept = sorted(k for k in vars(extractor) if not k.startswith("_"))
        assert kept == sorted(extractor.get_params()), name
        assert tuple(extractor.get_params()) == extractor_parameters(cls), name


def test_changing_a_parameter_changes_the_key():
    assert ToneExtractor(model="calibrated").cache_key() != ToneExtractor(model="vader").cache_key()
    assert HedgingExtractor().cache_key() != HedgingExtractor(extra_lexicons=["x.txt"]).cache_key()


def test_tone_key_covers_quote_finding_and_its_data_files():
    tone = ToneExtractor()
    assert "biaslens.quotes" in tone.code_modules()  # tone splits own voice from quoted words
    names = {path.name for path in base.package_data_files(tone.code_modules())}
    assert {"reporting_verbs.txt", "tone_model.json"} <= names
    hedging = HedgingExtractor()
    assert {"hedges_epistemic.txt", "hedges_sourcing.txt", "boosters.txt"} <= {
        p.name for p in base.package_data_files(hedging.code_modules())
    }


def test_editing_a_module_the_extractor_calls_changes_the_key(monkeypatch):
    before = ToneExtractor().cache_key()
    original = base._module_source

    def edited(module: str) -> str:
        source = original(module)
        return source + "\n# a quote rule changed\n" if module == "biaslens.quotes" else source

    monkeypatch.setattr(base, "_module_source", edited)
    assert ToneExtractor().cache_key() != before
    # Readability does not call quote finding: its key stays.
    monkeypatch.setattr(base, "_module_source", original)
    readability = extractor_classes()["readability"]()
    key = readability.cache_key()
    monkeypatch.setattr(base, "_module_source", edited)
    assert readability.cache_key() == key


def test_editing_a_lexicon_file_changes_the_key(tmp_path):
    lexicon = tmp_path / "my_boosters.txt"
    lexicon.write_text("# kind: booster\nunprecedented\n", encoding="utf-8")
    before = HedgingExtractor(extra_lexicons=[str(lexicon)]).cache_key()
    lexicon.write_text("# kind: booster\nunprecedented\nstunning\n", encoding="utf-8")
    assert HedgingExtractor(extra_lexicons=[str(lexicon)]).cache_key() != before


def _settings(tmp: Path, extra: str):
    config = tmp / "biaslens.toml"
    config.write_text(
        f"""[report]
extractors = ["tone", "hedging"]

[run]
out = "out"
database = "state/biaslens.db"

{extra}

[[sources]]
type = "folder"
path = "drop"
""",
        encoding="utf-8",
    )
    return load_settings(config)


def _stored(settings, extractor: str) -> list[dict]:
    with Store(Path(settings.run.database)) as store:
        rows = store.db.execute("SELECT output FROM analyses WHERE extractor = ?", (extractor,)).fetchall()
    return [json.loads(row[0]) for row in rows]


@pytest.fixture
def drop(tmp_path):
    (tmp_path / "drop").mkdir()
    for seed in sorted(SEEDS.glob("00[01]*.txt")):
        shutil.copy(seed, tmp_path / "drop" / seed.name)
    return tmp_path


def test_switching_the_tone_model_rescores_stored_tone(drop):
    first = _settings(drop, '[extractors.tone]\nmodel = "calibrated"')
    run(first, T1)
    assert '"model": "calibrated"' in json.dumps(_stored(first, "tone"))
    second = _settings(drop, '[extractors.tone]\nmodel = "vader"')
    result = run(second, T1.replace(hour=10))
    assert result.stories_written, "the report must be rebuilt"
    report = (drop / "out" / result.stories_written[0] / "report.json").read_text(encoding="utf-8")
    assert '"model": "vader"' in report and '"model": "calibrated"' not in report


def test_editing_a_lexicon_between_runs_rescores_hedging(drop):
    lexicon = drop / "my_boosters.txt"
    lexicon.write_text("# kind: booster\n=zzzunused\n", encoding="utf-8")
    settings = _settings(drop, f'[extractors.hedging]\nextra_lexicons = ["{lexicon}"]')
    run(settings, T1)
    assert "takaichi" not in _cues(settings)
    # The seeds name Takaichi often: as a (silly) booster she must now be found.
    lexicon.write_text("# kind: booster\n=Takaichi\n", encoding="utf-8")
    result = run(settings, T1.replace(hour=10))
    assert result.stories_written, "the report must be rebuilt"
    assert "takaichi" in _cues(settings)
    report = json.loads((drop / "out" / result.stories_written[0] / "report.json").read_text(encoding="utf-8"))
    assert "Takaichi" in json.dumps([a.get("hedges", []) for a in report["articles"]])


def _cues(settings) -> set[str]:
    """The cues of every hedging result stored for the current articles (lower case)."""
    return {item[3]["cue"].lower() for output in _stored(settings, "hedging") for item in output["items"]}


def test_a_plugin_key_follows_its_own_package(tmp_path, monkeypatch):
    package = tmp_path / "myplugin"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "rules.py").write_text("THRESHOLD = 3\n", encoding="utf-8")
    (package / "extractor.py").write_text(
        "from biaslens.extractors import Extractor\n"
        "from .rules import THRESHOLD\n\n\n"
        "class Mine(Extractor):\n"
        '    """A plugin extractor."""\n\n'
        '    name = "mine"\n\n'
        "    def __init__(self, limit: int = THRESHOLD) -> None:\n"
        "        self.limit = limit\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    from myplugin.extractor import Mine

    assert "myplugin.rules" in Mine().code_modules() and "biaslens.extractors.base" in Mine().code_modules()
    before = Mine().cache_key()
    (package / "rules.py").write_text("THRESHOLD = 4\n", encoding="utf-8")
    base._module_source.cache_clear()  # sources are read once per process; a new run reads them anew
    assert Mine().cache_key() != before


def test_every_user_file_setting_is_a_data_file(tmp_path):
    """Settings that name a user's file put its bytes in the key (hedging and loaded-language lexicons)."""
    lexicon = tmp_path / "words.txt"
    lexicon.write_text("# kind: booster\nstunning\n", encoding="utf-8")
    classes = extractor_classes()
    hedging = classes["hedging"](extra_lexicons=[str(lexicon)])
    assert lexicon in hedging.data_files()
    if "loaded" in classes:
        loaded = classes["loaded"](lexicon_file=str(lexicon))
        assert lexicon in loaded.data_files()
        before = loaded.cache_key()
        lexicon.write_text("# kind: booster\nstunning\nshocking\n", encoding="utf-8")
        assert loaded.cache_key() != before
