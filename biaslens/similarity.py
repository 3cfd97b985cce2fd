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

# numpy and scipy are imported where used: settings.py reads this module for
# its "did you mean" hints on every command, and a usage error should answer at once.
import difflib
import math
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping, Sequence

if TYPE_CHECKING:
    import numpy as np

__all__ = [
    "closest_match",
    "l2_norm",
    "line_diff",
    "l2_normalise_rows",
    "common_subsequence_length",
    "dict_rows",
    "english_stop_words",
    "hashed_counts",
    "letter_counts",
    "longest_common_run",
    "murmurhash3_32",
    "ratio_at_least",
    "sequence_ratio",
    "smoothed_idf",
    "sublinear_tf",
    "sublinear_tf_array",
    "term_counts",
    "tfidf_rows",
    "tfidf_weighted",
    "word_analyser",
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


# scikit-learn's TF-IDF, written again with numpy and scipy: importing scikit-learn costs most
# of a second (it pulls in scipy.stats), more than the whole analysis of a small story, and
# `biaslens report` only needs these few array operations. Every step below is the one
# scikit-learn 1.9 takes, in the same order and the same floating-point types, so the weights are
# the same floats, bit for bit (tests/test_similarity.py compares the CSR arrays exactly, on
# random matrices and real text): a cosine that moved in its last bit could tip a grouping
# threshold and change a report.


def tfidf_weighted(counts: Any) -> Any:
    """TF-IDF rows (sublinear tf, smoothed idf, L2-normalised, CSR) of a sparse count matrix.

    ``counts`` has one row a document and one column a term; the IDF is fitted on these rows.
    The same floats as scikit-learn's ``TfidfTransformer(sublinear_tf=True).fit_transform``.
    """
    import numpy as np
    import scipy.sparse as sp

    matrix = sp.csr_matrix(counts)  # a copy in CSR: the caller's matrix is never changed
    dtype = matrix.dtype if matrix.dtype in (np.float64, np.float32) else np.float64
    # Document frequency counts the stored entries of each column, as scikit-learn's does.
    df = np.bincount(matrix.indices, minlength=matrix.shape[1]).astype(dtype)
    df += 1.0
    idf = np.full_like(df, fill_value=matrix.shape[0] + 1, dtype=dtype)
    idf /= df
    np.log(idf, out=idf)
    idf += 1.0
    matrix = sp.csr_matrix(matrix, dtype=dtype, copy=True)
    data = matrix.data
    np.log(data, out=data)
    data += 1.0
    data *= idf[matrix.indices]
    _normalise_rows_in_place(matrix)
    return matrix


def _normalise_rows_in_place(matrix: Any) -> None:
    """Scale each row of the CSR ``matrix`` to length 1 as scikit-learn's
    ``inplace_csr_row_normalize_l2`` does: squares added one by one in stored order, in double
    precision (``np.add.at`` adds in index order, unlike ``sum``, which adds pairwise and can
    differ in the last bit), then each value divided by the root; rows of zeros left alone."""
    import numpy as np

    lengths = np.diff(matrix.indptr)
    row_of = np.repeat(np.arange(matrix.shape[0]), lengths)
    sums = np.zeros(matrix.shape[0], dtype=np.float64)
    np.add.at(sums, row_of, matrix.data * matrix.data)
    norms = np.sqrt(sums)
    norms[sums == 0.0] = 1.0
    matrix.data[...] = matrix.data / norms[row_of]


@lru_cache(maxsize=1)
def english_stop_words() -> frozenset[str]:
    """scikit-learn's English stop words (``stop_words="english"``), read from the copy shipped
    in ``lexicons/english_stop_words.txt`` (with its BSD-3 licence)."""
    from importlib import resources

    text = (resources.files("biaslens") / "lexicons" / "english_stop_words.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


@lru_cache(maxsize=16)
def word_analyser(token_pattern: str, stop_words: bool = True) -> Callable[[str], list[str]]:
    """The words of a text as scikit-learn's vectorisers read them: lower-cased, what
    ``token_pattern`` matches (its one group, if it has one), English stop words left out
    unless ``stop_words`` is false."""
    import re

    pattern = re.compile(token_pattern)
    if pattern.groups > 1:
        raise ValueError("More than 1 capturing group in token pattern. Only a single group should be captured.")
    stop = english_stop_words() if stop_words else frozenset()

    def analyse(text: str) -> list[str]:
        return [word for word in pattern.findall(text.lower()) if word not in stop]

    return analyse


def term_counts(texts: Sequence[str], token_pattern: str) -> tuple[Any, list[str]]:
    """Word counts of ``texts`` (CSR, one row a text, one column a word of :func:`word_analyser`)
    and the words, in alphabetical order: scikit-learn's ``CountVectorizer(stop_words="english")``
    matrix, down to the order of the stored entries. Raises ``ValueError`` when no text holds a
    word."""
    import numpy as np
    import scipy.sparse as sp

    analyse = word_analyser(token_pattern)
    first_seen: dict[str, int] = {}
    indices: list[int] = []
    values: list[int] = []
    indptr = [0]
    for text in texts:
        counter: dict[int, int] = {}
        for word in analyse(text):
            column = first_seen.setdefault(word, len(first_seen))
            counter[column] = counter.get(column, 0) + 1
        for column in sorted(counter):  # stored by first sight in all texts, as after sort_indices()
            indices.append(column)
            values.append(counter[column])
        indptr.append(len(indices))
    if not first_seen:
        raise ValueError("empty vocabulary; perhaps the documents only contain stop words")
    words = sorted(first_seen)
    alphabetical = np.empty(len(words), dtype=np.int32)
    for new, word in enumerate(words):
        alphabetical[first_seen[word]] = new
    # Columns renumbered alphabetically without re-sorting the entries (scikit-learn's
    # _sort_features): the stored order, and with it the order of the sums, is first sight.
    matrix = sp.csr_matrix((np.asarray(values, dtype=np.float64), alphabetical[np.asarray(indices, dtype=np.int32)],
                            np.asarray(indptr, dtype=np.int32)), shape=(len(indptr) - 1, len(words)))
    return matrix, words


def tfidf_rows(texts: Sequence[str], token_pattern: str) -> Any:
    """TF-IDF rows (as :func:`tfidf_weighted`) of ``texts``, English stop words left out.

    Words are what ``token_pattern`` (a regular expression) matches, lower-cased. Raises
    ``ValueError`` when no text holds a word. The same floats as scikit-learn's
    ``TfidfVectorizer(sublinear_tf=True, stop_words="english", token_pattern=...)``.
    """
    return tfidf_weighted(term_counts(texts, token_pattern)[0])


def murmurhash3_32(data: bytes, seed: int = 0) -> int:
    """MurmurHash3 (x86, 32 bits) of ``data`` as a signed integer: the hash scikit-learn's
    ``murmurhash3_32`` and ``FeatureHasher`` use (Austin Appleby's public-domain algorithm)."""
    mask = 0xFFFFFFFF
    c1, c2 = 0xCC9E2D51, 0x1B873593
    h = seed & mask
    end = len(data) - len(data) % 4
    for start in range(0, end, 4):
        k = (int.from_bytes(data[start:start + 4], "little") * c1) & mask
        k = (((k << 15) | (k >> 17)) & mask) * c2 & mask
        h ^= k
        h = ((h << 13) | (h >> 19)) & mask
        h = (h * 5 + 0xE6546B64) & mask
    tail = data[end:]
    if tail:
        k = int.from_bytes(tail, "little")
        k = (k * c1) & mask
        k = (((k << 15) | (k >> 17)) & mask) * c2 & mask
        h ^= k
    h ^= len(data)
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & mask
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & mask
    h ^= h >> 16
    return h - (1 << 32) if h >= 1 << 31 else h


@lru_cache(maxsize=262144)
def _bucket(term: str, n_features: int) -> int:
    h = murmurhash3_32(term.encode("utf-8"))
    return (2147483647 - (n_features - 1)) % n_features if h == -2147483648 else abs(h) % n_features


def hashed_counts(rows: Sequence[Mapping[str, float]], n_features: int = 2**20) -> Any:
    """A CSR matrix with one row per mapping of ``rows`` (term -> count) and each term counted in
    column ``|murmurhash3_32(term)| mod n_features`` (terms that share a column add up): no
    vocabulary to build. The matrix of scikit-learn's ``FeatureHasher(n_features,
    input_type="dict", alternate_sign=False)``, stored entries in the same order."""
    import numpy as np
    import scipy.sparse as sp

    indices: list[int] = []
    values: list[float] = []
    indptr = [0]
    for row in rows:
        summed: dict[int, float] = {}
        for term, count in row.items():
            if count == 0:
                continue
            column = _bucket(term, n_features)
            summed[column] = summed.get(column, 0.0) + float(count)
        for column in sorted(summed):  # sum_duplicates(): columns in order, each once
            indices.append(column)
            values.append(summed[column])
        indptr.append(len(indices))
    return sp.csr_matrix((np.asarray(values, dtype=np.float64), np.asarray(indices, dtype=np.int32),
                          np.asarray(indptr, dtype=np.int32)), shape=(len(indptr) - 1, n_features))


def dict_rows(rows: Sequence[Mapping[str, float]]) -> tuple[Any, list[str]]:
    """A CSR matrix with one row per mapping of ``rows`` (feature -> value) and one column per
    feature, the features in alphabetical order (returned too): scikit-learn's
    ``DictVectorizer(sort=True).fit_transform`` with numeric values."""
    import numpy as np
    import scipy.sparse as sp

    names = sorted({name for row in rows for name in row})
    column = {name: i for i, name in enumerate(names)}
    indices: list[int] = []
    values: list[float] = []
    indptr = [0]
    for row in rows:
        for name in sorted(row, key=column.__getitem__):
            indices.append(column[name])
            values.append(float(row[name]))
        indptr.append(len(indices))
    matrix = sp.csr_matrix((np.asarray(values, dtype=np.float64), np.asarray(indices, dtype=np.int32),
                            np.asarray(indptr, dtype=np.int32)), shape=(len(indptr) - 1, len(names)))
    return matrix, names


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
