"""Hedging and sourcing: how much of an article rests on uncertain or second-hand claims.

Cues come from plain word lists (``biaslens/lexicons/``; format in :mod:`biaslens.hedging`):

* epistemic hedges ("may", "is expected to", "appears to"): the writer is not certain;
* sourcing hedges ("reportedly", "according to Reuters", "analysts believe"): the claim is
  passed on from someone else, named, vague or anonymous;
* boosters ("clearly", "historic", "landmark"): the opposite, certainty and intensity.

Per kind the article gets cues per 100 sentences and the share of sentences with at least one
cue; sourcing also gets the share of its cues that name their source. Every cue is reported as
an item (``kind="hedge"``; ``quoted`` is true inside a quotation, ``reported`` inside a view the sentence gives to someone else without quotation marks: a clause
reported from someone, with or without "that", a comma-set or closing attribution, a feeling or
belief someone holds, or a list a lead-in hands to someone else, as in "talking points circulated
by Democrats:"; see docs/HEDGES.md). An epistemic hedge or booster that is ``reported`` and not quoted is
that person's doubt or certainty, not the writer's: it is listed but not counted in the rates; every other
cue is an evidence span on the features of its kind. Sentences include the headline: a hedged headline
("X may ...") is part of how the story is told.

Settings: ``extra_lexicons`` lists paths of the user's own lexicon files, whose
``# kind:`` header or file name says the kind.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from ..hedging import KINDS, Cue, CueMatcher, build_matcher, held_by_someone
from ..loaded import in_passage_from_others, in_reported_clause, in_said_clause, in_told_aside, opens_said_clause
from ..quotes import quote_spans
from ..records import Article, ExtractorOutput, FeatureScore, FeatureSpec, Item, Span
from .base import Extractor

_KIND_WORDS = {
    "epistemic": ("epistemic hedge", "language that shows the writer is not certain (may, might, is expected to, appears to)"),
    "sourcing": ("sourcing hedge", "claims passed on from someone else or from no one in particular (reportedly, according to, analysts believe)"),
    "booster": ("booster", "certainty and intensity words that present a claim as beyond doubt or extraordinary (clearly, historic, landmark)"),
}
_HIGHER = {
    "epistemic": "more of the article is written with uncertainty about what happened or will happen",
    "sourcing": "more of the article rests on claims passed on from others rather than checked by the writer",
    "booster": "more of the article presents claims as certain, extraordinary or historic",
}


def _specs() -> tuple[FeatureSpec, ...]:
    specs: list[FeatureSpec] = []
    for kind in KINDS:
        word, what = _KIND_WORDS[kind]
        title = word[0].upper() + word[1:]
        specs.append(FeatureSpec(
            f"hedging.{kind}_per_100",
            f"{title}s per 100 sentences",
            f"How many {word}s the article uses for every 100 sentences: {what}.",
            _HIGHER[kind],
            "cues per 100 sentences",
            0.0,
            None,
        ))
        specs.append(FeatureSpec(
            f"hedging.{kind}_share",
            f"Sentences with {'an' if word[0] in 'aeiou' else 'a'} {word}",
            f"The share of sentences that contain at least one {word}: {what}.",
            _HIGHER[kind],
            "share of sentences, 0 to 1",
            0.0,
            1.0,
        ))
    specs.append(FeatureSpec(
        "hedging.named_source_share",
        "Sourcing hedges that name their source",
        "Of the claims passed on from someone else, the share whose source is named (Reuters, the White House) "
        "rather than vague (analysts, officials) or anonymous (reportedly, sources say). Empty when there is none.",
        "the second-hand claims can more often be checked against a named source",
        "share of sourcing cues, 0 to 1",
        0.0,
        1.0,
        computed_over="sourcing cues",
    ))
    return tuple(specs)


class HedgingExtractor(Extractor):
    """Epistemic hedges, sourcing hedges (named / vague / anonymous) and boosters, per sentence.

    ``extra_lexicons``: paths of user lexicon files added to the built-in lists (see
    :mod:`biaslens.hedging` for the format). Lists are compiled once, on first use.
    """

    name = "hedging"
    version = "6"  # 6: rates leave out hedges and boosters inside views given to others
    features = _specs()

    def __init__(self, extra_lexicons: Sequence[str] = ()) -> None:
        """Store the extra lexicon paths; nothing is read until the first article is scored."""
        # A lone string would otherwise become one "path" per character.
        self.extra_lexicons = (str(extra_lexicons),) if isinstance(extra_lexicons, (str, Path)) else tuple(
            str(path) for path in extra_lexicons)
        self._matcher: CueMatcher | None = None

    def data_files(self) -> tuple[Path, ...]:
        """The user's lexicon files: editing one changes the cues found, so stored results key on it."""
        return tuple(Path(p) for p in self.extra_lexicons)

    def check_params(self) -> None:
        """Raise ``ValueError`` when an extra lexicon is not a readable file (a settings error)."""
        for path in self.extra_lexicons:
            if not Path(path).is_file():
                raise ValueError(f"extra_lexicons: {path}: no such file")

    def matcher(self) -> CueMatcher:
        """Return the compiled matcher (built-in lists plus ``extra_lexicons``), built once."""
        if self._matcher is None:
            self._matcher = _shared_matcher(tuple(_stamp(Path(p)) for p in self.extra_lexicons))
        return self._matcher

    def find(self, article: Article) -> list[tuple[int, Cue]]:
        """Return ``(sentence index, cue)`` for every cue in the article, in text order."""
        matcher = self.matcher()
        return [
            (sentence.index, cue)
            for sentence in article.sentences
            for cue in matcher.find(article.text, sentence.start, sentence.end)
        ]

    def score(self, article: Article) -> ExtractorOutput:
        """Count cues per kind over the article's sentences (headline included).

        An epistemic hedge or booster inside a view the article gives to someone else without
        quotation marks (``reported``: "Schoen contends the superdelegates may switch") is that
        person's doubt or certainty, not the writer's: it is listed, marked as theirs, but left out
        of the rates, as loaded words in a reported clause are. Quoted cues count (the speaker's own
        words, printed), and so does every sourcing cue (a view passed on is passed on)."""
        found = self.find(article)
        quotes = quote_spans(article)
        marks = [(any(a <= cue.start and cue.end <= b for a, b in quotes), _reported(article, index, cue))
                 for index, cue in found]
        counted = [(index, cue) for (index, cue), (quoted, reported) in zip(found, marks)
                   if counts_in_rates(cue.kind, quoted, reported)]
        n = len(article.rate_sentences)
        basis = article.rate_basis()
        scores: list[FeatureScore] = []
        for kind in KINDS:
            cues = [(index, cue) for index, cue in counted if cue.kind == kind]
            theirs = sum(1 for index, cue in found if cue.kind == kind) - len(cues)
            spans = tuple(_span(article, cue) for _, cue in cues)
            word = _KIND_WORDS[kind][0]
            with_cue = len({index for index, _ in cues})
            if n == 0:
                empty = "No sentences to measure."
                scores.append(FeatureScore(f"hedging.{kind}_per_100", None, (), 0, empty))
                scores.append(FeatureScore(f"hedging.{kind}_share", None, (), 0, empty))
                continue
            per_100 = 100.0 * len(cues) / n
            left_out = (f" {theirs} more {'lies' if theirs == 1 else 'lie'} in views the article gives to others "
                        f"(not counted).") if theirs else ""
            scores.append(FeatureScore(
                f"hedging.{kind}_per_100",
                per_100,
                spans,
                n,
                f"{len(cues)} {word}{'' if len(cues) == 1 else 's'} in {basis}, "
                f"{per_100:.1f} per 100 sentences{_examples(cues)}.{left_out}",
            ))
            scores.append(FeatureScore(
                f"hedging.{kind}_share",
                with_cue / n,
                spans,
                n,
                f"{with_cue} of {basis} contain {'an' if word[0] in 'aeiou' else 'a'} {word}.{left_out}",
            ))
        scores.append(_named_share(article, [cue for _, cue in found if cue.kind == "sourcing"]))
        # A cue inside a quotation is the speaker's ("I think", "I don't believe"), and one inside a
        # clause reported from someone ("Mediaite argues that it might be") is theirs: both are marked
        # so no answer calls them the writer's.
        items = [
            Item("hedge", cue.start, cue.end, cue.text, {
                "cue_kind": cue.kind,
                "cue": cue.lemma,
                "source": cue.source,
                "source_type": cue.source_type,
                "quoted": quoted,
                "reported": reported,
            })
            for (index, cue), (quoted, reported) in zip(found, marks)
        ]
        return self.output(scores, items)


