"""What kind of text an article is: an opinion piece, or a preview written before the event. Pure.

A teacher comparing tone and word choice must know when one outlet's text argues rather than
reports, or tells the event before it happened: its loaded words are its writer's argument, and
what it "leaves out" is what had not happened yet. Both are read from the writer's own words
(outside quotations, :func:`biaslens.quotes.quote_spans`), each with the spans that show it.

* **Opinion** (:func:`opinion_reading`): the writer speaks as a person. Its signs, outside
  quotations: the first person singular ("I", "my", "me"), the first person plural the writer
  speaks for ("we", "our", "us": an editorial board, "the country we live in"), the reader
  addressed ("you", "your"), a question the writer asks, and a column or opinion label opening
  the text ("Opinion:", "EDITORIAL |"). News reports speak in none of these: what a reporter
  asks or what "we" think is inside a quotation. A label alone decides; otherwise
  :data:`MIN_SIGNED_SENTENCES` sentences with a sign, at least :data:`MIN_SIGNED_SHARE` of the
  body (measured in ``evaluation/eval_genre.py``).
* **Preview** (:func:`preview_reading`): the article's lead tells what will happen ("will
  spearhead", "is expected to", "plans to") while the other articles' leads tell what happened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from .records import Article, Sentence, per_article
from .text import paragraph_spans

#: An opinion piece has at least this many body sentences with a sign of the writer's own person
#: (``evaluation/eval_genre.py``: with one, a news report's one stray "we" or question would count).
MIN_SIGNED_SENTENCES = 2
#: ... and at least this share of its body sentences (see ``evaluation/eval_genre.py``).
MIN_SIGNED_SHARE = 0.1
#: A writer who says "I" in this many sentences speaks as a person whatever the share: a
#: columnist's "the experts I interviewed" (news reports put a reporter's "I" in quotations).
MIN_FIRST_PERSON_SENTENCES = 3

#: The writer as a person: "I" before a lower-case word or a contraction (not "World War I",
#: "Title I funds"), and "my", "me", "myself", "mine" in lower case or opening a sentence.
_FIRST_SINGULAR = re.compile(r"\bI(?=\s+[a-z]|['’](?:m|ve|d|ll)\b)|\b(?:[Mm]y|me|myself)\b")
#: "I" after a capitalised word inside a sentence is a numeral of a name: "World War I", "Title I".
_ROMAN_AFTER = re.compile(r"\S\s+[A-Z][\w.'’-]*\s+$")
#: The writer speaking for a group: "we", "our", "ourselves", "us" (never "US", the country).
_FIRST_PLURAL = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Oo]urs|ourselves|us)\b(?!\.S\.)")
#: The reader addressed.
_SECOND_PERSON = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Yy]ours|yourself|yourselves)\b")
#: The writer's own verdict on what is said, an adverb a report leaves to its sources: "of
#: course", "surely", "frankly", "sadly", "admittedly", "arguably", "to be sure".
_STANCE = re.compile(r"\b(?:[Oo]f course|[Ss]urely|[Ff]rankly|[Ss]adly|[Uu]nfortunately|[Ff]ortunately|[Aa]dmittedly|"
                     r"[Aa]rguably|[Cc]ertainly|[Nn]eedless to say|[Tt]o be sure|[Oo]bviously)\b")
#: A web page's invitation to comment, which addresses the reader without arguing: "tell us whether
#: you think it crosses a line", "Do you support Dr. Ben Carson?", "Let us know in the comments".
_INVITATION = re.compile(r"\b(?:tell|let)\s+us\b|\bin the comments\b|\bshare your\b|"
                         r"^\W*(?:do|would|should|did|what do|will)\s+you\s+(?:think|support|agree|believe|vote|like)\b",
                         re.I)
#: A label that opens an opinion piece: "Opinion:", "EDITORIAL |", "Column —", "Op-Ed:".
_OPINION_LABEL = re.compile(r"\W*(?:opinion|editorial|commentary|column|op-ed|viewpoint|perspective)\s*[:|—–-]",
                            re.I)

#: Words that tell what will happen, in the writer's own words: "will", "is expected to", "plans
#: to", "is set to", "is scheduled to", "is due to", "is poised to", "aims to" ("would" is not
#: here: it is also the past of a reported "will" and a condition). A time to come ("next month",
#: "later this month") is not either: a story about a coming primary or debate tells it as news
#: (BASIL's Newsmax debate, PolNeAR's California poll were flagged with it, and are no previews).
_FUTURE = re.compile(r"\b(?:will|['’]ll|(?:is|are|was|were)\s+(?:expected|set|scheduled|due|poised|slated|"
                     r"going)\s+to|plans?\s+to|intends?\s+to|aims?\s+to)\b", re.I)
#: A headline in the form "Obama to frame election as ...": a name, then "to" and a verb.
_HEADLINE_FUTURE = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+to\s+[a-z]+\b")
#: The lead: its first sentences are what a reader takes the article to tell.
LEAD_SENTENCES = 6
#: A preview has at least this share of its lead's sentences telling what will happen ...
MIN_FUTURE_SHARE = 0.5
#: ... and every other article at most this share (they tell the event as done).
MAX_OTHERS_FUTURE_SHARE = 0.2


#: The kind of sign of the writer's "I".
FIRST_PERSON = "the writer's first person"


@dataclass(frozen=True)
class GenreSign:
    """One sign of what kind of text an article is: offsets into ``Article.text``, its words and
    what it shows ("first person", "the reader addressed", "a question of the writer's", ...)."""

    start: int
    end: int
    text: str
    kind: str


@dataclass(frozen=True)
class GenreReading:
    """An article read as an opinion piece or a preview: the signs, how many of ``sentences``
    body sentences hold one, and a one-line explanation a teacher can check against the spans."""

    genre: str
    signs: tuple[GenreSign, ...]
    signed: int
    sentences: int
    explanation: str


def _masked(article: Article) -> str:
    """``article.text`` with every quotation blanked (same length): what is left is the writer's."""
    from .quotes import quote_spans

    chars = list(article.text)
    spans = [(max(0, lo - 1), min(len(chars), hi + 1)) for lo, hi in quote_spans(article)]
    # The marks around the quotation go too, so a "?" closing it is the speaker's. A paragraph
    # after one that ends in a colon ("Limbaugh added:") is a block quotation, set without marks.
    paragraphs = paragraph_spans(article.text)
    spans += [here for before, here in zip(paragraphs, paragraphs[1:])
              if article.text[before[0]:before[1]].rstrip().endswith(":")]
    for lo, hi in spans:
        chars[lo:hi] = " " * (hi - lo)
    return "".join(chars)


