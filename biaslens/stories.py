"""Grouping articles into stories (the same event) as they arrive over time. Pure: no I/O.

An event is who did what, where and when. Shared words alone merge different events that share
their people: calls to release the Mueller report and demands that Adam Schiff step down both
name Mueller, Schiff and Trump in the same week. So two articles are compared on four signals,
each a cosine similarity from 0 (nothing shared) to 1:

* **names** (who, where): the people, organisations and places of the headline and the lead
  (found by :func:`article_names`), weighted by how central they are: a name in the headline
  counts :data:`HEADLINE_WEIGHT` times, in the first paragraph :data:`LEAD_WEIGHT` times, later
  in the lead once; rare names weigh more than common ones (TF-IDF over the articles compared);
* **action** (what happened): the content words of the headline and first paragraph that are
  not names ("release", "report" against "step", "chairman"), TF-IDF weighted the same way;
* **text**: TF-IDF cosine of the headline and the first :data:`TEXT_CHARS` characters
  (sublinear term frequency, English stop words);
* **days**: the days the lead names ("on Friday", "March 22"), resolved against the publication
  date; two articles naming different days are not about the same moment.

The event similarity is the weighted mean ``(text + 0.5 names + 2 action) / 3.5`` (see
:data:`TEXT_WEIGHT`): what happened counts most, shared people least; when both articles name
days and share none it is multiplied by :data:`OTHER_DAY_FACTOR`. A new article joins the story holding
its most similar article (published within ``window_days``), provided the similarity reaches
``similarity`` **and** the action similarity reaches ``action_floor``: sharing people is not
enough. Articles are only compared within the time window (blocking), so the cost grows with
the articles per window, not with the square of the store. What grouping reads from one article
(:func:`event_profile`) depends on that article and this code only: a scheduled run stores it
with the article (:meth:`EventProfile.to_json`, :func:`profile_cache_key`) and never reads a
stored article again to group new ones.

Thresholds were chosen on the BASIL development events (``evaluation/eval_stories_basil.py``
prints the sensitivity table for each; ``docs/STORIES.md`` says why each value).
Grouping is stable: an article, once placed, never moves, so story slugs and reports stay put.
A set of articles handed in as one story (a folder given to ``biaslens report``) is not placed one
by one but split by :func:`event_groups`: every pair weighed, no time window.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, Mapping, Sequence

from .records import Article
from .similarity import dict_rows, hashed_counts, tfidf_rows, tfidf_weighted, word_analyser

#: Minimum event similarity (0-1) to the closest article of a story for a new article to join it.
DEFAULT_SIMILARITY = 0.18
#: Minimum "what happened" (action) similarity to that article: shared people alone never merge.
DEFAULT_ACTION_FLOOR = 0.05
#: An article only joins a story with an article published at most this many days before or after.
DEFAULT_WINDOW_DAYS = 3.0
#: Below this similarity between its two least similar parts, a story is flagged as possibly mixed.
DEFAULT_COHERENCE = 0.1
#: A name in the headline counts this many times; in the first paragraph :data:`LEAD_WEIGHT` times.
HEADLINE_WEIGHT = 3.0
LEAD_WEIGHT = 2.0
#: Names and days are read from the headline and this many first sentences (the lead).
LEAD_SENTENCES = 6
#: The text signal reads the headline and this many first characters of the body: the event is
#: told at the top; the rest adds background that other events share, and costs time.
TEXT_CHARS = 3000
#: Both articles name days of the event and share none: the similarity is multiplied by this.
OTHER_DAY_FACTOR = 0.75
#: Weights of the signals in the event similarity: what happened counts most, shared people least
#: (different events of the same people share them; see the module docstring).
TEXT_WEIGHT = 1.0
NAMES_WEIGHT = 0.5
ACTION_WEIGHT = 2.0

_BLOCK_ROWS = 256  # new articles compared in one matrix product: fewer, larger products are faster
_BLOCK_COLUMNS = 4096  # ... against at most about this many (unless one article's window holds more)
_WORDS = r"(?u)\b[^\W\d_][\w'-]+\b"  # words of two or more characters starting with a letter
_WEEKDAY_NUMBER = {d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
# Words that report rather than tell what happened: every article has them.
_REPORTING = frozenset("say said tell told according report reported ask asked week day year today yesterday "
                       "mr mrs ms new news people time president presidential official officials".split())


@dataclass(frozen=True)
class Doc:
    """What grouping needs from an article: a stable key, headline, text and publication date.

    ``published`` is an ISO date or date-time (``""`` when unknown: then time does not limit
    which stories the article may join). ``article``, when given, supplies the sentences
    already split (otherwise they are split here).
    """

    key: str
    title: str
    text: str
    published: str = ""
    real_title: bool = True  # False when the "title" is a stand-in cut from the first sentence
    article: Article | None = field(default=None, compare=False, repr=False)


def doc_from_article(key: str, article: Article) -> Doc:
    """The :class:`Doc` of a loaded article (its sentences are reused, not split again)."""
    from .corpus import stand_in_title

    # No headline: the first sentence names the story, but never counts as a headline.
    return Doc(key, article.title or stand_in_title(article), article.text, article.published, bool(article.title), article)


@dataclass(frozen=True)
class Grouping:
    """Grouping thresholds: ``similarity`` and ``action_floor`` (0-1), ``window_days`` (>= 0),
    ``coherence`` (0-1, the mean similarity below which a story is flagged as possibly mixed),
    ``other_day_factor`` (0-1, what naming different days multiplies the similarity by)."""

    similarity: float = DEFAULT_SIMILARITY
    window_days: float = DEFAULT_WINDOW_DAYS
    action_floor: float = DEFAULT_ACTION_FLOOR
    coherence: float = DEFAULT_COHERENCE
    other_day_factor: float = OTHER_DAY_FACTOR


@dataclass(frozen=True)
class Link:
    """How similar two articles are as reports of one event, and what drove it.

    ``other`` is the key of the other article and ``other_title`` its headline; ``similarity``
    is the event similarity (0-1); ``text``, ``names`` and ``action`` its parts
    (cosines, 0-1); ``other_day`` is true when both name days of the event and share none;
    ``shared_names`` and ``shared_action`` are the weightiest shared name words and action
    words, for the explanation.
    """

    other: str
    other_title: str
    similarity: float
    text: float
    names: float
    action: float
    other_day: bool = False
    shared_names: tuple[str, ...] = ()
    shared_action: tuple[str, ...] = ()

    def explanation(self) -> str:
        """One line a reader understands: what the two articles share, and how much."""
        parts = [f"similarity {self.similarity:.2f} with \"{self.other_title}\""]
        parts.append("same people and places" + (f" ({', '.join(self.shared_names)})" if self.shared_names else "")
                     + f" {self.names:.2f}")
        parts.append("same action" + (f" ({', '.join(self.shared_action)})" if self.shared_action else "")
                     + f" {self.action:.2f}")
        parts.append(f"same words {self.text:.2f}")
        if self.other_day:
            parts.append("but they name different days")
        return "; ".join(parts)

    def to_json(self) -> dict[str, Any]:
        """JSON-ready form (values unrounded)."""
        return {
            "article": self.other_title, "similarity": self.similarity, "text": self.text, "names": self.names,
            "action": self.action, "other_day": self.other_day, "shared_names": list(self.shared_names),
            "shared_action": list(self.shared_action), "explanation": self.explanation(),
        }


@dataclass(frozen=True)
class Placement:
    """Where one new article went and why.

    ``story`` is an existing story id or ``"new:N"``; ``link`` is the closest article of that
    story (``None`` for a new story); ``runner_up`` is the story that came second and
    ``runner_up_link`` its closest article, when another story also qualified or came close;
    ``reason`` says it in one line.
    """

    story: str
    link: Link | None
    runner_up: str | None = None
    runner_up_link: Link | None = None
    reason: str = ""

    def to_json(self) -> dict[str, Any]:
        """JSON-ready form: the story chosen, the similarity, what drove it, and the runner-up."""
        return {
            "reason": self.reason,
            "closest": self.link.to_json() if self.link else None,
            "runner_up": ({"story": self.runner_up, **self.runner_up_link.to_json()}
                          if self.runner_up is not None and self.runner_up_link is not None else None),
        }


@dataclass(frozen=True)
class Coherence:
    """How well a story's articles hang together as one event.

    ``value`` (0-1) is the mean event similarity between the two parts the story splits into
    most easily (average-link clustering: the last two groups to join); ``mixed`` is true below
    the threshold: the articles may report two events. ``part`` names the headlines of the
    smaller part, for the explanation.
    """

    value: float
    articles: int
    mixed: bool
    part: tuple[str, ...] = ()

    def explanation(self) -> str:
        """One line for the story page."""
        if self.articles < 2:
            return "One article: nothing to compare."
        if not self.mixed:
            return (f"The {self.articles} articles hang together as one event (its two least similar parts "
                    f"still have similarity {self.value:.2f}).")
        heads = "; ".join(f"\"{t}\"" for t in self.part[:3]) + (" ..." if len(self.part) > 3 else "")
        return (f"These articles may not be about one event: they split into two groups with similarity "
                f"{self.value:.2f}, as low as for different events." + (f" One group: {heads}." if heads else ""))

    def to_json(self) -> dict[str, Any]:
        """JSON-ready form (values unrounded)."""
        return {"similarity": self.value, "articles": self.articles, "may_be_mixed": self.mixed,
                "other_group": list(self.part), "explanation": self.explanation()}


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


# ---------------------------------------------------------------------------------------------
# What an article says about its event


def article_names(article: Article) -> list[tuple[tuple[str, ...], int]]:
    """The names of the article's lead: (normalised name tokens, sentence index) per mention.

    The one place grouping finds names: today the entity details of :mod:`biaslens.details`;
    a story-level cast can replace it without touching the rest of grouping.
    """
    return [(d.tokens, d.sentence) for d in _lead_details(article) if d.kind == "entity"]


def _lead_details(article: Article) -> tuple[Any, ...]:
    """The names and dates of the article's lead, in one pass over its sentences (both signals
    read the same lead; a second pass would split and scan it again)."""
    from .details import extract_details

    return extract_details(_lead(article), frozenset({"entity", "date"}))


def _lead(article: Article) -> Article:
    """The article cut after its lead sentences (a prefix: every offset stays valid)."""
    sentences = article.sentences[:LEAD_SENTENCES]
    end = sentences[-1].end if sentences else 0
    return replace(article, text=article.text[:end], sentences=sentences)


@dataclass(frozen=True)
class EventProfile:
    """What grouping reads from one article: weighted name words, action words and named days."""

    key: str
    published: datetime | None
    names: dict[str, float]
    action: dict[str, float]
    days: frozenset[str]
    words: dict[str, str] = field(default_factory=dict)  # action feature -> the word as first written
    terms: dict[str, int] = field(default_factory=dict)  # text signal: word -> count (headline and top)

    def to_json(self) -> dict[str, Any]:
        """JSON-ready form, to store with the article (``key`` and ``published`` come from the
        article when read back: see :func:`profile_from_json`)."""
        return {"names": self.names, "action": self.action, "days": sorted(self.days), "words": self.words,
                "terms": self.terms}


def profile_from_json(doc: Doc, data: Mapping[str, Any]) -> EventProfile:
    """The :class:`EventProfile` of ``doc`` stored by :meth:`EventProfile.to_json` (same values:
    JSON keeps floats exactly and dicts in order)."""
    return EventProfile(doc.key, parse_date(doc.published), dict(data["names"]), dict(data["action"]),
                        frozenset(data["days"]), dict(data["words"]), dict(data["terms"]))


#: Name under which a profile is stored with its article (the analyses table of the store).
PROFILE_STORE_NAME = "stories.event_profile"


def profile_cache_key() -> str:
    """A hash of everything that can change an article's :class:`EventProfile`: the source of
    this module and of every biaslens module it imports and the data files they name (the English
    stop words of the text signal among them). Computed, never bumped by hand, so a stored
    profile is reused only by the code that made it."""
    import hashlib
    import json

    from .extractors.base import code_and_data, module_closure

    basis = code_and_data(module_closure(__name__))
    return hashlib.sha256(json.dumps(basis, sort_keys=True).encode("utf-8")).hexdigest()


def profile_context(doc: Doc) -> str:
    """What a profile depends on besides the article's content hash: its publication date
    (weekdays are resolved against it) and whether its headline is real."""
    return f"{doc.published}|{int(doc.real_title)}"


def _text_analyzer() -> Any:
    """The word analyser of the text signal: lowercase, :data:`_WORDS`, English stop words out."""
    return word_analyser(_WORDS)


def _article_of(doc: Doc) -> Article:
    if doc.article is not None:
        return doc.article
    from .text import split_sentences

    first_line = doc.text.split("\n", 1)[0]
    # A text that opens with its headline (as loaded articles do) keeps it out of the lead.
    title_span = (0, len(first_line)) if doc.title and first_line.strip() == doc.title.strip() else None
    return Article(id=doc.key, source=doc.key, outlet="", title=doc.title, text=doc.text,
                   sentences=split_sentences(doc.text), published=doc.published, title_span=title_span)


def _named_days(details: Sequence[Any], published: datetime | None) -> frozenset[str]:
    """Days of the event the lead names (its ``details``), as ISO dates: "March 22" and "Friday"
    resolved.

    A weekday is the last such day on or before publication (news reports the past week); a
    date without a year takes the publication year. Years alone and decades are not days.
    """
    days: set[str] = set()
    for detail in details:
        if detail.kind != "date":
            continue
        if detail.slot == "weekday" and published is not None:
            back = (published.weekday() - _WEEKDAY_NUMBER[str(detail.value)]) % 7
            days.add((published.date() - timedelta(days=back)).isoformat())
        elif detail.slot == "date" and isinstance(detail.value, str) and detail.value.count("-") == 2:
            year, month, day = detail.value.split("-")
            if year == "?":
                if published is None:
                    continue
                year = str(published.year)
            try:
                days.add(date(int(year), int(month), int(day)).isoformat())
            except ValueError:
                continue  # "February 30": not a day
    return frozenset(days)


_LETTERS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=65536)
def _action_key(word: str) -> tuple[str, str, str] | None:
    """(action feature, normalised word, lowercase word) of a word, or ``None`` for a word
    that tells no action (stop, reporting and short words). The feature is six letters of the
    stem, so "release"/"releasing" and "resign"/"resignation" meet."""
    from .details import content_stems, normalise_word

    low = word.lower()
    if low in _REPORTING:
        return None
    stems = content_stems(low)
    if not stems or len(stems[0]) <= 2 or stems[0] in _REPORTING:
        return None
    return stems[0][:6], normalise_word(low), low


@lru_cache(maxsize=8192)
def event_profile(doc: Doc) -> EventProfile:
    """Read the names (weighted by centrality), action words and named days of one article."""
    from .details import normalise_word

    article = _article_of(doc)
    published = parse_date(doc.published)
    title_end = article.title_span[1] if article.title_span else 0
    body = [s for s in article.sentences[:LEAD_SENTENCES] if s.start >= title_end]
    first_paragraph = body[0].paragraph if body else -1
    headline_words = {normalise_word(w) for w in re.findall(r"[^\W_]+(?:['’][^\W_]+)?", doc.title)}
    details = _lead_details(article)
    names: dict[str, float] = {}
    name_words: set[str] = set()
    for tokens, index in ((d.tokens, d.sentence) for d in details if d.kind == "entity"):
        sentence = article.sentences[index]
        weight = LEAD_WEIGHT if sentence.paragraph == first_paragraph else 1.0
        for token in tokens:
            names[token] = names.get(token, 0.0) + weight
            name_words.add(token)
    for token in name_words & headline_words:
        names[token] += HEADLINE_WEIGHT
    # The lead: the first paragraph, or the first two sentences when it is one sentence long.
    lead_text = " ".join(s.text for n, s in enumerate(body) if s.paragraph == first_paragraph or n < 2)
    action: dict[str, float] = {}
    words: dict[str, str] = {}
    for weight, text in ((HEADLINE_WEIGHT if doc.real_title else 0.0, doc.title), (1.0, lead_text)):
        if not weight:
            continue
        for word in _LETTERS.findall(text):
            key = _action_key(word)
            if key is not None and key[1] not in name_words:
                action[key[0]] = action.get(key[0], 0.0) + weight
                words.setdefault(key[0], key[2])
    terms = dict(Counter(_text_analyzer()(f"{doc.title}\n{doc.text[:TEXT_CHARS]}")))
    return EventProfile(doc.key, published, names, action, _named_days(details, published), words, terms)


# ---------------------------------------------------------------------------------------------
# Similarity between articles, within time blocks


class _Space:
    """The articles compared in one grouping call, as L2-normalised TF-IDF rows per signal."""

    def __init__(self, docs: Sequence[Doc], profiles: Sequence[EventProfile]):
        import numpy as np

        self.keys = [d.key for d in docs]
        self.titles = [d.title for d in docs]
        self.profiles = list(profiles)
        # Hashed word counts (2**20 buckets: collisions are negligible for a few thousand news
        # articles) skip building a vocabulary; the IDF weighting is the same as TfidfVectorizer's.
        # The words were counted once per article (its profile); hashing counts gives the same
        # matrix as HashingVectorizer over the text, which adds up each word's ones.
        counts = hashed_counts([p.terms for p in profiles], n_features=2**20)
        self.text = tfidf_weighted(counts) if counts.nnz else None
        self.names, self.name_vocab = self._weighted([p.names for p in profiles])
        self.action, self.action_vocab = self._weighted([p.action for p in profiles])
        day_rows = [dict.fromkeys(p.days, 1.0) for p in profiles]
        self.days = dict_rows(day_rows)[0] if any(day_rows) else None
        self.has_days = np.array([bool(p.days) for p in profiles])

    @staticmethod
    def _weighted(rows: list[dict[str, float]]) -> tuple[Any, list[str]]:
        if not any(rows):
            return None, []
        counts, names = dict_rows(rows)
        return tfidf_weighted(counts), names

    def block(self, rows: list[int], columns: list[int]) -> tuple[Any, Any, Any, Any]:
        """Dense (rows x columns) matrices: text, names and action cosines, and "other day"."""
        import numpy as np

        def product(matrix: Any) -> Any:
            if matrix is None:
                return np.zeros((len(rows), len(columns)))
            return (matrix[rows] @ matrix[columns].T).toarray()

        shared_days = product(self.days)
        other_day = self.has_days[rows][:, None] & self.has_days[columns][None, :] & (shared_days == 0)
        return product(self.text), product(self.names), product(self.action), other_day

    def link(self, i: int, j: int, text: float, names: float, action: float, other_day: bool, factor: float) -> Link:
        """The :class:`Link` from article ``i`` to article ``j`` with its shared words."""
        a, b = self.profiles[i], self.profiles[j]
        return Link(self.keys[j], self.titles[j], event_similarity(text, names, action, other_day, factor), text, names,
                    action, other_day, _shared(a.names, b.names), tuple(a.words.get(w, w) for w in _shared(a.action, b.action)))


def _window_count(sorted_stamps: Any, first: float, last: float, window: float) -> int:
    """How many articles were published from ``window`` before ``first`` to ``window`` after ``last``."""
    import numpy as np

    return int(np.searchsorted(sorted_stamps, last + window, side="right")
               - np.searchsorted(sorted_stamps, first - window, side="left"))


def _shared(a: dict[str, float], b: dict[str, float], top: int = 3) -> tuple[str, ...]:
    """The ``top`` words both articles weigh most (by the smaller of their two weights)."""
    common = sorted(((min(a[w], b[w]), w) for w in a.keys() & b.keys()), key=lambda p: (-p[0], p[1]))
    return tuple(w for _, w in common[:top])


def event_similarity(text: Any, names: Any, action: Any, other_day: Any = False,
                     other_day_factor: float = OTHER_DAY_FACTOR) -> Any:
    """Combine the signals (each 0-1) into the event similarity (0-1): a weighted mean (see
    :data:`TEXT_WEIGHT`), multiplied by ``other_day_factor`` when the two articles name different
    days of the event. Works on numbers and on numpy arrays alike."""
    import numpy as np

    value = (TEXT_WEIGHT * text + NAMES_WEIGHT * names + ACTION_WEIGHT * action) / (TEXT_WEIGHT + NAMES_WEIGHT + ACTION_WEIGHT)
    if isinstance(value, np.ndarray):
        return np.where(other_day, value * other_day_factor, value)
    return float(value * other_day_factor if other_day else value)


def place_articles(
    existing: Mapping[str, Sequence[Doc]],
    new: Sequence[Doc],
    grouping: Grouping = Grouping(),
    profiles: Mapping[str, EventProfile] | None = None,
) -> dict[str, Placement]:
    """Place each new article into a story: ``{doc key: Placement}``.

    ``existing`` maps story ids to their articles (only those within the time window of the new
    ones matter). New articles are placed one at a time in order of publication (then key), so
    an article can join a story started by an earlier new one; a new story gets the id
    ``"new:N"`` (N counting from 1 in that order). An article joins the story of its most
    similar earlier article published within ``grouping.window_days``, among those whose event
    similarity reaches ``grouping.similarity`` and action similarity ``grouping.action_floor``;
    ties go to the earlier article. The placement records the runner-up: the most similar
    article of any other story. ``profiles`` (doc key -> :class:`EventProfile`) are profiles
    read before, e.g. stored with the articles by a scheduled run; the others are read here.
    """
    import numpy as np

    if not new:
        return {}
    known = profiles or {}
    labels: list[str] = []  # story id per story number
    docs: list[Doc] = []
    story_of: list[int] = []
    for story_id in sorted(existing):
        labels.append(story_id)
        for doc in existing[story_id]:
            story_of.append(len(labels) - 1)
            docs.append(doc)
    order = sorted(new, key=lambda d: (parse_date(d.published) or datetime.max, d.key))
    first_new = len(docs)
    docs.extend(order)
    story_of.extend([-1] * len(order))
    stories = np.array(story_of)
    read = [known.get(doc.key) or event_profile(doc) for doc in docs]
    space = _Space(docs, read)
    dates = [p.published for p in read]
    stamp = np.array([d.timestamp() if d is not None else np.nan for d in dates])
    by_time = np.argsort(np.where(np.isnan(stamp), np.inf, stamp), kind="stable")
    sorted_stamps = stamp[by_time]
    undated = np.flatnonzero(np.isnan(stamp))
    window = grouping.window_days * 86400.0
    placed: dict[str, Placement] = {}
    created = 0
    index = first_new
    while index < len(docs):
        # Blocking: up to _BLOCK_ROWS new articles in order of publication (dated or undated,
        # not both) are compared, as one matrix product per signal, with the articles within the
        # window of them only (undated ones with everything), never all pairs of the store; the
        # `near` mask below keeps each article to its own window. Few large products cost less
        # than many small ones (each product has a fixed cost), and give the same cosines.
        start = dates[index]
        end = index + 1
        while end < len(docs) and end - index < _BLOCK_ROWS and (dates[end] is None) == (start is None):
            if start is not None and _window_count(sorted_stamps, stamp[index], stamp[end], window) > _BLOCK_COLUMNS:
                break  # a sparse stretch of a large store: keep the matrices small
            end += 1
        block = list(range(index, end))
        if start is None:
            columns = np.arange(end)
        else:
            low = np.searchsorted(sorted_stamps, np.nanmin(stamp[block]) - window, side="left")
            high = np.searchsorted(sorted_stamps, np.nanmax(stamp[block]) + window, side="right")
            columns = np.union1d(by_time[low:high], undated)
            columns = columns[columns < end]
        text, names, action, other_day = space.block(block, columns.tolist())
        similarity = event_similarity(text, names, action, other_day, grouping.other_day_factor)
        near = np.abs(stamp[block][:, None] - stamp[columns][None, :]) <= window
        near |= np.isnan(stamp[block])[:, None] | np.isnan(stamp[columns])[None, :]
        for row, i in enumerate(block):
            valid = (columns < i) & near[row]  # only articles already placed, within the window
            scores = np.where(valid, similarity[row], -1.0)
            fits = valid & (scores >= grouping.similarity) & (action[row] >= grouping.action_floor)
            col_story = stories[columns]
            chosen = int(np.argmax(np.where(fits, scores, -1.0))) if fits.any() else -1
            story = int(col_story[chosen]) if chosen >= 0 else -1
            others = valid & (col_story != story)
            second = int(np.argmax(np.where(others, scores, -1.0))) if others.any() else -1

            def link(col: int) -> Link:
                j = int(columns[col])
                return space.link(i, j, float(text[row, col]), float(names[row, col]), float(action[row, col]),
                                  bool(other_day[row, col]), grouping.other_day_factor)

            runner_link = link(second) if second >= 0 else None
            runner = labels[int(col_story[second])] if second >= 0 else None
            if chosen >= 0:
                chosen_link = link(chosen)
                reason = f"joined the story of \"{chosen_link.other_title}\": {chosen_link.explanation()}"
                if second >= 0 and fits[second]:
                    reason += (f"; it also fits the story of \"{runner_link.other_title}\" "  # type: ignore[union-attr]
                               f"({runner_link.similarity:.2f}), but less closely")  # type: ignore[union-attr]
                placed[docs[i].key] = Placement(labels[story], chosen_link, runner, runner_link, reason)
            else:
                created += 1
                labels.append(f"new:{created}")
                story = len(labels) - 1
                if runner_link is None:
                    reason = "started a new story: no earlier article within the time window"
                else:
                    why = (f"similarity {runner_link.similarity:.2f} below {grouping.similarity:g}"
                           if runner_link.similarity < grouping.similarity
                           else f"same action {runner_link.action:.2f} below {grouping.action_floor:g}: they share "
                                f"people but not what happened")
                    reason = (f"started a new story: the closest article, \"{runner_link.other_title}\", is not the "
                              f"same event ({why})")
                placed[docs[i].key] = Placement(labels[story], None, runner, runner_link, reason)
            stories[i] = story
        index = end
    return placed


def group_articles(
    existing: Mapping[str, Sequence[Doc]],
    new: Sequence[Doc],
    grouping: Grouping = Grouping(),
) -> dict[str, str]:
    """Place each new article into a story: ``{doc key: story id}`` (see :func:`place_articles`)."""
    return {key: placement.story for key, placement in place_articles(existing, new, grouping).items()}


# The last one-event tree built and what it was built from. One story asks for the tree of the same
# articles up to three times, each time through new Docs of the same articles (`biaslens report`:
# the folder's split into events, then the story's warnings when an article shares few sentences;
# `biaslens run`: the one-event check, its groups, the warnings): the key holds every field the
# tree reads (the articles themselves too, so that they stay alive and equal ones are compared by
# value; a tuple compares identical members without calling __eq__, and is never hashed here).
_LAST_TREE: list[tuple[Any, Any]] = []


def _one_event_tree(docs: Sequence[Doc], grouping: Grouping) -> tuple[list[Doc], Any]:
    """``docs`` in key order and their average-link tree over the event similarity (every pair
    compared, no time window): the one home of the one-event check of a set of articles."""
    ordered = sorted(docs, key=lambda d: d.key)
    key = (tuple((d.key, d.title, d.text, d.published, d.real_title, d.article) for d in ordered),
           grouping.other_day_factor)
    if _LAST_TREE and _LAST_TREE[0][0] == key:
        return ordered, _LAST_TREE[0][1].copy()
    tree = _build_event_tree(ordered, grouping)
    _LAST_TREE[:] = [(key, tree)]
    return ordered, tree.copy()


def _build_event_tree(ordered: list[Doc], grouping: Grouping) -> Any:
    """The average-link tree of :func:`_one_event_tree`, built."""
    import numpy as np

    profiles = [event_profile(d) for d in ordered]
    space = _Space(ordered, profiles)
    everyone = list(range(len(ordered)))
    text, names, action, other_day = space.block(everyone, everyone)
    similarity = event_similarity(text, names, action, other_day, grouping.other_day_factor)
    distance = 1.0 - similarity[np.triu_indices(len(ordered), 1)]
    return average_linkage(np.clip(distance, 0.0, None), len(ordered))


# Average-link clustering, written here rather than imported: scipy.cluster pulls in
# scipy.spatial, scipy.linalg and scipy.special (a third of a second) for a few hundred additions
# on the handful of articles of one folder. The merges, their order and their floats are those of
# scipy.cluster.hierarchy.linkage(method="average") and fcluster (tests/test_stories.py compares
# them on random distances, ties included), so the one-event check answers as it did.


def average_linkage(distances: Any, n: int) -> Any:
    """The average-link tree of ``n`` items from their condensed pairwise ``distances`` (row by
    row, i < j), as scipy's linkage matrix: one row per merge, ``[a, b, distance, size]``, sorted
    by distance, a merged cluster numbered ``n + row``.

    The nearest-neighbour chain algorithm (Murtagh 1983; Müllner 2011): follow nearest
    neighbours from a cluster until two are each other's nearest, merge them (the smaller index
    first), and set the distance from the merged cluster to every other to the size-weighted mean
    of the two; on a tie the previous cluster of the chain wins, then the lower index.
    """
    import numpy as np

    values = [float(v) for v in distances]
    table = [[0.0] * n for _ in range(n)]
    position = 0
    for i in range(n):
        for j in range(i + 1, n):
            table[i][j] = table[j][i] = values[position]
            position += 1
    size = [1] * n
    chain: list[int] = []
    merges: list[tuple[int, int, float, int]] = []
    for _ in range(n - 1):
        if not chain:
            chain.append(next(i for i in range(n) if size[i]))
        while True:
            x = chain[-1]
            y, nearest = (chain[-2], table[x][chain[-2]]) if len(chain) > 1 else (-1, math.inf)
            for i in range(n):
                if size[i] and i != x and table[x][i] < nearest:
                    y, nearest = i, table[x][i]
            if len(chain) > 1 and y == chain[-2]:
                break
            chain.append(y)
        del chain[-2:]
        x, y = min(x, y), max(x, y)
        nx, ny = size[x], size[y]
        merges.append((x, y, nearest, nx + ny))
        size[x], size[y] = 0, nx + ny
        for i in range(n):
            if size[i] and i != y:
                table[i][y] = table[y][i] = (nx * table[i][x] + ny * table[i][y]) / (nx + ny)
    tree = np.array(merges, dtype=np.float64).reshape(n - 1, 4)
    tree = tree[np.argsort(tree[:, 2], kind="mergesort")]
    # Number the clusters in the sorted order: each merge joins the current clusters of its two
    # items (a union-find over cluster numbers), the new one numbered n + row.
    parent = list(range(2 * n - 1))
    members = [1] * (2 * n - 1)

    def root(item: int) -> int:
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for row in range(n - 1):
        a, b = root(int(tree[row, 0])), root(int(tree[row, 1]))
        tree[row, 0], tree[row, 1] = min(a, b), max(a, b)
        parent[a] = parent[b] = n + row
        members[n + row] = members[a] + members[b]
        tree[row, 3] = members[n + row]
    return tree


def _tree_heights(tree: Any, n: int) -> list[float]:
    """The highest merge inside each cluster of ``tree`` (row order): what fcluster cuts at."""
    heights: list[float] = []
    for row in range(n - 1):
        height = float(tree[row, 2])
        for child in (int(tree[row, 0]), int(tree[row, 1])):
            if child >= n:
                height = max(height, heights[child - n])
        heights.append(height)
    return heights


def _cut(tree: Any, n: int, heights: list[float], cutoff: float) -> list[list[int]]:
    """The flat clusters of ``tree`` (lists of item numbers): each highest cluster whose merges all
    lie at or below ``cutoff``, and every item under none of them alone."""
    groups: list[list[int]] = []
    stack = [2 * n - 2]
    while stack:
        node = stack.pop()
        if node < n:
            groups.append([node])
        elif heights[node - n] <= cutoff:
            leaves, inner = [], [node]
            while inner:
                top = inner.pop()
                if top < n:
                    leaves.append(top)
                else:
                    inner.extend((int(tree[top - n, 0]), int(tree[top - n, 1])))
            groups.append(sorted(leaves))
        else:
            stack.extend((int(tree[node - n, 1]), int(tree[node - n, 0])))
    return groups


def clusters_within(tree: Any, n: int, cutoff: float) -> list[list[int]]:
    """Flat clusters of the average-link ``tree`` of ``n`` items whose merges all lie within
    distance ``cutoff`` (scipy's ``fcluster(tree, cutoff, criterion="distance")``), as lists of
    item numbers."""
    return _cut(tree, n, _tree_heights(tree, n), cutoff)


def clusters_at_most(tree: Any, n: int, count: int) -> list[list[int]]:
    """At most ``count`` flat clusters of ``tree`` (scipy's ``fcluster(tree, count,
    criterion="maxclust")``): cut at the lowest merge height, found by scipy's bisection over the
    clusters' heights in row order, that leaves no more than ``count``."""
    if count >= n:
        return [[i] for i in range(n)]
    heights = _tree_heights(tree, n)
    lower, upper = -1, n - 1
    while upper - lower > 1:
        middle = (lower + upper) >> 1
        if len(_cut(tree, n, heights, heights[middle])) > count:
            lower = middle
        else:
            upper = middle
    return _cut(tree, n, heights, heights[upper])


