"""The one home of TF-IDF and fuzzy matching gives the numbers of the libraries it stands for."""

from __future__ import annotations

import difflib
import random

import numpy as np
import pytest
import scipy.sparse as sp

from biaslens.similarity import (
    closest_match,
    common_subsequence_length,
    dict_rows,
    english_stop_words,
    hashed_counts,
    l2_norm,
    l2_normalise_rows,
    line_diff,
    murmurhash3_32,
    ratio_at_least,
    sequence_ratio,
    smoothed_idf,
    sublinear_tf,
    sublinear_tf_array,
    term_counts,
    tfidf_rows,
    tfidf_weighted,
    word_analyser,
)
from conftest import SEEDS

TEXTS = ["Trump met Takaichi in Tokyo.", "Takaichi and Trump signed a minerals deal in Tokyo.",
         "The yen fell after the deal; markets in Tokyo shrugged."]


def test_hand_weighting_equals_scikit_learn() -> None:
    # compare.py and loaded.py weigh by hand (sparse rows of a few terms); the numbers must be
    # scikit-learn's, which stories.py uses through tfidf_rows.
    from sklearn.feature_extraction.text import CountVectorizer

    counts = CountVectorizer(token_pattern=r"\w+").fit_transform(TEXTS).toarray().astype(float)
    df = (counts > 0).sum(axis=0)
    idf = np.array([smoothed_idf(len(TEXTS), int(d)) for d in df])
    weights = np.where(counts > 0, sublinear_tf_array(np.maximum(counts, 1)), 0.0) * idf
    by_hand = l2_normalise_rows(sp.csr_matrix(weights)).toarray()
    assert np.allclose(by_hand, tfidf_weighted(sp.csr_matrix(counts)).toarray())
    assert np.allclose([l2_norm(row) for row in by_hand], 1.0)


def _identical(ours: sp.spmatrix, theirs: sp.spmatrix) -> None:
    """Exact equality, not closeness: the same shape, type, stored entries in the same order and
    the same bits in every float (max abs diff 0, and no -0.0 for 0.0)."""
    theirs = sp.csr_matrix(theirs)
    assert isinstance(ours, sp.csr_matrix) and ours.shape == theirs.shape and ours.dtype == theirs.dtype
    assert np.array_equal(ours.indptr, theirs.indptr) and np.array_equal(ours.indices, theirs.indices)
    assert ours.data.tobytes() == theirs.data.tobytes()


def _real_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def test_tfidf_weighted_gives_scikit_learns_floats_on_random_counts() -> None:
    # Many shapes and densities (long rows too: scikit-learn adds the squares of a row one by
    # one, numpy's sum pairwise, and the two differ in the last bit beyond eight entries), every
    # input type the callers may hand in. Bit-for-bit equality, not np.allclose.
    from sklearn.feature_extraction.text import TfidfTransformer

    rng = np.random.default_rng(15)
    for trial in range(120):
        rows, columns = int(rng.integers(1, 50)), int(rng.integers(1, 2500))
        density = float(rng.choice([0.002, 0.02, 0.2, 0.7, 1.0]))
        counts = sp.random(rows, columns, density=density, format="csr", random_state=trial,
                           data_rvs=lambda k: rng.integers(1, 30, k).astype(float))
        for variant in (counts, counts.astype(np.int64), counts.astype(np.float32), counts.tocoo(), counts.tocsc(),
                        sp.csr_array(counts)):
            theirs = TfidfTransformer(sublinear_tf=True).fit_transform(variant)
            _identical(tfidf_weighted(variant), theirs)
    empty = sp.csr_matrix((3, 4))
    _identical(tfidf_weighted(empty), TfidfTransformer(sublinear_tf=True).fit_transform(empty))


def test_tfidf_rows_gives_scikit_learns_floats_on_real_text() -> None:
    import warnings

    from sklearn.feature_extraction.text import TfidfVectorizer

    from biaslens.stories import _WORDS

    texts = _real_texts() + TEXTS
    assert len(texts) >= 8
    for pattern in (_WORDS, r"(?u)\b\w\w+\b", r"(\w+)ing\b"):
        for n in range(1, len(texts) + 1):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # scikit-learn's note on stop words and the pattern
                theirs = TfidfVectorizer(sublinear_tf=True, stop_words="english", token_pattern=pattern)
                weights = theirs.fit_transform(texts[:n])
            _identical(tfidf_rows(texts[:n], pattern), weights)
            assert term_counts(texts[:n], pattern)[1] == list(theirs.get_feature_names_out())
    with pytest.raises(ValueError, match="capturing group"):
        word_analyser(r"(\w)(\w+)")


