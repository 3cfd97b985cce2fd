"""Scheduled runs end to end: a folder, a feed and a URL list served from 127.0.0.1.

Three runs with coverage arriving in between; a repeated run changes nothing; a second run
waits for the lock; one bad input gives "partial failure"; a run killed with SIGKILL loses
nothing (real subprocesses, killed at random points).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pytest

from biaslens.scheduled import RunLockedError, run, run_lock
from biaslens.settings import load_settings
from biaslens.store import Store
from conftest import ROOT, SEEDS
from localserver import LocalServer
from test_sources import FLOOD, page

T1 = datetime(2025, 10, 28, 9, 0, tzinfo=timezone.utc)
FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Coast Radio News</title>
{items}
</channel></rss>"""
ITEM = "<item><title>{title}</title><link>{link}</link><pubDate>Tue, 28 Oct 2025 {hour}:00:00 GMT</pubDate></item>"
RAIL = [
    "Rail services between Valmora and the capital remain suspended after floods washed away a section of track on Tuesday.",
    "The rail operator said engineers could not reach the site while the river was still above its banks near Valmora.",
    "About 1,200 residents spent the night in shelters, the regional emergency service said.",
    "Replacement buses will run from Thursday, the operator said, but journeys will take two hours longer.",
]


def _config(tmp: Path, server: LocalServer, extractors: str = '["readability", "tone"]') -> Path:
    (tmp / "drop").mkdir(exist_ok=True)
    (tmp / "urls.txt").write_text(server.url("ledger-floods.html") + "\n", encoding="utf-8")
    config = tmp / "biaslens.toml"
    config.write_text(
        f"""[report]
extractors = {extractors}

[run]
out = "out"
database = "state/biaslens.db"
allow_private_addresses = true   # tests only: the server is on 127.0.0.1
lock_timeout = 0.5
fetch_timeout = 5

[[sources]]
type = "folder"
path = "drop"

[[sources]]
type = "feed"
url = "{server.url('feed.xml')}"

[[sources]]
type = "urls"
path = "urls.txt"
""",
        encoding="utf-8",
    )
    return config


def _feed(server: LocalServer, items: list[tuple[str, str, str]]) -> None:
    body = "\n".join(ITEM.format(title=t, link=server.url(p), hour=h) for t, p, h in items)
    (server.root / "feed.xml").write_text(FEED.format(items=body), encoding="utf-8")


def _snapshot(out: Path) -> dict[str, tuple[int, bytes]]:
    return {str(p.relative_to(out)): (p.stat().st_mtime_ns, p.read_bytes()) for p in sorted(out.rglob("*")) if p.is_file()}


