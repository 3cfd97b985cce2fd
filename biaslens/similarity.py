"""One home for similarity: TF-IDF weighting, cosine rows, and fuzzy string matching.

Every part of biaslens that weighs words by how rare they are (grouping articles into
stories, naming a story, near-copied sentences, the tone and loaded-language models) or that
asks whether two strings are nearly the same (copied sentences, the same quote in two
outlets, a misspelt setting) takes its formula from here, so "how similar" means one thing
everywhere. Pure: data in, data out.

The TF-IDF weighting is scikit-learn's: sublinear term frequency ``1 + log(count)``,
smoothed inverse document frequency ``log((1 + n) / (1 + df)) + 1``, rows L2-normalised, so
the dot product of two rows is their cosine similarity (0 = no word shared, 1 = same words in
the same proportions). Fuzzy matching is difflib's ``SequenceMatcher.ratio()`` (0 = nothing
in common, 1 = the same string), with its automatic junk heuristic off so that a long text's
common letters are never ignored. The sentence-by-sentence diff of an edited article (what a
scheduled run reports as changed) is difflib's too, and lives here with the other difflib uses.
"""

from __future__ import annotations

# numpy, scipy and scikit-learn are imported where used: settings.py reads this module for
# its "did you mean" hints on every command, and a usage error should answer at once.
import difflib
import math
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterable, Sequence

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "closest_match",
    "l2_norm",
    "line_diff",
    "l2_normalise_rows",
    "common_subsequence_length",
    "letter_counts",
    "longest_common_run",
    "ratio_at_least",
    "sequence_ratio",
    "smoothed_idf",
    "sublinear_tf",
    "sublinear_tf_array",
    "tfidf_rows",
    "tfidf_weighted",
]


# ---------------------------------------------------------------------------------------------
# TF-IDF


def smoothed_idf(n_documents: int, document_frequency: int) -> float:
    """Smoothed inverse document frequency of a term found in ``document_frequency`` of
    ``n_documents`` documents: ``log((1 + n) / (1 + df)) + 1`` (scikit-learn's ``smooth_idf``).

    At least 1; higher means rarer, so the term says more about the documents that hold it.
    """
    return math.log((1 + n_documents) / (1 + document_frequency)) + 1.0


def sublinear_tf(count: float) -> float:
    """Weight of a term used ``count`` (>= 1) times in one document: ``1 + log(count)``.

    A word repeated ten times weighs about 3.3 times a word used once, not ten times.
    """
    return 1.0 + math.log(count)


def sublinear_tf_array(counts: np.ndarray) -> np.ndarray:
    """:func:`sublinear_tf` of every count in ``counts`` (all >= 1), as a new float array."""
    import numpy as np

    return 1.0 + np.log(counts)


def l2_norm(weights: Iterable[float]) -> float:
    """Euclidean length of a vector given by its non-zero ``weights`` (0.0 for none)."""
    return math.sqrt(sum(v * v for v in weights))


def l2_normalise_rows(matrix: Any) -> Any:
    """Return the sparse ``matrix`` (CSR) with every non-zero row scaled to length 1.

    Rows of zeros stay zeros. The dot product of two normalised rows is their cosine.
    """
    import numpy as np
    import scipy.sparse as sp

    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ matrix)


def tfidf_weighted(counts: Any) -> Any:
    """TF-IDF rows (sublinear tf, smoothed idf, L2-normalised, CSR) of a sparse count matrix.

    ``counts`` has one row a document and one column a term; the IDF is fitted on these rows.
    """
    from sklearn.feature_extraction.text import TfidfTransformer

    return TfidfTransformer(sublinear_tf=True).fit_transform(counts).tocsr()


def tfidf_rows(texts: Sequence[str], token_pattern: str) -> Any:
    """TF-IDF rows (as :func:`tfidf_weighted`) of ``texts``, English stop words left out.

    Words are what ``token_pattern`` (a regular expression) matches, lower-cased. Raises
    ``ValueError`` when no text holds a word.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(sublinear_tf=True, stop_words="english", token_pattern=token_pattern).fit_transform(texts)


# ---------------------------------------------------------------------------------------------
# Fuzzy string matching


def sequence_ratio(a: str, b: str) -> float:
    """difflib's similarity ratio of two strings: 0 (nothing in common) to 1 (the same).

    Twice the number of characters in matching blocks over the total length of both.
    """
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def longest_common_run(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest run of items (words) that ``a`` and ``b`` share in the same order."""
    return difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b)).size


# A story of 50 articles compares ~150,000 pairs of quotes; each text is counted once.
@lru_cache(maxsize=65536)
def letter_counts(text: str) -> Counter[str]:
    """How many times each character occurs in ``text`` (cached: do not change the result)."""
    return Counter(text)


def ratio_at_least(a: str, b: str, threshold: float) -> bool:
    """True when :func:`sequence_ratio` of ``a`` and ``b`` (both non-empty) reaches ``threshold``.

    Checks difflib's own upper bounds on the ratio first: most pairs differ in length or
    letters, and the ratio itself is quadratic. Same answer, a fraction of the time.
    """
    total = len(a) + len(b)
    if 2.0 * min(len(a), len(b)) / total < threshold:  # real_quick_ratio()
        return False
    if 2.0 * sum((letter_counts(a) & letter_counts(b)).values()) / total < threshold:  # quick_ratio()
        return False
    # difflib's matching blocks are a common subsequence of the two strings, so the longest one
    # bounds their size: long English texts pass the letter counts above whatever they say,
    # and this bound (linear, bit-parallel) rejects them before the quadratic ratio.
    if 2.0 * common_subsequence_length(a, b) / total < threshold:
        return False
    return sequence_ratio(a, b) >= threshold


def common_subsequence_length(a: str, b: str) -> int:
    """Length of the longest common subsequence of ``a`` and ``b`` (characters, in order, not
    necessarily adjacent). Never below the characters in difflib's matching blocks.

    Bit-parallel (Allison and Dix 1986; Crochemore et al. 2001): one bit per character of
    ``a``, a few integer operations per character of ``b``.
    """
    if len(a) < len(b):
        a, b = b, a
    masks: dict[str, int] = {}
    for i, ch in enumerate(a):
        masks[ch] = masks.get(ch, 0) | (1 << i)
    full = (1 << len(a)) - 1
    v = full
    for ch in b:
        u = v & masks.get(ch, 0)
        v = ((v + u) | (v - u)) & full
    return len(a) - v.bit_count()


def line_diff(before: Sequence[str], after: Sequence[str]) -> list[str]:
    """The lines removed (``"-line"``) and added (``"+line"``) from ``before`` to ``after``.

    difflib's unified diff without context lines or headers: what an edited article changed,
    sentence by sentence, as a reader sees it in the "what changed" section.
    """
    return [
        line
        for line in difflib.unified_diff(before, after, lineterm="", n=0)
        if not line.startswith(("---", "+++", "@@"))
    ]


def closest_match(word: str, choices: Iterable[Any], cutoff: float = 0.5) -> str | None:
    """The one of ``choices`` (as strings) most like ``word`` with a ratio of at least
    ``cutoff`` (0-1), or ``None`` when none is that close. For "did you mean" hints."""
    close = difflib.get_close_matches(word, [str(c) for c in choices], n=1, cutoff=cutoff)
    return close[0] if close else None