def counts_in_rates(cue_kind: str, quoted: bool, reported: bool) -> bool:
    """Whether a hedge item counts in its kind's rates: every sourcing cue and every quoted cue; an
    epistemic hedge or booster only outside a view the article gives to someone else (``reported``
    and not quoted: "Schoen contends the delegates may switch" is Schoen's doubt, not the writer's)."""
    return cue_kind == "sourcing" or quoted or not reported


def _reported(article: Article, index: int, cue: Cue) -> bool:
    """Whether ``cue`` (in sentence ``index``) lies in a view the sentence gives to someone else.

    A clause reported from someone, with or without "that", a comma-set or closing attribution, a
    feeling or belief someone holds ("Akin said he ... believed he could win", "leaders nervous the
    controversy could", "he said, going on to suggest"), or a list handed to someone else ("talking
    points circulated by Democrats ...:"). "This, I predict, will not end well": the writer's own
    guess, in the writer's voice."""
    if _first_person(cue.text):
        return False
    sentence = article.sentences[index]
    text = article.text
    return (in_reported_clause(text, sentence.start, cue.start, loaded_verbs=True)
            or opens_said_clause(text, sentence.start, cue.start)
            or in_passage_from_others(text, cue.start)
            or (cue.kind != "sourcing" and (
                in_said_clause(text, sentence.start, cue.start)
                or in_told_aside(text, sentence.start, sentence.end, cue.start)
                or held_by_someone(text, sentence.start, cue.start, sentence.end))))


