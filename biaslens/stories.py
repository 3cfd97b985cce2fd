"""Grouping articles into stories (the same event) as they arrive over time. Pure: no I/O.

An article joins the existing story it is most similar to, or starts a new one. Two signals:

* **text similarity**: cosine similarity of TF-IDF vectors (scikit-learn; sublinear term
  frequency, English stop words, words only) between the new article and each article of the
  story; the story's similarity is the best match among its articles (single link);
* **publication time**: only articles published within ``window_days`` of the new one count,
  so a story stays open while coverage continues and a recurring topic months later (another
  budget vote, another summit) starts a new story.

Thresholds are chosen on a principle, not fitted to an evaluation score:

* :data:`DEFAULT_SIMILARITY` = 0.2 is the ceiling of what *unrelated* articles reach. Articles
  published more than 60 days apart cannot report the same event; among such pairs in the
  BASIL development events (no gold labels used) the highest similarity is 0.197 and the
  99.9th percentile 0.162. Same-event pairs usually lie well above it (median 0.30).
* :data:`DEFAULT_WINDOW_DAYS` = 3: outlets cover an event within a news cycle of a few days;
  each article extends the window (it is measured from every article of the story, not from
  the first), so follow-ups keep a story alive.

``evaluation/eval_stories_basil.py`` reports the adjusted Rand index and its sensitivity to both.
Grouping is stable: an article, once placed, never moves, so story slugs and reports stay put.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Mapping, Sequence

#: Minimum TF-IDF cosine similarity (0-1) to an article of a story for a new article to join it.
DEFAULT_SIMILARITY = 0.2
#: An article only joins a story with an article published at most this many days before or after.
DEFAULT_WINDOW_DAYS = 3.0

_WORDS = r"(?u)\b[^\W\d_][\w'-]+\b"  # words of two or more characters starting with a letter


@dataclass(frozen=True)
class Doc:
    """What grouping needs from an article: a stable key, headline, text and publication date.

    ``published`` is an ISO date or date-time (``""`` when unknown: then time does not limit
    which stories the article may join).
    """

    key: str
    title: str
    text: str
    published: str = ""
    real_title: bool = True  # False when the "title" is a stand-in cut from the first sentence


@dataclass(frozen=True)
class Grouping:
    """Grouping thresholds: ``similarity`` (cosine, 0-1) and ``window_days`` (days, >= 0)."""

    similarity: float = DEFAULT_SIMILARITY
    window_days: float = DEFAULT_WINDOW_DAYS


def parse_date(value: str) -> datetime | None:
    """Parse an ISO date or date-time (``2025-10-28``, ``2025-10-28T09:00:00Z``); ``None`` if not one."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        match = re.match(r"(\d{4}-\d{2}-\d{2})", value)
        if not match:
            return None
        parsed = datetime.combine(date.fromisoformat(match.group(1)), datetime.min.time())
    # Compare calendar time only: a naive and an aware stamp must still be comparable.
    return parsed.replace(tzinfo=None) if parsed.tzinfo is None else parsed.astimezone(tz=None).replace(tzinfo=None)


def _within(a: datetime | None, b: datetime | None, window_days: float) -> bool:
    if a is None or b is None:
        return True
    return abs((a - b).total_seconds()) <= window_days * 86400.0


def _vectorise(texts: list[str]):  # type: ignore[no-untyped-def]
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectoriser = TfidfVectorizer(sublinear_tf=True, stop_words="english", token_pattern=_WORDS)
    try:
        return vectoriser.fit_transform(texts)
    except ValueError:  # every text empty or only stop words: nothing to compare
        return None


def group_articles(
    existing: Mapping[str, Sequence[Doc]],
    new: Sequence[Doc],
    grouping: Grouping = Grouping(),
) -> dict[str, str]:
    """Place each new article into a story: ``{doc key: story id}``.

    ``existing`` maps story ids to their articles. New articles are placed one at a time in
    order of publication (then key), so an article can join a story started by an earlier new
    one; a new story gets the id ``"new:N"`` (N counting from 1 in that order). An article joins
    the story whose best-matching article, published within ``grouping.window_days``, is the
    most similar, provided that similarity is at least ``grouping.similarity``; ties go to the
    story id that sorts first.
    """
    if not new:
        return {}
    story_ids = sorted(existing)
    members: dict[str, list[int]] = {}
    docs: list[Doc] = []
    for story_id in story_ids:
        members[story_id] = []
        for doc in existing[story_id]:
            members[story_id].append(len(docs))
            docs.append(doc)
    dates = [parse_date(doc.published) for doc in docs]
    order = sorted(new, key=lambda d: (parse_date(d.published) or datetime.max, d.key))
    first_new = len(docs)
    docs.extend(order)
    dates.extend(parse_date(doc.published) for doc in order)
    matrix = _vectorise([f"{doc.title}\n{doc.text}" for doc in docs])
    similarity = None if matrix is None else (matrix[first_new:] @ matrix.T).toarray()
    placed: dict[str, str] = {}
    created = 0
    for offset, doc in enumerate(order):
        index = first_new + offset
        best_id, best = None, -1.0
        for story_id, indexes in members.items():
            score = max(
                (
                    float(similarity[offset, j]) if similarity is not None else 0.0
                    for j in indexes
                    if _within(dates[index], dates[j], grouping.window_days)
                ),
                default=-1.0,
            )
            # Strictly greater: on equal similarity the story that sorts (or was made) first wins.
            if score >= grouping.similarity and score > best:
                best_id, best = story_id, score
        if best_id is None:
            created += 1
            best_id = f"new:{created}"
            members[best_id] = []
        members[best_id].append(index)
        placed[doc.key] = best_id
    return placed


def story_title(docs: Sequence[Doc]) -> str:
    """Return a readable title for a story: the headline of its most central article.

    The most central article is the one with the highest mean similarity to the others (ties:
    the earliest, then the key that sorts first); with one or two articles, the earliest. Real
    headlines are preferred over stand-ins cut from a first sentence.
    """
    if not docs:
        return "Untitled story"
    headed = [d for d in docs if d.real_title] or list(docs)
    ordered = sorted(headed, key=lambda d: (parse_date(d.published) or datetime.max, d.key))
    if len(ordered) <= 2:
        return ordered[0].title
    matrix = _vectorise([f"{d.title}\n{d.text}" for d in ordered])
    if matrix is None:
        return ordered[0].title
    similarity = (matrix @ matrix.T).toarray()
    centrality = [(float(similarity[i].sum() - similarity[i, i]), -i) for i in range(len(ordered))]
    return ordered[-max(centrality)[1]].title


def unique_slug(slug: str, taken: set[str]) -> str:
    """Return ``slug``, or ``slug-2``, ``slug-3`` ... the first not in ``taken``."""
    if slug not in taken:
        return slug
    n = 2
    while f"{slug}-{n}" in taken:
        n += 1
    return f"{slug}-{n}"