def story_coherence(docs: Sequence[Doc], grouping: Grouping = Grouping()) -> Coherence:
    """How well ``docs`` hang together as one event (see :class:`Coherence`): flagged as
    possibly mixed when their two least similar parts have a mean similarity below
    ``grouping.coherence`` (exactly when :func:`event_groups` finds more than one group)."""
    if len(docs) < 2:
        return Coherence(1.0, len(docs), False)
    ordered, tree = _one_event_tree(docs, grouping)
    value = float(1.0 - tree[-1, 2])
    groups = sorted(([ordered[i] for i in sorted(part)] for part in clusters_at_most(tree, len(ordered), 2)),
                    key=lambda g: (len(g), g[0].key))
    part = tuple(d.title for d in groups[0]) if len(groups) > 1 else ()
    return Coherence(value, len(ordered), len(event_groups(ordered, grouping)) > 1, part)


def event_groups(docs: Sequence[Doc], grouping: Grouping = Grouping()) -> list[list[Doc]]:
    """Split a set of articles handed in as one story (a folder) into events: the groups of the
    average-link tree whose parts have a mean event similarity of at least ``grouping.coherence``;
    largest first, then by first key.

    Unlike :func:`place_articles`, which places a stream of articles one at a time and needs a
    close earlier article (``grouping.similarity``, within ``grouping.window_days``) to join, this
    weighs every pair of the set, with no time window: one article whose headline is worded apart
    does not split a story its lead shares, while articles of different events share almost nothing
    (measured on BASIL dev: ``evaluation/eval_stories_basil.py``, docs/STORIES.md).
    """
    if len(docs) < 2:
        return [list(docs)]
    ordered, tree = _one_event_tree(docs, grouping)
    groups = [[ordered[i] for i in sorted(part)] for part in clusters_within(tree, len(ordered), 1.0 - grouping.coherence)]
    return sorted(groups, key=lambda g: (-len(g), g[0].key))