@per_article
def opinion_signs(article: Article) -> tuple[GenreSign, ...]:
    """Every sign in ``article``'s body, outside quotations, that its writer speaks as a person:
    the first person, the reader addressed, a question the writer asks; and a column or opinion
    label opening the text. In text order."""
    masked = _masked(article)
    signs: list[GenreSign] = []
    body = article.body_sentences
    # The label stands on the headline's line or the first line after it.
    for lo, _ in paragraph_spans(article.text)[:2]:
        label = _OPINION_LABEL.match(article.text, lo)
        if label:
            signs.append(GenreSign(label.start(), label.end(), label.group(), "an opinion label"))
    for sentence in body:
        own = masked[sentence.start:sentence.end]
        if _INVITATION.search(own):
            continue
        for pattern, kind in ((_FIRST_SINGULAR, FIRST_PERSON),
                              (_FIRST_PLURAL, "a \u201cwe\u201d the writer speaks for"),
                              (_SECOND_PERSON, "the reader addressed"),
                              (_STANCE, "the writer's own verdict")):
            for match in pattern.finditer(own):
                if match.group() == "I" and _ROMAN_AFTER.search(own, 0, match.start()):
                    continue
                lo, hi = sentence.start + match.start(), sentence.start + match.end()
                signs.append(GenreSign(lo, hi, article.text[lo:hi], kind))
        stripped = own.rstrip()
        if stripped.endswith("?"):
            lo = sentence.start
            signs.append(GenreSign(lo, sentence.start + len(stripped), article.text[lo:sentence.start + len(stripped)],
                                   "a question the writer asks"))
    return tuple(sorted(set(signs), key=lambda s: (s.start, s.end, s.kind)))


