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

from .records import Sentence

_PARAGRAPH = re.compile(r"[^\n]+")
# A word: letters/digits, allowing inner apostrophes, hyphens and dots (U.S., Japan's, 15%).
_WORD = re.compile(r"[^\W_]+(?:[’'.\-]{1,2}[^\W_]+)*", re.UNICODE)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every non-blank line, trimmed of surrounding spaces."""
    spans = []
    for match in _PARAGRAPH.finditer(text):
        start, end = _trim(text, match.start(), match.end())
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
_TITLE_AT_END = re.compile(
    r"(?:^|[\s\"'“‘(\[])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Rev|Hon|Pres|Amb|Supt|Adm|Cmdr)\.$"
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


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