def _first_person(cue_text: str) -> bool:
    """Whether a cue opens with the speaker's own "I" or "we" ("I predict", "we believe")."""
    return cue_text.split()[0].lower() in {"i", "we"} if cue_text.split() else False


def _span(article: Article, cue: Cue) -> Span:
    label = cue.kind if cue.source_type is None else f"{cue.kind} ({cue.source_type} source)"
    return article.span(cue.start, cue.end, label, cue.note)


def _examples(cues: list[tuple[int, Cue]]) -> str:
    lemmas = list(dict.fromkeys(f"'{' '.join(cue.text.split())}'" for _, cue in cues))
    if not lemmas:
        return ""
    shown = ", ".join(lemmas[:3])
    return f" ({shown}{', ...' if len(lemmas) > 3 else ''})"


def _named_share(article: Article, cues: list[Cue]) -> FeatureScore:
    name = "hedging.named_source_share"
    if not cues:
        return FeatureScore(name, None, (), 0, "No claim is passed on from a source, so there is nothing to compare.")
    named = [cue for cue in cues if cue.source_type == "named"]
    vague = sum(1 for cue in cues if cue.source_type == "vague")
    anonymous = len(cues) - len(named) - vague
    spans = tuple(_span(article, cue) for cue in named + [c for c in cues if c.source_type != "named"])
    explanation = (
        f"{len(named)} of {len(cues)} sourcing cues name their source; {vague} are vague "
        f"and {anonymous} anonymous."
    )
    return FeatureScore(name, len(named) / len(cues), spans, len(cues), explanation)


__all__ = ["HedgingExtractor", "counts_in_rates"]


def _stamp(path: Path) -> tuple[str, int, int]:
    """A lexicon file's path, modification time and size: an edited file gets a new matcher."""
    try:
        info = os.stat(path)
    except OSError:
        return (str(path), -1, -1)  # build_matcher names the missing file itself
    return (str(path), info.st_mtime_ns, info.st_size)


@lru_cache(maxsize=8)
def _shared_matcher(stamps: tuple[tuple[str, int, int], ...]) -> CueMatcher:
    # Compiling the cue lists takes about 25 ms, and a scheduled run builds the extractors anew
    # for every story: one matcher per set of lexicon files serves every story of the process.
    return build_matcher([Path(path) for path, _, _ in stamps])
