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
        if furniture_line(chunk):
            continue  # a live blog's time stamp or a separator line: kept in the text, no sentence
        pieces: list[tuple[int, int]] = []
        for s_start, s_end in sent_spans(chunk):
            start, end = _trim(text, p_start + s_start, p_start + s_end)
            if start >= end:
                continue
            if pieces and (_continues(text, start) or _ends_with_title(text, pieces[-1][1])):
                pieces[-1] = (pieces[-1][0], end)
            else:
                pieces.append((start, end))
        pieces = [cut for start, end in pieces for cut in _missed_cuts(text, start, end)]
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


#: A time stamp standing as a line of its own, as a live blog dates each entry under it ("3:40 p.m.",
#: "11 a.m. EST", "9:05 p.m. ET", "14:30 GMT"): the whole line is the time, with at most a time zone.
_TIME_STAMP_LINE = re.compile(r"(?:\d{1,2}(?::\s?\d{2})?\s*(?:[ap]\.m\.?|[AP]\.M\.?|[ap]m|[AP]M)|\d{1,2}:\d{2})"
                              r"(?:\s+(?:[A-Z]{2,4}|local(?: time)?))?\s*\.?")
#: A separator line between a text's entries or sections ("___", "___.", "* * *", "-----", "~~~~~."): no words.
_SEPARATOR_LINE = re.compile(r"(?:_{2,}|[-–—=~]{3,}|(?:[*•#]\s*){3,})\s*\.?")
#: The reasons :func:`furniture_line` gives, shown under "What was removed".
TIME_STAMP_REASON = "live-blog time stamp (kept in the text, not read as a sentence)"
SEPARATOR_REASON = "separator line (kept in the text, not read as a sentence)"


def furniture_line(line: str) -> str | None:
    """Why a whole line is a text's furniture, not a sentence: a live blog's time stamp over an entry
    ("3:40 p.m.": :data:`TIME_STAMP_REASON`) or a separator line between entries ("___.":
    :data:`SEPARATOR_REASON`); ``None`` for any other line. Such a line says nothing: read as a
    sentence it was a neutral, one-word sentence that lowered the words per sentence and the tone's
    shares. A sentence that mentions a time ("The polls close at 8 p.m.") is no time stamp."""
    stripped = line.strip()
    if _TIME_STAMP_LINE.fullmatch(stripped):
        return TIME_STAMP_REASON
    if _SEPARATOR_LINE.fullmatch(stripped):
        return SEPARATOR_REASON
    return None


def time_stamp_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line of ``text`` that is a live blog's time stamp (:func:`furniture_line`)."""
    return [(lo, hi) for lo, hi in paragraph_spans(text) if furniture_line(text[lo:hi]) == TIME_STAMP_REASON]


#: A stop Punkt took for an abbreviation's ("across the South. His religious-tinged message"): after a
#: capitalised word of four letters or more, before a pronoun or "The" that opens the next sentence.
#: No title or abbreviation stands before such a word ("Sen. His" is never written).
_MISSED_CUT = re.compile(r"(?<![\w.])[A-Z][a-z]{3,}\.(?P<gap>\s+)(?=(?:He|She|It|They|We|His|Her|Its|Their|Our|The|This|These|Those)\s)")


def _missed_cuts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of the piece ``text[start:end]``, cut where Punkt missed a stop (:data:`_MISSED_CUT`)."""
    spans, lo = [], start
    for match in _MISSED_CUT.finditer(text, start, end):
        spans.append((lo, match.start("gap")))
        lo = match.end("gap")
    spans.append((lo, end))
    return spans


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


#: A section head that names whom its section is about, then what it says of them, in a few words:
#: "Sanders: Win in a walk.", "Bush: Survive to S.C.", "Trump: MOVE PAST Iowa." (a preview's head per
#: candidate). Quotation marks, a comma or a first word that speaks ("Clinton: I think we will win.",
#: "Matthews: Well, speculation is bad.", a transcript's line) make it speech, not a head; so does a
#: one-letter label (an interview's "A: Not yet.").
_LABEL_HEAD = re.compile(r"(?P<label>[A-Z][\w.'’-]{2,}(?: [A-Z][\w.'’-]*){0,2}):\s+(?P<head>[A-Z][^!?:;,\"“”‘’]*?)\s*\.?")
_SPEAKING_WORD = frozenset("I I'm I’m We We're We’re You He She It It's It’s They This That There Thank Yes No Not Well".split())
#: A section head or label has at most this many words after its colon.
LABEL_HEAD_MAX_WORDS = 5


def _label_head(text: str) -> bool:
    """Whether ``text`` is a section head "Name: a few words." (:data:`_LABEL_HEAD`)."""
    match = _LABEL_HEAD.fullmatch(text.strip())
    if match is None or count_words(match["head"]) > LABEL_HEAD_MAX_WORDS:
        return False
    return match["head"].split()[0] not in _SPEAKING_WORD


def _capitals_head(text: str) -> bool:
    """Whether ``text`` is a kicker or section head set in capitals, perhaps with a stop after it
    ("INTENSE CAMPAIGNING ON BOTH SIDES.", "WHAT’S BREWING."): two words or more, every letter a
    capital, at most :data:`SUBHEADING_MAX_WORDS` words. A line in capitals that exclaims, asks or
    is quoted (“WE WANT TRUMP!”) is a sentence someone said or wrote."""
    stripped = text.strip()
    if not stripped or stripped.endswith(("!", "?")) or stripped[0] in "\"“‘'([" or stripped[-1] in "\"”’')":
        return False
    return (len(re.findall(r"[^\W\d_]{3,}", stripped)) >= 2 and not any(c.islower() for c in stripped)
            and count_words(stripped) <= SUBHEADING_MAX_WORDS)


def _set_off_head(text: str) -> bool:
    """Whether ``text`` is a head set off by its form whatever its stop: wrapped in dashes
    (:func:`_dashed_head`), in capitals (:func:`_capitals_head`) or "Name: a few words." (:func:`_label_head`)."""
    return _dashed_head(text) or _capitals_head(text) or _label_head(text)


def is_heading(text: str) -> bool:
    """True when ``text`` reads as a headline or subheading: mostly capitalised, no final stop; a
    short line wrapped in dashes ("– Framing the battle ahead –."); a kicker in capitals ("INTENSE
    CAMPAIGNING ON BOTH SIDES."); or a section head "Name: a few words." ("Rubio: Finish second.")."""
    if _set_off_head(text):
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

    A kicker in capitals or a section head "Name: a few words." (:func:`is_heading`), title case ("New Pact Targets China's Grip on Critical Minerals"), a short line in
    sentence case that ends without punctuation ("Praise and symbolic gifts"), or a short line
    wrapped in dashes, as wire copy sets its section heads ("– Framing the battle ahead –."). The caller
    checks that the line stands alone as a paragraph.
    """
    stripped = text.strip()
    if _set_off_head(stripped):
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