def test_three_runs_with_coverage_arriving_in_between(tmp_path, server):
    config = _config(tmp_path, server)
    settings = load_settings(config)
    # Run 1: two seed articles in the drop-box (the Tokyo summit), one flood report in the feed.
    for seed in sorted(SEEDS.glob("00[01]*.txt")):
        shutil.copy(seed, tmp_path / "drop" / seed.name)
    (server.root / "radio-floods.html").write_text(page("Floods hit Valmora", FLOOD, site="Coast Radio"), encoding="utf-8")
    _feed(server, [("Floods hit Valmora", "radio-floods.html", "10")])
    first = run(settings, T1)
    assert first.status == "partial"  # the listed URL does not exist yet: counted, the rest goes on
    assert first.new == 3 and first.stories == 2 and len(first.failures) == 1
    index = json.loads((tmp_path / "out" / "index.json").read_text(encoding="utf-8"))
    assert sorted(s["articles"] for s in index["stories"]) == [1, 2]

    # Run 2: the URL appears, the feed gets a second item, a third seed arrives, the radio edits its page.
    (server.root / "ledger-floods.html").write_text(page("Valmora rail line cut by floods", RAIL, site="Daily Ledger"), encoding="utf-8")
    _feed(server, [("Floods hit Valmora", "radio-floods.html", "10")])
    shutil.copy(next(SEEDS.glob("002*.txt")), tmp_path / "drop")
    edited = [FLOOD[0].replace("180 millimetres", "210 millimetres")] + FLOOD[1:]
    (server.root / "radio-floods.html").write_text(page("Floods hit Valmora, 1,200 evacuated", edited, site="Coast Radio"), encoding="utf-8")
    (server.root / "feed.xml").write_text((server.root / "feed.xml").read_text().replace("Floods hit Valmora", "Floods hit Valmora, 1,200 evacuated"), encoding="utf-8")
    second = run(settings, T1.replace(hour=10))
    assert second.status == "ok", second.failures
    assert (second.new, second.revised) == (2, 1)
    flood_slug = next(s["slug"] for s in json.loads((tmp_path / "out" / "index.json").read_text())["stories"] if "valmora" in s["slug"])
    report = (tmp_path / "out" / flood_slug / "report.md").read_text(encoding="utf-8")
    changes = json.loads((tmp_path / "out" / flood_slug / "report.json").read_text(encoding="utf-8"))["changes"]
    assert changes["new_outlets"] == ["Daily Ledger"]
    [edit] = changes["edited"]
    assert edit["title_before"] == "Floods hit Valmora" and edit["title_after"].endswith("1,200 evacuated")
    assert any("210 millimetres" in line and line.startswith("+") for line in edit["diff"])
    assert "## What changed since the previous report" in report and "```diff" in report
    assert changes["new_unique_details"], "the rail report adds details no other outlet has"
    # "What changed" is part of the report model: the classroom page shows it too.
    html_report = (tmp_path / "out" / flood_slug / "report.html").read_text(encoding="utf-8")
    assert "What changed since the previous report" in html_report and "Daily Ledger" in html_report
    # A newcomer opens index.html and finds the day's stories, their outlets and what changed.
    index_page = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert f'href="{flood_slug}/report.html"' in index_page
    assert "Coast Radio" in index_page and "What changed:" in index_page and "new outlets: Daily Ledger" in index_page
    assert "Content-Security-Policy" in index_page and "<script" not in index_page
    # index.json says why each article joined its story, and whether the story is one event.
    flood = next(s for s in json.loads((tmp_path / "out" / "index.json").read_text())["stories"] if s["slug"] == flood_slug)
    rail = flood["by_outlet"]["Daily Ledger"][0]["placement"]
    assert rail["reason"].startswith('joined the story of "Floods hit Valmora') and rail["closest"]["similarity"] >= 0.18
    assert "valmora" in rail["closest"]["shared_names"]
    assert flood["one_event"]["may_be_mixed"] is False

    # Run 3: nothing new. Nothing is written, and it is fast.
    before = _snapshot(tmp_path / "out")
    third = run(settings, T1.replace(hour=11))
    assert (third.new, third.revised, third.stories_written, third.index_written) == (0, 0, [], False)
    assert _snapshot(tmp_path / "out") == before
    assert third.seconds < 1.0
    with Store(Path(settings.run.database)) as store:
        assert [r["status"] for r in store.runs()] == ["partial", "ok", "ok"]


def test_changed_extractor_version_rescores_only_its_own_results(tmp_path, server, monkeypatch):
    config = _config(tmp_path, server)
    for seed in sorted(SEEDS.glob("00[01]*.txt")):
        shutil.copy(seed, tmp_path / "drop" / seed.name)
    _feed(server, [])
    (server.root / "ledger-floods.html").write_text(page("Valmora rail line cut by floods", RAIL, site="Daily Ledger"), encoding="utf-8")
    settings = load_settings(config)
    run(settings, T1)
    from biaslens.extractors.readability import ReadabilityExtractor

    with Store(Path(settings.run.database)) as store:
        before = store.db.execute("SELECT extractor, version FROM analyses ORDER BY 1").fetchall()
    monkeypatch.setattr(ReadabilityExtractor, "version", ReadabilityExtractor.version + ".next")
    again = run(settings, T1.replace(hour=10))
    assert len(again.stories_written) == 2  # every report shows the new version
    with Store(Path(settings.run.database)) as store:
        after = store.db.execute("SELECT extractor, version FROM analyses ORDER BY 1").fetchall()
    added = sorted(set(after) - set(before))
    assert {name for name, _ in added} == {"readability"} and len(after) == len(before) + 3


def test_second_run_waits_then_gives_up_with_a_clear_message(tmp_path, server):
    settings = load_settings(_config(tmp_path, server))
    lock = Path(settings.run.database).with_name("biaslens.db.lock")
    with run_lock(lock, 0):
        started = time.monotonic()
        with pytest.raises(RunLockedError, match="another biaslens run is in progress"):
            run(settings, T1)
        assert 0.4 <= time.monotonic() - started < 3  # waited lock_timeout (0.5 s), no longer