def test_stop_words_murmurhash_and_hashed_and_dict_counts_match_scikit_learn() -> None:
    from collections import Counter

    from sklearn.feature_extraction import DictVectorizer, FeatureHasher
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
    from sklearn.utils import murmurhash3_32 as theirs_hash

    assert english_stop_words() == ENGLISH_STOP_WORDS
    rng = random.Random(15)
    for _ in range(3000):
        text = "".join(chr(rng.randint(32, 0x2FFF)) for _ in range(rng.randint(0, 23))).encode("utf-8")
        assert murmurhash3_32(text) == theirs_hash(text, positive=False)
    rows = [dict(Counter(word_analyser(r"(?u)\b\w\w+\b")(text))) for text in _real_texts() + TEXTS]
    for n_features in (2**20, 64, 3):  # small tables: many words share a column and add up
        _identical(hashed_counts(rows, n_features),
                   FeatureHasher(n_features=n_features, input_type="dict", alternate_sign=False).transform(rows))
    weighted = [{word: count * 0.75 for word, count in row.items()} for row in rows] + [{}]
    vectoriser = DictVectorizer(sort=True)
    counts, names = dict_rows(weighted)
    _identical(counts, vectoriser.fit_transform(weighted))
    assert names == list(vectoriser.feature_names_)


def test_scalar_formulas() -> None:
    assert sublinear_tf(1) == 1.0
    assert sublinear_tf(10) == pytest.approx(3.302585, abs=1e-6)
    assert smoothed_idf(9, 0) > smoothed_idf(9, 5) > smoothed_idf(9, 9) == 1.0
    assert l2_norm([]) == 0.0 and l2_norm([3.0, 4.0]) == 5.0


def test_tfidf_rows_are_cosines() -> None:
    matrix = tfidf_rows(TEXTS, token_pattern=r"(?u)\b\w\w+\b")
    similarity = (matrix @ matrix.T).toarray()
    assert np.allclose(np.diag(similarity), 1.0)
    # The two summit sentences share more rare words than either shares with the markets one.
    assert similarity[0, 1] > similarity[0, 2]
    with pytest.raises(ValueError):
        tfidf_rows(["the and of", "a an"], token_pattern=r"(?u)\b\w\w+\b")  # stop words only


def test_ratio_at_least_agrees_with_the_full_ratio() -> None:
    # The quick upper bounds may only skip pairs whose full ratio is below the threshold.
    rng = random.Random(7)
    words = "deal trade tokyo minerals summit prime minister said will the a of".split()
    for _ in range(400):
        a = " ".join(rng.choice(words) for _ in range(rng.randint(1, 8)))
        b = " ".join(rng.choice(words) for _ in range(rng.randint(1, 8)))
        for threshold in (0.5, 0.8):
            assert ratio_at_least(a, b, threshold) == (sequence_ratio(a, b) >= threshold), (a, b)


def _lcs_by_table(a: str, b: str) -> int:
    row = [0] * (len(b) + 1)
    for ch in a:
        diagonal, row[0] = 0, 0
        for j, other in enumerate(b):
            diagonal, row[j + 1] = row[j + 1], diagonal + 1 if ch == other else max(row[j + 1], row[j])
    return row[-1]


def test_common_subsequence_length_is_the_textbook_one_and_bounds_difflib() -> None:
    # ratio_at_least rejects pairs on this bound: it must never fall below difflib's matches.
    rng = random.Random(11)
    for _ in range(600):
        a = "".join(rng.choice("ab c’é") for _ in range(rng.randint(0, 30)))
        b = "".join(rng.choice("ab c’é") for _ in range(rng.randint(0, 30)))
        assert common_subsequence_length(a, b) == _lcs_by_table(a, b), (a, b)
        blocks = difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
        assert sum(block.size for block in blocks) <= common_subsequence_length(a, b)
    assert common_subsequence_length("the deal was signed", "the deal is signed") == 17  # "the deal " + "s signed"
    # Same letters in another order: the letter counts pass, the subsequence does not.
    a, b = "signed the deal in tokyo", "tokyo in deal the signed"
    assert not ratio_at_least(a, b, 0.8) and sequence_ratio(a, b) < 0.8


def test_sequence_ratio_is_difflibs_without_junk() -> None:
    a, b = "a " * 150 + "deal", "a " * 150 + "meal"
    assert sequence_ratio(a, b) == difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
    assert sequence_ratio("abc", "abc") == 1.0 and sequence_ratio("abc", "xyz") == 0.0


def test_closest_match_and_line_diff() -> None:
    assert closest_match("hilight", ["highlight", "extractors"]) == "highlight"
    assert closest_match("zzz", ["highlight", "extractors"]) is None
    assert line_diff(["One.", "Two.", "Three."], ["One.", "Two, now.", "Three."]) == ["-Two.", "+Two, now."]
    assert line_diff(["Same."], ["Same."]) == []


def test_no_second_home() -> None:
    # One home per concept: a module that imports difflib or scikit-learn's TF-IDF classes
    # itself, or splits lines with its own pattern, is writing a second copy.
    import ast
    from pathlib import Path

    import biaslens

    package = Path(biaslens.__file__).parent
    homes = {"difflib": "similarity.py", "TfidfVectorizer": "similarity.py", "TfidfTransformer": "similarity.py",
             "[^\\n]+": "text.py"}
    found = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""] + [alias.name for alias in node.names]
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                names = [node.value]
            for name in names:
                if name in homes and path.name != homes[name]:
                    found.append(f"{path.relative_to(package)} uses {name!r} (its home is {homes[name]})")
    assert not found, found