def story_title(docs: Sequence[Doc]) -> str:
    """Return a readable title for a story: a headline of its articles (:func:`story_headline`)."""
    return story_headline(docs)[0]


def story_headline(docs: Sequence[Doc]) -> tuple[str, str]:
    """Return ``(headline, key of its article)``: the story's title and whose headline it is.

    The articles are ranked by centrality, the mean similarity of each to the others (ties: the
    earliest, then the key that sorts first; with one or two articles, the earliest first). The
    most central headline wins unless it holds words the loaded-language reader flags in the
    outlet's own voice (:func:`loaded_headline_words`): then the most central headline without
    such words, so one outlet's judgement ("... Compares Trump's Racism To ...") does not become
    the story's name; when every headline is loaded, the most central. Real headlines are
    preferred over stand-ins cut from a first sentence. Empty ``docs``: ``("Untitled story", "")``.
    """
    if not docs:
        return "Untitled story", ""
    headed = [d for d in docs if d.real_title] or list(docs)
    ranked = _by_centrality(sorted(headed, key=lambda d: (parse_date(d.published) or datetime.max, d.key)))
    chosen = next((d for d in ranked if d.real_title and not loaded_headline_words(d)), ranked[0])
    return chosen.title, chosen.key


def _by_centrality(ordered: Sequence[Doc]) -> list[Doc]:
    """``ordered`` (earliest first) ranked most central first; with one or two articles, as given."""
    if len(ordered) <= 2:
        return list(ordered)
    try:
        matrix = tfidf_rows([f"{d.title}\n{d.text}" for d in ordered], token_pattern=_WORDS)
    except ValueError:
        return list(ordered)
    similarity = (matrix @ matrix.T).toarray()
    centrality = [float(similarity[i].sum() - similarity[i, i]) for i in range(len(ordered))]
    return [ordered[i] for i in sorted(range(len(ordered)), key=lambda i: (-centrality[i], i))]


def loaded_headline_words(doc: Doc) -> list[str]:
    """The words of ``doc``'s headline that the loaded-language reader (:func:`biaslens.loaded.analyse_sentence`)
    flags in the outlet's own voice, as it reads the headline in the article (quotations there are
    the speaker's words, not counted); a headline not at the top of its text is read alone."""
    from .loaded import analyse_sentence
    from .quotes import quote_spans

    article = doc.article
    if article is not None and article.title_span and article.sentences and doc.title:
        first = article.sentences[0]
        words = analyse_sentence(article.text, first.start, first.end, quote_spans(article)).words
    else:
        words = analyse_sentence(doc.title, 0, len(doc.title)).words
    return [w.text for w in words if not w.quoted]


def unique_slug(slug: str, taken: set[str]) -> str:
    """Return ``slug``, or ``slug-2``, ``slug-3`` ... the first not in ``taken``."""
    if slug not in taken:
        return slug
    n = 2
    while f"{slug}-{n}" in taken:
        n += 1
    return f"{slug}-{n}"
