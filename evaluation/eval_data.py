"""Public evaluation data that is not in ../shared/eval: fetched by pip, checked by hash.

The NYT editorial snippets (Hutto & Gilbert 2014) ship in the vaderSentiment 3.3.2 source
distribution on the package registry: 5,190 sentences from 500 New York Times editorials, each
with the mean rating of 20 people (-4 very negative .. +4 very positive). They are cached
under ``~/.cache/biaslens-eval`` (or ``$BIASLENS_EVAL_CACHE``) and never copied into the
repository.
"""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
import tarfile
from dataclasses import dataclass
from pathlib import Path

SDIST = "vaderSentiment-3.3.2.tar.gz"
SDIST_SHA256 = "5d7c06e027fc8b99238edb0d53d970cf97066ef97654009890b83703849632f9"
INNER = "vaderSentiment-3.3.2/additional_resources/hutto_ICWSM_2014.tar.gz"
NYT_FILE = "hutto_ICWSM_2014/nytEditorialSnippets_GroundTruth.txt"


@dataclass(frozen=True)
class RatedSentence:
    """One NYT editorial sentence: ``editorial`` id, ``rating`` (-4..4, mean of 20 raters), text."""

    id: str
    editorial: str
    rating: float
    text: str


def cache_dir() -> Path:
    """Where fetched evaluation data is kept between runs."""
    return Path(os.environ.get("BIASLENS_EVAL_CACHE", Path.home() / ".cache" / "biaslens-eval"))


def vader_sdist(fetch: bool = True) -> Path | None:
    """Return the path of the verified vaderSentiment 3.3.2 sdist, fetching it with pip if allowed."""
    target = cache_dir() / SDIST
    if not target.exists() and fetch:
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
             "vaderSentiment==3.3.2", "-d", str(target.parent)],
            check=False,
            capture_output=True,
        )
    if not target.exists():
        return None
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    if digest != SDIST_SHA256:
        raise RuntimeError(f"{target}: sha256 {digest} is not the pinned {SDIST_SHA256}")
    return target


def nyt_editorial_sentences(fetch: bool = True) -> list[RatedSentence] | None:
    """Return the 5,190 rated NYT editorial sentences, or ``None`` when the data cannot be had."""
    sdist = vader_sdist(fetch)
    if sdist is None:
        return None
    with tarfile.open(sdist) as outer:
        inner_bytes = outer.extractfile(INNER).read()  # type: ignore[union-attr]
    with tarfile.open(fileobj=io.BytesIO(inner_bytes)) as inner:
        raw = inner.extractfile(NYT_FILE).read().decode("latin-1")  # type: ignore[union-attr]
    sentences = []
    for line in raw.splitlines():
        parts = line.split("\t")
        if len(parts) < 3:
            continue
        sentence_id, rating, text = parts[0].strip(), float(parts[1]), "\t".join(parts[2:]).strip()
        sentences.append(RatedSentence(sentence_id, sentence_id.split("_")[0], rating, text))
    return sentences


def nyt_editorials(sentences: list[RatedSentence]) -> dict[str, list[RatedSentence]]:
    """Group sentences by editorial id, in their original order."""
    grouped: dict[str, list[RatedSentence]] = {}
    for sentence in sentences:
        grouped.setdefault(sentence.editorial, []).append(sentence)
    return grouped
