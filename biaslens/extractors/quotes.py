"""Quotes and voices: how much of an article is other people's words, whose, and how introduced.

Quotations, speakers and reporting verbs come from :mod:`biaslens.quotes` (rules and the
reporting-verb list in ``lexicons/reporting_verbs.txt``). Each quoted segment becomes an
``Item(kind="quote")`` whose offsets cover the quoted words, quotation marks excluded.
Measured on PolNeAR dev (US political news): see ``evaluation/eval_quotes.py``.
"""

from __future__ import annotations

from bisect import bisect_right

from ..cast import DOCUMENT_NOUNS
from ..quotes import Quote, find_quotes, same_voice
from ..records import Article, ExtractorOutput, FeatureScore, FeatureSpec, Item
from ..text import word_spans
from .base import Extractor

EVIDENCE_LIMIT = 5


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


# Documents that report findings ('according to the poll', 'A legal opinion ... concluded', 'the
# inspector general's report'), not someone's own words: a statement, a memo, a letter, an ad or a
# post stands for its unnamed author ('reads a statement from Senator Reid's office'), who is quoted.
_FINDINGS = DOCUMENT_NOUNS & frozenset("poll survey study report opinion ruling indictment lawsuit suit "
                                       "complaint affidavit".split())


def _names_a_document(speaker: str) -> bool:
    """True for a speaker named only by a document of findings ('the poll', 'A legal opinion', 'the
    report'): its words are quoted, but it is no person or organisation, so it is not counted among
    the people quoted. (A document a person wrote is already that person's: 'Obama's statement' is
    Obama.)"""
    return speaker.split()[-1].lower().strip(".,") in _FINDINGS


