"""report.html in a real browser: headless Chromium loads it, nothing from an article runs.

Needs Debian's ``chromium`` (``apt-get install chromium``; .ci/run installs it). Without it the
test is skipped with a message on a developer machine and fails in CI (``CI`` set), so a
missing browser can never make CI green silently. The screenshot is saved in the test's tmp
folder; its path is printed (``pytest -s``).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from biaslens.app import report_from_articles
from biaslens.corpus import article_from_text

FLAGS = [
    "--headless",
    "--no-sandbox",  # CI runs as root, where Chromium's sandbox refuses to start
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# An article trying to run script three ways; each would change the title or add #pwned.
ATTACK = (
    "Evil Times reported the summit <script>document.title='PWNED';"
    "document.body.append(Object.assign(document.createElement('p'),{id:'pwned'}))</script> on Tuesday.\n"
    "The minister said <img src=x onerror=\"document.title='PWNED'\"> the deal may be signed, according to Reuters.\n"
    "See [the text](javascript:alert(1)) and ![x](http://evil.example/x.png) <!-- note --> now.\n"
    "\u201cWe will build more mines,\u201d Takaichi said."
)


def chromium() -> str:
    """Path of the Chromium binary, or skip (fail in CI) when it is not installed."""
    found = shutil.which("chromium") or (Path("/usr/bin/chromium").exists() and "/usr/bin/chromium") or ""
    if not found:
        message = "chromium not installed: apt-get install chromium (Debian) to run the browser test"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return str(found)


def run_chromium(binary: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [binary, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=90, check=False,
    )


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    """A blind report of two articles, one hostile, written to disk for the browser."""
    binary = chromium()
    folder = tmp_path_factory.mktemp("browser")
    articles = [
        article_from_text(ATTACK, "evil.txt", {"outlet": "Evil Times", "title": "Summit <script>x()</script> ends"}),
        article_from_text(
            "Japan and the US signed a minerals pact on Tuesday.\n"
            "Trump praised the deal as historic, and officials said it is expected to speed up mining permits.\n"
            "\u201cThis is a great day,\u201d Trump told reporters.",
            "calm.txt",
            {"outlet": "Calm Post"},
        ),
    ]
    run = report_from_articles(articles, blind=True, story_meta={"title": "Minerals pact", "slug": "pact"})
    target = folder / "report.html"
    target.write_bytes(run.files["report.html"])
    shot = folder / "report.png"
    # One browser start does both: the DOM after load on stdout, and the screenshot.
    dom = run_chromium(
        binary, folder / "profile", "--dump-dom", "--window-size=1280,1800", f"--screenshot={shot}", target.as_uri()
    )
    assert dom.returncode == 0, dom.stderr[-2000:]
    print(f"\nscreenshot: {shot}")
    return run.files, dom.stdout, shot


def test_no_script_from_an_article_ran(page):
    _, dom, _ = page
    assert "<title>How outlets covered: Minerals pact</title>" in dom
    assert "PWNED" not in re.sub(r"&lt;.*?&gt;", "", dom.split("<body>", 1)[0])  # title untouched
    assert 'id="pwned"' not in dom
    assert "<script" not in dom
    assert "&lt;script&gt;document.title=" in dom  # shown as text, harmless
    assert not re.search(r"<img(?![^>]*src=\"data:)", dom)
    assert 'href="javascript' not in dom and "http://evil.example" not in re.sub(r"\([^)]*\)", "", dom).replace("](http://evil", "")


def test_highlights_legend_and_blind_labels_in_the_rendered_page(page):
    _, dom, _ = page
    assert re.search(r'<mark class="hl hl-quote[^"]*"', dom)
    assert re.search(r'<mark class="hl hl-(sourcing|epistemic|booster)', dom)
    assert 'id="legend"' in dom and "How to read the highlights" in dom
    assert "Outlet A" in dom and "Outlet B" in dom and "Blind mode" in dom
    assert "Evil Times" not in dom and "Calm Post" not in dom and "evil.txt" not in dom


def test_screenshot_is_written(page):
    _, _, shot = page
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
