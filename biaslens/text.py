"""Pure text utilities with character offsets: paragraphs, sentences, words.

Nothing here changes a text; every function returns offsets into the string it was given.

Sentence splitting uses nupunkt (Punkt trained on legal and news text, shipped with its
model, no download). It keeps ``"Is this the end?" she asked``, ``Mr. President``,
``U.S.``, ``Jan. 15`` and ``$550 billion`` whole, which pysbd also does at ~30x the cost and
NLTK's Punkt does not without downloaded data. Paragraph breaks (newlines) always end a
sentence, because headlines and subheadings in news carry no final full stop.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from .records import Sentence

_PARAGRAPH = re.compile(r"[^\n]+")
# A word: letters/digits, allowing inner apostrophes, hyphens and dots (U.S., Japan's, 15%).
_WORD = re.compile(r"[^\W_]+(?:[’'.\-]{1,2}[^\W_]+)*", re.UNICODE)


# The characters beyond ASCII that re.IGNORECASE matches to an ASCII letter (the dotted capital
# I and the dotless i, the long s, the Kelvin sign), folded to it; lower() does the rest and
# changes no other character into ASCII.
_ASCII_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def ascii_folded(text: str) -> str:
    """``text`` lower-cased, with every character a case-blind regular expression matches to an
    ASCII letter folded to that letter: an ASCII word absent from ``ascii_folded(text)`` cannot be
    matched in ``text`` by a case-blind search, so such a search can be skipped (a test in C)."""
    return text.translate(_ASCII_FOLD).lower()


def line_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every non-empty line of ``text``, untrimmed.

    A paragraph of a cleaned article is one line; a line of spaces only is returned too.
    """
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every non-blank line, trimmed of surrounding spaces."""
    spans = []
    for line_start, line_end in line_spans(text):
        start, end = _trim(text, line_start, line_end)
        if start < end:
            spans.append((start, end))
    return spans


@lru_cache(maxsize=1)
def _sentence_splitter():  # type: ignore[no-untyped-def]
    # Imported lazily: loading the model costs ~0.1 s, paid once per process.
    import nupunkt

    return nupunkt.sent_spans


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """Split ``text`` into sentences with offsets; newlines always end a sentence.

    Returns :class:`Sentence` records whose ``text == text[start:end]`` and whose
    ``paragraph`` is the index of the line they sit on.
    """
    sent_spans = _sentence_splitter()
    sentences: list[Sentence] = []
    for paragraph_index, (p_start, p_end) in enumerate(paragraph_spans(text)):
        chunk = text[p_start:p_end]
        pieces: list[tuple[int, int]] = []
        for s_start, s_end in sent_spans(chunk):
            start, end = _trim(text, p_start + s_start, p_start + s_end)
            if start >= end:
                continue
            if pieces and (_continues(text, start) or _ends_with_title(text, pieces[-1][1])):
                pieces[-1] = (pieces[-1][0], end)
            else:
                pieces.append((start, end))
        for start, end in pieces:
            sentences.append(Sentence(len(sentences), start, end, text[start:end], paragraph_index))
    return tuple(sentences)


# A title before a name never ends a sentence. Punkt knows these, except right after an opening
# quotation mark or bracket (seed 000 cut "“Mr." from "President succeeded ...").
# Plural titles too: "former Sens. John Ashcroft, Kit Bond ..." (issue #13: a split after
# "Sens." made a list of names a sentence of its own, with a tone).
_TITLE_AT_END = re.compile(
    r"(?:^|[\s\"'“‘(\[])(?:Mr|Mrs|Ms|Mx|Messrs|Dr|Drs|Prof|Sens?|Reps?|Govs?|Gens?|Lt|Col|Sgt|Capt|Rev|Hon|Pres|Amb|Supt|Adm|Cmdr)\.$"
)


def _ends_with_title(text: str, end: int) -> bool:
    """True when the piece ending at ``end`` ends with a title abbreviation ("“Mr.", "(Dr.")."""
    return _TITLE_AT_END.search(text, max(0, end - 8), end) is not None


def _continues(text: str, start: int) -> bool:
    """True when a split before ``start`` cut a sentence: the next piece opens in lower case.

    Punkt splits after abbreviations it does not know ("the Japan-U.S. alliance"); a news
    sentence never opens with a lowercase word, except brand names like "iPhone".
    """
    first = text[start]
    if not first.islower():
        return False
    following = text[start + 1 : start + 2]
    return not (following and following.isupper())


def word_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every word in ``text[start:end]``, as offsets into ``text``."""
    stop = len(text) if end is None else end
    return [(m.start(), m.end()) for m in _WORD.finditer(text, start, stop)]


def find_words(text: str) -> list[str]:
    """Return the words of ``text`` (same rule as :func:`word_spans`), without offsets."""
    return _WORD.findall(text)


def count_words(text: str) -> int:
    """Count the words of ``text`` with the same rule as :func:`word_spans`."""
    return sum(1 for _ in _WORD.finditer(text))