def _cli(config: Path, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "biaslens", "run", "--config", str(config), *extra],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _kill_setup(tmp: Path, server: LocalServer) -> Path:
    config = _config(tmp, server, extractors='["readability"]')
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, tmp / "drop" / seed.name)
    (server.root / "radio-floods.html").write_text(page("Floods hit Valmora", FLOOD, site="Coast Radio"), encoding="utf-8")
    (server.root / "ledger-floods.html").write_text(page("Valmora rail line cut by floods", RAIL, site="Daily Ledger"), encoding="utf-8")
    _feed(server, [("Floods hit Valmora", "radio-floods.html", "10")])
    return config


def _state(tmp: Path) -> tuple:
    """What a finished run leaves, without run numbers and times: index and each story's members."""
    index = json.loads((tmp / "out" / "index.json").read_text(encoding="utf-8"))
    reports = {}
    for story in index["stories"]:
        data = json.loads((tmp / "out" / story["report"]).with_name("report.json").read_text(encoding="utf-8"))
        reports[story["slug"]] = sorted((a["source"], a["id"], tuple(a["features"])) for a in data["articles"])
    return index, reports


def _stories_placed(database: Path) -> bool:
    import sqlite3

    if not database.exists():
        return False
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=0.1) as db:
            return db.execute("SELECT count(*) FROM stories").fetchone()[0] > 0
    except sqlite3.Error:  # schema not there yet, or busy: try again
        return False


def _kill_and_resume(tmp: Path, server: LocalServer, delay: float | None) -> tuple:
    """Start a real run, SIGKILL it (after ``delay`` s, or once stories are placed), run again."""
    config = _kill_setup(tmp, server)
    database = tmp / "state" / "biaslens.db"
    process = _cli(config)
    deadline = time.monotonic() + (delay if delay is not None else 60)
    while time.monotonic() < deadline and process.poll() is None:
        if delay is None and _stories_placed(database):
            break
        time.sleep(0.01)
    killed = process.poll() is None
    process.send_signal(signal.SIGKILL)
    process.communicate()
    finished = _cli(config)
    _, err = finished.communicate(timeout=120)
    assert finished.returncode == 0, err
    with Store(database) as store:
        assert store.check() == "ok"
        assert store.count("articles") == 7
    return killed, _state(tmp)


@pytest.fixture()
def reference(tmp_path_factory):
    """The state an uninterrupted run leaves, and the server the runs fetch from."""
    tmp = tmp_path_factory.mktemp("reference")
    root = tmp / "www"
    root.mkdir()
    local = LocalServer(root)
    try:
        result = run(load_settings(_kill_setup(tmp, local)), T1)
        assert result.status == "ok", result.failures
        yield _state(tmp), local
    finally:
        local.close()


def test_run_killed_halfway_loses_nothing(tmp_path, reference):
    expected, local = reference
    # Killed once stories are placed: articles stored, reports not yet (all) written.
    killed, state = _kill_and_resume(tmp_path, local, delay=None)
    assert killed, "the run finished before it could be killed"
    assert state == expected


@pytest.mark.slow
def test_runs_killed_at_random_points_lose_nothing(tmp_path, reference):
    expected, local = reference
    rng = random.Random(20251028)
    # Kill points spread over a whole command's run time, measured here rather than assumed:
    # machines differ, and a faster start-up would otherwise let most runs finish first.
    timing = tmp_path / "timing"
    timing.mkdir()
    config = _kill_setup(timing, local)
    started = time.monotonic()
    _, err = _cli(config).communicate(timeout=120)
    duration = time.monotonic() - started
    killed = 0
    for attempt in range(10):
        tmp = tmp_path / f"attempt{attempt}"
        tmp.mkdir()
        was_killed, state = _kill_and_resume(tmp, local, delay=rng.uniform(0.05, 0.9) * duration)
        killed += was_killed
        assert state == expected, f"attempt {attempt}"
    print(f"{killed} of 10 runs were killed before they finished")
    assert killed >= 5


def test_cli_exit_codes_for_cron(tmp_path, server):
    config = _kill_setup(tmp_path, server)
    (tmp_path / "drop" / "broken.json").write_text("{not json", encoding="utf-8")
    first = _cli(config)
    out, err = first.communicate(timeout=120)
    assert first.returncode == 1, err  # partial failure: the rest was stored and reported
    assert "broken.json" in err and "7 new" in out
    with run_lock(tmp_path / "state" / "biaslens.db.lock", 0):
        busy = _cli(config)
        _, err = busy.communicate(timeout=60)
    assert busy.returncode == 5 and "another biaslens run is in progress" in err


