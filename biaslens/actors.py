"""Tone toward the main actors of a story: how each outlet's sentences about a person,
organisation or country sound. Pure: reads the analysis and the comparison, writes nothing.

Actors are the entities of the story's cast (:mod:`biaslens.cast`) named in at least two
articles, most widely covered first. A sentence mentions an actor when it holds one of the
cast's mentions of it, under any name ("Takaichi", "Sanae Takaichi", "Prime Minister
Takaichi"). Pronouns are not followed, so "she" sentences do not count: the numbers rest on
sentences that name the actor.
The tone of a mention is its sentence's tone, from the tone extractor (no new scoring).
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import fmean
from typing import Any

from .records import StoryAnalysis

MAX_ACTORS = 8
MIN_ARTICLES = 2
# Heads of names that are venues, prizes or events rather than actors that do or say things.
NOT_ACTOR_HEADS = frozenset(
    "palace prize award summit series cup day street square hall airport station house-guest "
    "guest prefecture agreement accord treaty fund conference games olympics festival".split()
)


@dataclass(frozen=True)
class Mention:
    """One sentence of one article naming an actor, with that sentence's tone."""

    source: str
    start: int
    end: int
    text: str
    tone: float
    vader: float

    def to_dict(self) -> dict[str, Any]:
        """Return the mention as JSON-ready data (offsets into the article's text)."""
        return {"source": self.source, "start": self.start, "end": self.end, "text": self.text,
                "tone": self.tone, "vader": self.vader}


@dataclass(frozen=True)
class ActorTone:
    """An actor, the forms used to find it, and its mentions per article (by source)."""

    actor: str
    forms: tuple[str, ...]
    mentions: tuple[Mention, ...]

    def mean(self, source: str) -> float | None:
        """Mean tone of the sentences of ``source`` that name the actor (``None``: not named)."""
        tones = [m.tone for m in self.mentions if m.source == source]
        return fmean(tones) if tones else None

    def count(self, source: str) -> int:
        """How many sentences of ``source`` name the actor."""
        return sum(1 for m in self.mentions if m.source == source)

    def to_dict(self, sources: tuple[str, ...]) -> dict[str, Any]:
        """Return JSON-ready data: per article the mean tone, count and every mention."""
        return {
            "actor": self.actor,
            "forms": list(self.forms),
            "by_article": {
                s: {"mean_tone": self.mean(s), "sentences": self.count(s),
                    "mentions": [m.to_dict() for m in self.mentions if m.source == s]}
                for s in sources
            },
        }


def actor_tones(analysis: StoryAnalysis, comparison: Any, limit: int = MAX_ACTORS) -> tuple[ActorTone, ...]:
    """Return the story's main actors with the tone of every sentence naming them.

    Actors are the cast's entities (:mod:`biaslens.cast`) named in at least two articles, so
    "Takaichi", "Sanae Takaichi" and "Prime Minister Takaichi" are one actor and "Democratic"
    (an adjective) is none. Empty when there is no comparison (fewer than two articles) or no
    sentence tone.
    """
    cast = getattr(comparison, "cast", None)
    if cast is None or not getattr(comparison, "comparable", False):
        return ()
    candidates = [
        e for e in cast.entities
        if len(e.sources) >= MIN_ARTICLES and not {w.lower() for w in e.name.split()} & NOT_ACTOR_HEADS
    ]
    tones = {
        a.article.source: [(item.start, item.end, float(item.attrs["value"]), float(item.attrs["vader"]))
                           for item in a.items("sentence_tone")]
        for a in analysis.articles
    }
    texts = {a.article.source: a.article.text for a in analysis.articles}
    found = []
    for entity in candidates:
        forms = tuple(sorted({m.text for m in entity.mentions}, key=lambda f: (-len(f), f)))
        starts: dict[str, list[int]] = {}
        for m in entity.mentions:
            starts.setdefault(m.source, []).append(m.start)
        # Only the articles that name the entity: the others have no sentence to look at (a
        # story of 50 articles walked every sentence of every article for every entity).
        mentions = tuple(
            Mention(source, start, end, texts[source][start:end], tone, vader)
            for source in sorted(starts)
            for start, end, tone, vader in tones.get(source, ())
            if any(start <= s < end for s in starts[source])
        )
        if mentions:
            found.append(ActorTone(entity.name, forms, mentions))
    # Most widely covered first, then most often named; ties alphabetically, so output is stable.
    found.sort(key=lambda a: (-len({m.source for m in a.mentions}), -len(a.mentions), a.actor))
    return tuple(found[:limit])