def opinion_reading(article: Article) -> GenreReading | None:
    """``article`` read as an opinion piece (see the module's docstring), else ``None``."""
    signs = opinion_signs(article)
    body = article.body_sentences
    if not body:
        return None
    labelled = [s for s in signs if s.kind == "an opinion label"]
    signed = len(_sentences_with(body, signs))
    share = signed / len(body)
    singular = len(_sentences_with(body, [s for s in signs if s.kind == FIRST_PERSON]))
    if not labelled and singular < MIN_FIRST_PERSON_SENTENCES and (
            signed < MIN_SIGNED_SENTENCES or share < MIN_SIGNED_SHARE):
        return None
    # Most frequent first, ties by name: a set's order changes from run to run, the report must not.
    kinds = sorted({s.kind for s in signs}, key=lambda k: (-sum(1 for s in signs if s.kind == k), k))
    how = (f"it opens with a label ({labelled[0].text.strip()!r})" if labelled else
           f"{signed} of its {len(body)} sentences speak in the writer's own person outside quotations "
           f"({', '.join(kinds)})")
    return GenreReading("opinion", signs, signed, len(body), how)


def _sentences_with(body: Sequence[Sentence], signs: Sequence[GenreSign]) -> list[Sentence]:
    """The sentences of ``body`` that hold at least one of ``signs``."""
    return [s for s in body if any(s.start <= g.start < s.end for g in signs)]


@per_article
def future_signs(article: Article) -> tuple[GenreSign, ...]:
    """The words of ``article``'s headline and lead (:data:`LEAD_SENTENCES`), outside quotations,
    that tell what will happen: "will", "is expected to", "plans to", a headline "X to do"."""
    masked = _masked(article)
    signs: list[GenreSign] = []
    if article.title_span:
        lo, hi = article.title_span
        head = _HEADLINE_FUTURE.match(masked[lo:hi])
        if head:
            signs.append(GenreSign(lo, lo + head.end(), article.text[lo:lo + head.end()], "the headline"))
    for sentence in article.body_sentences[:LEAD_SENTENCES]:
        own = masked[sentence.start:sentence.end]
        for match in _FUTURE.finditer(own):
            lo, hi = sentence.start + match.start(), sentence.start + match.end()
            signs.append(GenreSign(lo, hi, article.text[lo:hi], "the lead"))
    return tuple(signs)


def future_share(article: Article) -> float:
    """Share of ``article``'s lead sentences that tell what will happen (0 without a body)."""
    lead = article.body_sentences[:LEAD_SENTENCES]
    if not lead:
        return 0.0
    signs = [s for s in future_signs(article) if s.kind == "the lead"]
    return len(_sentences_with(lead, signs)) / len(lead)


def preview_reading(article: Article, others: Sequence[Article]) -> GenreReading | None:
    """``article`` read as a preview of the event the ``others`` report as done: at least
    :data:`MIN_FUTURE_SHARE` of its lead tells what will happen, and no other article's lead more
    than :data:`MAX_OTHERS_FUTURE_SHARE`. ``None`` otherwise, and without others to compare."""
    if not others:
        return None
    share = future_share(article)
    lead = article.body_sentences[:LEAD_SENTENCES]
    if share < MIN_FUTURE_SHARE or max(future_share(o) for o in others) > MAX_OTHERS_FUTURE_SHARE:
        return None
    signs = future_signs(article)
    signed = len(_sentences_with(lead, [s for s in signs if s.kind == "the lead"]))
    how = (f"{signed} of its first {len(lead)} sentences tell what will happen, while the other articles' "
           "first sentences tell what happened")
    return GenreReading("preview", signs, signed, len(lead), how)