# Words of four characters or more, as [A-Za-z][\w’'-]* matches them (a shorter word cannot
# hide a longer match inside it: every match inside a word ends where the word ends).
_LONG_HEADING_WORD = re.compile(r"[A-Za-z][\w’'-]{3,}")
# What ends a sentence a writer wrote as part of the story (a heading ends with none of these).
_SENTENCE_FINAL = (".", "!", "?", ":", ";", ",", "\u201d", '"', "'", "\u2019", ")")
#: A line of at most this many words without final punctuation reads as a subheading.
SUBHEADING_MAX_WORDS = 10


def heading_flags(sentences: Sequence[Sentence], title_end: int = -1) -> list[bool]:
    """For each sentence, True when it reads as a heading (:func:`is_heading`) and no prose sentence
    of its paragraph comes before it.

    A sentence after another one of the same paragraph is part of the prose even when names fill
    it and its final stop is missing ("The statement came from Missouri Sen. Roy Blunt, and
    former Sens. John Ashcroft, Kit Bond, John Danforth and Jim Talent", issue #13). A headline
    (the sentences before ``title_end``) is read piece by piece, as before: "Boehner Sees
    One-in-Three Chance G.O.P." | "Will Lose House" is no prose.
    """
    flags: list[bool] = []
    for k, s in enumerate(sentences):
        # (A headline cut in two, "Obama: Democrats Could Lose House", stays a heading.)
        prose_before = (k > 0 and s.start >= title_end and sentences[k - 1].paragraph == s.paragraph
                        and not flags[k - 1])
        flags.append(is_heading(s.text) and not prose_before)
    return flags


# A line wrapped in dashes (en, em or a spaced hyphen), perhaps with a stop after: "– Dimming limelight –.".
_DASHED_HEAD = re.compile(r"(?:[–—]|-{1,2})\s*(?P<head>[^\s–—\-][^–—]*?[^\s–—\-])\s*(?:[–—]|-{1,2})\s*\.?")


def _dashed_head(text: str) -> bool:
    """Whether ``text`` is a wire's section head, set off by a dash on each side ("– Framing the battle ahead –."):
    a few words opening with a capital; the stop after the closing dash does not make it a sentence."""
    dashed = _DASHED_HEAD.fullmatch(text.strip())
    return dashed is not None and dashed.group("head")[0].isupper() \
        and count_words(dashed.group("head")) <= SUBHEADING_MAX_WORDS


def is_heading(text: str) -> bool:
    """True when ``text`` reads as a headline or subheading: mostly capitalised, no final stop, or a
    short line wrapped in dashes ("– Framing the battle ahead –.")."""
    if _dashed_head(text):
        return True
    words = _LONG_HEADING_WORD.findall(text)
    if len(words) < 2:
        return bool(words) and not text.rstrip().endswith((".", "!", "?"))
    capitalised = sum(1 for word in words if word[0].isupper())
    return capitalised / len(words) >= 0.6 and not text.rstrip().endswith((".", "?", "!", "\u201d", '"'))


def reads_as_headline(line: str, has_text_after: bool) -> bool:
    """True when the first line of an article reads as its headline.

    Short (160 characters at most), ending without a sentence's final punctuation, and with
    text after it (a one-line article is all story, no headline).
    """
    if len(line) > 160 or not has_text_after:
        return False
    return not line.rstrip().endswith((".", "!", "?", "\u201d", '"', ":", ";", ","))


def is_subheading_line(text: str) -> bool:
    """True when a whole line of an article reads as a subheading, not a sentence of the story.

    Title case ("New Pact Targets China's Grip on Critical Minerals"), a short line in
    sentence case that ends without punctuation ("Praise and symbolic gifts"), or a short line
    wrapped in dashes, as wire copy sets its section heads ("– Framing the battle ahead –."). The caller
    checks that the line stands alone as a paragraph.
    """
    stripped = text.strip()
    if _dashed_head(stripped):
        return True
    if not stripped or stripped.endswith(_SENTENCE_FINAL) or not stripped[0].isupper():
        return False
    return is_heading(stripped) or count_words(stripped) <= SUBHEADING_MAX_WORDS


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# British and American spellings meet on the American form; the list covers words news uses.
_SPELLING = {
    "defence": "defense", "offence": "offense", "licence": "license", "honour": "honor",
    "honours": "honors", "honoured": "honored", "favour": "favor", "labour": "labor",
    "colour": "color", "neighbour": "neighbor", "centre": "center", "metre": "meter",
    "programme": "program", "theatre": "theater", "travelled": "traveled", "traveller": "traveler",
    "symbolised": "symbolized", "jewellery": "jewelry", "grey": "gray", "cheque": "check",
    "percent": "percent", "tonne": "ton", "tonnes": "tons", "aluminium": "aluminum",
}
_ISE = re.compile(r"(?<=[a-z]{3})is(e|es|ed|ing|ation|ations)$")


@lru_cache(maxsize=65536)
def normalise_word(word: str) -> str:
    """Lowercase ``word``, drop possessives and dots, and map British to American spelling."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'").replace(".", "")
    w = _SPELLING.get(w, w)
    return _ISE.sub(lambda m: "iz" + m.group(1), w) if len(w) > 6 else w
