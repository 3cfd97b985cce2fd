"""Say when the outlets report different occurrences of the same kind of event. Pure.

A folder of coverage can hold one story's different happenings: two meetings of the same two
people four days apart, reported by different outlets. Compared as one event, every detail of
the later meeting is "only here" in the article that reports it, and the others seem to "leave
it out". :func:`different_occurrences` reads when each article says the story's central event
(a concept of :mod:`biaslens.events`: the meeting, the vote, the remarks ...) happened, resolves
that against the article's publication date, and reports the outlets that date it to different
days, each with the sentence that says so.

What counts as an article's date for the event:

* a word naming a central concept of the story (:func:`biaslens.events.event_naming`: at least
  two outlets name it, often) in the article's own voice, in the headline or the first
  :data:`LEAD_SENTENCES` sentences, where a news article says what happened and when;
* a weekday or a full date in that word's clause (:func:`biaslens.events.sentence_times`, the
  clause rule of event naming: "met for nearly an hour on Thursday evening", not "-- a day after
  a meeting" when "Monday" dates the other clause); the first such word of the article;
* a weekday is the latest such day on or before the publication date ("on Sunday" in an article
  of Monday 10 December is Sunday 9 December), or the next one when the clause speaks of the
  future ("will meet on Friday"); a date without a year takes the year that puts it nearest the
  publication date.

Articles without a publication date, or whose lead dates no central event, are left out of the
check: the warning says only what the texts show.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Mapping, Sequence

from .records import Article
from .values import WEEKDAYS

if TYPE_CHECKING:  # compare imports this module inside a function: no import cycle at run time
    from .compare import Evidence

#: The headline and this many sentences after it: where an article says when its event happened.
LEAD_SENTENCES = 5
#: Words that put a clause in the future: its weekday is the next one, not the last.
#: ("his Medicare plan" is no future; "would" mostly reports what someone said would happen).
#: An act that signs point to, or that someone is poised or slated to do, is to come as well ("all
#: signs pointed to Obama endorsing Clinton on Thursday" in a Wednesday article: the next day).
_FUTURE = re.compile(r"\b(?:will|shall|next|scheduled|upcoming|(?:plans?|planned|planning|set|expected|is|are|poised"
                     r"|slated|about)\s+to|signs?\s+(?:point|points|pointed|pointing)\s+to)\b", re.I)
#: A time dates an event word at most this many words away ("met for nearly an hour on Thursday
#: evening"); farther, it mostly dates something else the sentence tells ("said in a written
#: statement that Republicans should show their sincerity about sensitivity to Sept. 11 survivors").
MAX_WORDS_APART = 10
#: A clause opened between an event word and a time after it tells something else, and the time
#: is that clause's ("said in a written statement that Republicans should ... Sept. 11 survivors").
_SUBORDINATE = re.compile(r"\b(?:that|who|which|whose|where|because|after|before|since|until|when|while)\b", re.I)
#: An event word right after "after" and the event word it follows ("remarks after meeting with
#: his National Security Council on Tuesday"): the time dates that event, and the one told first
#: came right after it, the same day.
#: "also" just before an event word tells an act beside the story's own ("Obama campaign deputy press
#: secretary Ben Labolt also issued a statement Saturday", after Santorum's Sunday interview): its day
#: is that act's, not the central event's.
_ALSO = re.compile(r"\balso(?:\s+\S+){0,3}\s+$", re.I)
_RIGHT_AFTER = re.compile(r"\s+(?:shortly\s+|soon\s+|just\s+|right\s+|hours\s+)?after\s+(?:(?:the|a|an|his|her|their|its)\s+)?$",
                          re.I)
#: The plain noun a reader sees for each concept of :data:`biaslens.events.CONCEPTS`.
NOUNS = {"meeting": "meeting", "agreement": "agreement", "decision": "decision", "remarks": "statement",
         "reaction": "response", "request": "request", "advert": "advertisement"}
_MONTH_NAMES = ("January February March April May June July August September October November "
                "December").split()


@dataclass(frozen=True)
class Occurrence:
    """When one article says the story's central event happened.

    ``day`` is the resolved ISO date ("2012-12-13"); ``evidence`` is the time's span ("Thursday")
    inside the sentence that dates the event, offsets into the article's text.
    """

    source: str
    concept: str
    day: str
    evidence: Evidence

    def to_dict(self) -> dict[str, Any]:
        """Return the occurrence as a JSON-ready dict."""
        return {"source": self.source, "concept": self.concept, "day": self.day, "evidence": self.evidence.to_dict()}


@dataclass(frozen=True)
class DifferentOccurrences:
    """Outlets that date the story's central event (``concept``) to different days.

    ``groups`` holds the articles' occurrences grouped by day, the largest group first (then the
    earlier day). ``explanation`` is the warning a reader sees, in plain words.
    """

    concept: str
    groups: tuple[tuple[Occurrence, ...], ...]
    explanation: str

    def to_dict(self) -> dict[str, Any]:
        """Return the finding as a JSON-ready dict."""
        return {"concept": self.concept, "noun": NOUNS.get(self.concept, self.concept), "explanation": self.explanation,
                "groups": [{"day": g[0].day, "sources": [o.source for o in g], "occurrences": [o.to_dict() for o in g]}
                           for g in self.groups]}


def resolve_day(key: str, published: date, future: bool) -> date | None:
    """The date a time key of :func:`biaslens.events.sentence_times` names, seen from ``published``.

    "weekday:sunday" is the last Sunday on or before ``published`` (the next one on or after it
    when ``future``); "date:2012-12-09" is that day, "date:?-12-09" the 9 December nearest to
    ``published`` among those on or before it (on or after it when ``future``). Month-only dates, decades and relative times give ``None``.
    """
    kind, _, value = key.partition(":")
    if kind == "weekday" and value in WEEKDAYS:
        target = WEEKDAYS.index(value)
        if future:
            return published + timedelta(days=(target - published.weekday()) % 7)
        return published - timedelta(days=(published.weekday() - target) % 7)
    if kind != "date":
        return None
    parts = value.split("-")
    if len(parts) != 3:
        return None
    year, month, day = parts
    try:
        if year != "?":
            return date(int(year), int(month), int(day))
        options = [date(y, int(month), int(day)) for y in (published.year - 1, published.year, published.year + 1)]
    except ValueError:
        return None
    # Told as past, it happened by the publication date (a day's slack for time zones); told as
    # future, from then on.
    slack = timedelta(days=1)
    options = [d for d in options if (d >= published - slack if future else d <= published + slack)]
    return min(options, key=lambda d: abs((d - published).days))


def _published(article: Article) -> date | None:
    try:
        return date.fromisoformat(article.published[:10])
    except ValueError:
        return None


def article_occurrence(article: Article, concept: str, words: Sequence[Any],
                       times: Mapping[tuple[int, int], Sequence[tuple[int, int, str]]] | None = None,
                       ) -> Occurrence | None:
    """When ``article`` says the event ``concept`` happened (module docstring), or ``None``.

    ``words`` are the article's event words (:func:`biaslens.events.article_event_words`, every
    concept: a time dates the nearest of them); ``times`` its
    :func:`biaslens.events.sentence_times`, found here when not given.
    """
    from .compare import Evidence
    from .events import times_of, sentence_times

    published = _published(article)
    if published is None or not article.sentences:
        return None
    lead_end = article.sentences[min(LEAD_SENTENCES, len(article.sentences) - 1)].end
    times = times if times is not None else sentence_times(article)
    for word in words:
        if word.concept != concept or word.start >= lead_end:
            continue
        if _ALSO.search(article.text[max(word.sentence[0], word.start - 40):word.start]):
            continue  # an act beside the story's own
        keys = times_of(article.text, word, times.get(word.sentence, ()))
        for lo, hi, key in times.get(word.sentence, ()):
            if key not in keys or _words_between(article.text, word.end, lo, word.start, hi) > MAX_WORDS_APART:
                continue
            # "remarks after meeting with ... on Tuesday": the time dates the meeting the remarks followed.
            followed = next((w for w in words if w.sentence == word.sentence and word.end < w.start and w.end <= lo
                             and _RIGHT_AFTER.match(article.text[word.end:w.start])
                             and not _SUBORDINATE.search(article.text, w.end, lo)), None)
            if lo > word.end and _SUBORDINATE.search(article.text, word.end, lo) and followed is None:
                continue  # "said in a statement that ... Sept. 11 survivors": the time is the clause's
            # A time dates the event word nearest to it: "The new ad follows Mr. Perry's statement
            # on Tuesday" dates the statement, not the ad.
            nearest = min((w for w in words if w.sentence == word.sentence),
                          key=lambda w: _words_between(article.text, w.end, lo, w.start, hi))
            if nearest.concept != concept and nearest is not followed:
                continue
            future = bool(_FUTURE.search(article.text, word.sentence[0], max(hi, word.end)))
            day = resolve_day(key, published, future)
            if day is None:
                continue
            number = next(k for k, s in enumerate(article.sentences) if s.start == word.sentence[0])
            sentence = article.sentences[number]
            evidence = Evidence(article.source, lo, hi, article.text[lo:hi], sentence.start, sentence.end, sentence.text)
            return Occurrence(article.source, concept, day.isoformat(), evidence)
    return None


def different_occurrences(articles: Sequence[Article], cast: Any, labels: dict[str, str] | None = None,
                          lexicon: Any = None) -> DifferentOccurrences | None:
    """The story's central events that the articles date to different days, or ``None``
    (the first part of :func:`event_days`)."""
    return event_days(articles, cast, labels, lexicon)[0]


def event_days(articles: Sequence[Article], cast: Any, labels: dict[str, str] | None = None,
               lexicon: Any = None) -> tuple[DifferentOccurrences | None, str]:
    """What the days the articles give the story's central event say: the outlets that date it to
    different days (a :class:`DifferentOccurrences`, else ``None``), and, when they all date it to
    one day, the articles published before that day (a warning, else ""): an article that
    announces a meeting six days ahead cannot tell what happened there.

    Concepts are tried in :data:`biaslens.events.CONCEPTS` order, among those the story names
    centrally (:func:`biaslens.events.event_naming`); the first dated by at least two articles to
    at least two days is reported; the warning reads the first concept two articles date, all to
    one day. ``labels`` maps sources to the names a reader sees (default: the source, as in every
    warning of the comparison; views put their labels in its place).
    """
    from .events import event_naming, sentence_times, story_event_words

    # Without two publication dates there is nothing to resolve a weekday against: no work at all.
    dated = [a for a in articles if _published(a) is not None]
    if len(dated) < 2 or cast is None:
        return None, ""
    labels = labels or {}
    words = story_event_words(articles, cast, lexicon)
    times = {a.source: sentence_times(a) for a in dated}
    published = {a.source: _published(a) for a in dated}
    one_day: str | None = None
    for naming in event_naming(articles, cast, lexicon=lexicon, words=words):
        found = [o for o in (article_occurrence(a, naming.concept, words[a.source], times[a.source]) for a in dated)
                 if o is not None]
        days = sorted({o.day for o in found})
        if len(days) == 1 and one_day is None:
            one_day = _too_early(naming.concept, [tuple(found)], published, labels).strip()
        if len(days) < 2:
            continue
        groups = sorted((tuple(sorted((o for o in found if o.day == d), key=lambda o: o.source)) for d in days),
                        key=lambda g: (-len(g), g[0].day))
        return DifferentOccurrences(naming.concept, tuple(groups),
                                    _explain(naming.concept, groups, labels)
                                    + _too_early(naming.concept, groups, published, labels)), ""
    return None, one_day or ""


def _too_early(concept: str, groups: Sequence[Sequence[Occurrence]], published: Mapping[str, date | None],
               labels: dict[str, str]) -> str:
    """The articles published before the day another article dates its event: they could not
    report that one, so what they seem to leave out of it is no omission ("" when none). An
    article published on 9 December cannot tell a meeting of 13 December, even when it announces
    that meeting itself ("Ryan will meet with Trump on Thursday"); said only when some article
    reports the event as done (published on or after its day)."""
    noun = NOUNS.get(concept, concept)
    latest = max((g for g in groups), key=lambda g: g[0].day)
    day = date.fromisoformat(latest[0].day)
    early = sorted(source for source, when in published.items() if when is not None and when < day)
    reporters = [labels.get(o.source, o.source) for o in latest if o.source not in early]
    if not early or not reporters:
        return ""
    names = [labels.get(s, s) for s in early]
    who = _and(names)
    when = _day_words(latest[0].day, False)
    verb = "was" if len(names) == 1 else "were"
    announcing = [labels.get(o.source, o.source) for o in latest if o.source in early]
    ahead = (f" (which {_and(announcing)} {'announces' if len(announcing) == 1 else 'announce'} as to come)"
             if announcing else "")
    return (f" {who} {verb} published before {_and(reporters)}'s {noun} of {when}{ahead}, so could not report it: what "
            f"{'it seems' if len(names) == 1 else 'they seem'} to leave out of that {noun} is no omission.")


def _and(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _words_between(text: str, a_end: int, b_start: int, a_start: int, b_end: int) -> int:
    """Words between two spans of ``text`` (either order)."""
    gap = text[a_end:b_start] if a_end <= b_start else text[b_end:a_start]
    return len(gap.split())


def _day_words(iso: str, with_year: bool) -> str:
    day = date.fromisoformat(iso)
    words = f"{WEEKDAYS[day.weekday()].capitalize()} {day.day} {_MONTH_NAMES[day.month - 1]}"
    return f"{words} {day.year}" if with_year else words


def _explain(concept: str, groups: Sequence[Sequence[Occurrence]], labels: dict[str, str]) -> str:
    noun = NOUNS.get(concept, concept)
    with_year = len({o.day[:4] for g in groups for o in g}) > 1
    parts = []
    for k, group in enumerate(groups):
        names = [labels.get(o.source, o.source) for o in group]
        who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        what = ("an " if noun[0] in "aeiou" else "a ") + noun if k == 0 else "one"
        verb = "reports" if len(names) == 1 and k == 0 else ("report" if k == 0 else "")
        parts.append(f"{who} {verb} {what} on {_day_words(group[0].day, with_year)}".replace("  ", " "))
    return (f"{'; '.join(parts)}: they may report different {noun}s, so claims that one outlet left "
            f"something out, or that only one reports it, may compare different {noun}s.")