def test_every_run_and_source_setting_has_a_default_help_and_readme_entry():
    from biaslens.settings import RunSettings, SourceSettings, settings_help

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for cls, prefix in ((RunSettings, "run"), (SourceSettings, "sources")):
        for name, (_, help_text) in settings_help(cls).items():
            assert help_text, f"{prefix}.{name} has no help"
            assert f"`{prefix}.{name}`" in readme, f"{prefix}.{name} missing from README"
    assert "biaslens run" in readme and "| 5 |" in readme


def test_bad_settings_are_reported_not_crashed(tmp_path):
    from biaslens.errors import SettingsError

    config = tmp_path / "biaslens.toml"
    config.write_text('[[sources]]\ntype = "podcast"\n', encoding="utf-8")
    with pytest.raises(SettingsError, match='type must be "folder", "feed" or "urls"'):
        load_settings(config)
    config.write_text('[run]\nlock_timeout = "soon"\n', encoding="utf-8")
    with pytest.raises(SettingsError, match="lock_timeout must be float"):
        load_settings(config)


def test_a_story_that_may_mix_events_says_so_first_on_its_page():
    from biaslens.corpus import article_from_text
    from biaslens.report import build_report
    from biaslens.stories import Doc, story_coherence

    cast = json.loads((ROOT / "tests" / "data" / "stories_shared_cast.json").read_text(encoding="utf-8"))
    docs = [Doc(a["key"], a["title"], a["text"], a["published"]) for a in cast["articles"]]
    one_event = story_coherence(docs).to_json()
    assert one_event["may_be_mixed"] is True and len(one_event["other_group"]) == 3
    # The warning is part of the report model: first in report.md and report.html, and in report.json.
    from biaslens.extractors import build_extractors
    from biaslens.corpus import make_story
    from biaslens.pipeline import analyse_story

    articles = [article_from_text(a["text"], f"{a['key']}.txt", {"outlet": a["key"]}) for a in cast["articles"][:2]]
    files = build_report(analyse_story(make_story(articles), build_extractors(["readability"])), None, {},
                         extras={"one_event": one_event})
    page = files["report.md"].decode("utf-8")
    assert page.index("## May not be one event") < page.index("## The articles")
    assert "may not be about one event" in page and one_event["other_group"][0] in page
    assert "May not be one event" in files["report.html"].decode("utf-8")
    assert json.loads(files["report.json"])["story"]["one_event"]["may_be_mixed"] is True


def test_a_later_run_reuses_the_grouping_profiles_stored_with_the_articles(tmp_path, server, monkeypatch):
    # What grouping reads from an article (names, action words, days) is read once, stored with
    # it, and reused: a later run reads only the new article, not the stored ones it compares with.
    import biaslens.stories as stories

    settings = load_settings(_config(tmp_path, server))
    for seed in sorted(SEEDS.glob("00[01]*.txt")):
        shutil.copy(seed, tmp_path / "drop" / seed.name)
    run(settings, T1)
    with Store(Path(settings.run.database)) as store:
        stored = store.db.execute("SELECT count(*) FROM analyses WHERE extractor = ?", (stories.PROFILE_STORE_NAME,)).fetchone()[0]
    assert stored == 2
    shutil.copy(next(SEEDS.glob("002*.txt")), tmp_path / "drop")
    import biaslens.scheduled as scheduled

    read: list[str] = []
    grouping = []
    original, place = stories.event_profile, scheduled._place

    def reading(doc):
        if grouping:  # the reports read profiles too (the one-event check); count grouping's only
            read.append(doc.key)
        return original(doc)

    def placing(*args):
        grouping.append(True)
        try:
            return place(*args)
        finally:
            grouping.clear()

    monkeypatch.setattr(stories, "event_profile", reading)
    monkeypatch.setattr(scheduled, "_place", placing)
    run(settings, T1.replace(hour=10))
    assert len(read) == 1 and next(SEEDS.glob("002*.txt")).name in read[0]
    index = json.loads((tmp_path / "out" / "index.json").read_text(encoding="utf-8"))
    assert [s["articles"] for s in index["stories"]] == [3]  # it met the stored two, and joined them