class QuotesExtractor(Extractor):
    """Direct quotations: count, density, distinct speakers, unattributed share.

    Loaded verbs of saying are counted once, by the loaded-language extractor
    (``loaded.saying_verbs``), so the table, the marks in the text and the worksheet agree.
    """

    name = "quotes"
    version = "2"
    features = (
        FeatureSpec(
            "quotes.count",
            "Quotations",
            "How many direct quotations (words inside quotation marks) the article has; a quote printed twice counts once.",
            "the article quotes people more often",
            "quotations",
            0.0,
            None,
            "quotations",
        ),
        FeatureSpec(
            "quotes.per_100_sentences",
            "Quotations per 100 sentences",
            "Direct quotations for every 100 sentences, so long and short articles can be compared.",
            "quotations are more frequent",
            "per 100 sentences",
            0.0,
            None,
        ),
        FeatureSpec(
            "quotes.quoted_word_share",
            "Share of words quoted",
            "The share of the article's words that sit inside quotation marks: other people's words rather than the writer's.",
            "more of the article is in other people's words",
            "share of words (0-1)",
            0.0,
            1.0,
            "words",
        ),
        FeatureSpec(
            "quotes.distinct_speakers",
            "People quoted",
            "How many different people or organisations are quoted directly.",
            "the article gives more voices",
            "speakers",
            0.0,
            None,
            "quotations",
        ),
        FeatureSpec(
            "quotes.unattributed_share",
            "Quotations without a speaker",
            "The share of quotations for which no speaker could be found in the text (scare quotes, titles, or "
            "quotes the article does not attribute).",
            "more quotations have no clear speaker",
            "share of quotations (0-1)",
            0.0,
            1.0,
            "quotations",
        ),
    )

    def score(self, article: Article) -> ExtractorOutput:
        """Find the quotations of ``article`` and score them; items are the quoted segments."""
        quotes = find_quotes(article)
        items = [self._item(q) for q in quotes]
        first_segments: dict[int, Quote] = {}
        for q in quotes:
            if q.repeat_of is None:
                first_segments.setdefault(q.quote_id, q)
        counted = list(first_segments.values())
        n = len(counted)
        full = sum(1 for q in counted if q.kind == "full")
        quote_evidence = tuple(
            article.span(q.start, q.end, q.kind, f"quoted; speaker: {q.speaker or 'unknown'}") for q in counted[:EVIDENCE_LIMIT]
        )
        sentences = len(article.rate_sentences)
        words = word_spans(article.text)
        quoted = sorted((q.start, q.end) for q in quotes if q.repeat_of is None)
        in_quotes = _words_inside(words, quoted)

        scores = [
            FeatureScore(
                "quotes.count",
                float(n) if article.text.strip() else None,
                quote_evidence,
                n,
                f"{_plural(n, 'quotation')}: {full} full statement{'s' if full != 1 else ''} and "
                f"{n - full} short partial quote{'s' if n - full != 1 else ''} (a phrase in quotation marks)"
                + (f"; {len(quotes) - len(quoted)} repeated segment(s) counted once" if len(quotes) != len(quoted) else "")
                + ".",
            ),
            FeatureScore(
                "quotes.per_100_sentences",
                100.0 * n / sentences if sentences else None,
                quote_evidence,
                sentences,
                f"{_plural(n, 'quotation')} in {article.rate_basis()}." if sentences else "The article has no sentences.",
            ),
            FeatureScore(
                "quotes.quoted_word_share",
                in_quotes / len(words) if words else None,
                quote_evidence,
                len(words),
                f"{in_quotes} of {_plural(len(words), 'word')} are inside quotation marks." if words else "The article has no words.",
            ),
        ]
        speakers: dict[str, Quote] = {}
        named = {q.speaker for q in counted if q.speaker is not None}
        for q in counted:
            if q.speaker is not None and not _names_a_document(q.speaker):
                speakers.setdefault(same_voice(q.speaker, named), q)
        speaker_evidence = tuple(
            article.span(q.speaker_span[0], q.speaker_span[1], "speaker", f"names {q.speaker}")
            if q.speaker_span else article.span(q.start, q.end, "speaker", f"quote by {q.speaker}")
            for q in list(speakers.values())[:EVIDENCE_LIMIT]
        )
        names = ", ".join(sorted(speakers))
        scores.append(FeatureScore(
            "quotes.distinct_speakers",
            float(len(speakers)) if article.text.strip() else None,
            speaker_evidence,
            n,
            f"{_plural(len(speakers), 'speaker')} quoted directly" + (f": {names}." if names else "."),
        ))
        unattributed = [q for q in counted if q.speaker is None]
        scores.append(FeatureScore(
            "quotes.unattributed_share",
            len(unattributed) / n if n else None,
            tuple(article.span(q.start, q.end, q.kind, "no speaker found") for q in unattributed[:EVIDENCE_LIMIT]),
            n,
            f"{len(unattributed)} of {_plural(n, 'quotation')} have no speaker named in the text." if n
            else "The article has no quotations.",
        ))
        return self.output(scores, items)

    @staticmethod
    def _item(q: Quote) -> Item:
        return Item(
            "quote",
            q.start,
            q.end,
            q.text,
            {
                "speaker": q.speaker,
                "verb": q.verb,
                "verb_stance": q.verb_stance,
                "verb_span": list(q.verb_span) if q.verb_span else None,
                "kind": q.kind,
                "role": q.role,
                "speaker_span": list(q.speaker_span) if q.speaker_span else None,
                "quote_id": q.quote_id,
                "repeat_of": q.repeat_of,
            },
        )


__all__ = ["QuotesExtractor"]


def _words_inside(words: list[tuple[int, int]], spans: list[tuple[int, int]]) -> int:
    """Count the words lying wholly inside one of ``spans`` (sorted by start).

    A word is inside some span exactly when the furthest end among the spans starting at or
    before it reaches its end: one bisection per word, not one test per word and span.
    """
    starts = [s for s, _ in spans]
    reach: list[int] = []
    for _, end in spans:
        reach.append(max(end, reach[-1]) if reach else end)
    count = 0
    for ws, we in words:
        k = bisect_right(starts, ws)
        if k and reach[k - 1] >= we:
            count += 1
    return count
