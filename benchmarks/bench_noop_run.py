"""How long a scheduled run takes when nothing is new.

Usage::

    python benchmarks/bench_noop_run.py [--repeat N]

Builds a config with a folder (the five bundled seeds), an RSS feed and a URL list served by a
local HTTP server on 127.0.0.1, runs once to take everything in, then times N repeated runs
with nothing new: in-process (the run itself) and as a command (``python -m biaslens run``,
including Python start-up and imports). Prints both.
"""

from __future__ import annotations

import argparse
import http.server
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from biaslens.scheduled import run  # noqa: E402
from biaslens.settings import load_settings  # noqa: E402

PAGE = """<html><head><meta property="og:site_name" content="{site}"><title>{title}</title></head><body>
<article><h1>{title}</h1>{body}</article></body></html>"""


def main() -> int:
    """Run the benchmark and print the timings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="biaslens-bench-"))
    www = tmp / "www"
    www.mkdir()
    (tmp / "drop").mkdir()
    for seed in (ROOT / "seeds").glob("*.txt"):
        shutil.copy(seed, tmp / "drop" / seed.name)
    handler = lambda *a, **k: _Quiet(*a, directory=str(www), **k)  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    sentences = "".join(
        f"<p>Paragraph {i}: Flash floods swept through the port city of Valmora after heavy rain, officials said.</p>"
        for i in range(8)
    )
    for name in ("radio", "ledger"):
        (www / f"{name}.html").write_text(PAGE.format(site=name.title(), title=f"Valmora floods ({name})", body=sentences))
    (www / "feed.xml").write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Radio</title><item><title>Valmora floods</title>'
        f"<link>{base}/radio.html</link></item></channel></rss>"
    )
    (tmp / "urls.txt").write_text(f"{base}/ledger.html\n")
    config = tmp / "biaslens.toml"
    config.write_text(
        f"""[run]
out = "out"
database = "biaslens.db"
allow_private_addresses = true
[[sources]]
type = "folder"
path = "drop"
[[sources]]
type = "feed"
url = "{base}/feed.xml"
[[sources]]
type = "urls"
path = "urls.txt"
"""
    )
    settings = load_settings(config)
    first = run(settings, datetime.now(timezone.utc))
    print(f"first run: {first.new} articles, {first.stories} stories, {first.seconds:.2f} s")
    in_process = []
    for _ in range(args.repeat):
        result = run(settings)
        assert result.new == 0 and not result.stories_written
        in_process.append(result.seconds)
    command = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "biaslens", "run", "--config", str(config)],
            check=True, capture_output=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        )
        command.append(time.perf_counter() - started)
    print(f"no-op run, in process: median {statistics.median(in_process) * 1000:.0f} ms (max {max(in_process) * 1000:.0f} ms)")
    print(f"no-op run, whole command incl. start-up: median {statistics.median(command):.2f} s (max {max(command):.2f} s)")
    server.shutdown()
    shutil.rmtree(tmp)
    return 0


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


if __name__ == "__main__":
    sys.exit(main())
