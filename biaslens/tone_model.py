"""News-calibrated sentence tone: VADER plus a small linear model trained on rated news sentences.

VADER was built for social media; on news it agrees only moderately with people. This module
adds a model trained (``training/train_tone.py``) on two public, human-rated news corpora:

* NYT editorial sentences rated -4..+4 by 20 people (Hutto & Gilbert 2014, shipped in the
  vaderSentiment 3.3.2 source distribution) teach the **value**: how positive or negative a
  panel of readers would rate the sentence, divided by 4, so it lies in [-1, 1];
* NewsMTSC news sentences (Hamborg & Donnay 2021) labelled negative / neutral / positive teach
  a classifier whose lean, p(positive) - p(negative), is one input of the value.

The **label** a report shows is read off the value by :func:`tone_label` with the band
:data:`TONE_BAND` (chosen on NewsMTSC out-of-fold values), so it never contradicts the number
printed beside it.

Both heads are linear models over the same features: VADER's scores, sums of word valences from
three public lexicons (VADER's own, the Pattern adjective lexicon shipped in TextBlob, AFINN-165),
and TF-IDF of words / word pairs / word prefixes with words after a negation marked
("not good" -> ``not_good``). The model ships as JSON (``biaslens/models/tone_model.json``:
vocabulary, idf, coefficients, the two extra lexicons' word valences with their licences,
metadata) and is evaluated here with numpy only: loading never unpickles, adds no
package dependency, and does not depend on the installed scikit-learn version.

Public API: :func:`score_sentences`, :func:`model_info`, :class:`ToneResult`, :func:`tone_label`,
:func:`label_rule` and :data:`TONE_BAND` (the one rule that turns a tone value into a label). The helpers
:func:`analyse` and :func:`dense_features` are shared with the training script so that the
features the model was trained on are exactly the features it is applied to.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any, Mapping, Sequence

import numpy as np

from .similarity import sublinear_tf_array
from .vader import vader_analyzer

MODEL_PATH = Path(__file__).with_name("models") / "tone_model.json"

LABELS: tuple[str, str, str] = ("negative", "neutral", "positive")

# scikit-learn's default token pattern: words of two or more word characters.
_TOKEN_RE = re.compile(r"(?u)\b\w\w+\b")
# Words longer than this also contribute their first PREFIX_LEN letters, so that inflections the
# training data never saw ("tyrannies", "paralyzed") share weight with ones it did ("tyranny",
# "paralysis"): a cheap stand-in for stemming that costs one slice per long word.
PREFIX_LEN = 5
_PREFIX_MARK = "~"

# Negation: "n't" becomes " not" before tokenising (the word pattern would otherwise keep only
# "didn" of "didn't"), and the NEGATION_SCOPE words after a negator are marked, so "not good"
# and "good" get separate weights. Three words covers "not very good at all" without reaching
# far into the next clause; grouped CV preferred 3 to 2 or 4.
NEGATORS = frozenset({"not", "no", "never", "nor", "none", "nobody", "nothing", "neither", "without", "cannot", "hardly"})
NEGATION_SCOPE = 3
_NEG_MARK = "not_"
_NT_RE = re.compile(r"n['’]t\b")
# A negated lexicon word counts half, with the opposite sign ("not great" is mildly negative,
# not as negative as "terrible"); the same damping VADER applies (its N_SCALAR is -0.74).
NEGATED_VALENCE = -0.5

#: The label band: a tone value of +TONE_BAND or more (as printed, to two decimals) is
#: "positive", -TONE_BAND or less "negative", anything between "neutral". Chosen by
#: ``training/train_tone.py`` (``band_metrics``) on the out-of-fold values of its grouped
#: cross-validation: of 0.01 to 0.30, 0.08 gives the value-derived labels the best NewsMTSC
#: macro-F1 (0.588 per target), and each fold chosen on the other four picks 0.08 too
#: (``python evaluation/eval_tone.py``; docs/TONE.md).
TONE_BAND = 0.08

# Names of the dense (non-n-gram) features, in the order dense_features returns them.
DENSE_NAMES: tuple[str, ...] = (
    "vader_compound",
    "vader_pos",
    "vader_neu",
    "vader_neg",
    "lexicon_positive_sum_per_sqrt_word",
    "lexicon_negative_sum_per_sqrt_word",
    "vader_raw_sum_over_4",
    "pattern_positive_sum_per_sqrt_word",
    "pattern_negative_sum_per_sqrt_word",
    "afinn_positive_sum_per_sqrt_word",
    "afinn_negative_sum_per_sqrt_word",
    "vader_max_positive_word_over_4",
    "vader_max_negative_word_over_4",
)

# Lexicons the model ships (word -> valence) besides VADER's, in DENSE_NAMES order.
EXTRA_LEXICONS: tuple[str, ...] = ("pattern", "afinn")


@dataclass(frozen=True)
class ToneResult:
    """Tone of one sentence.

    ``value``: the model's estimate of the mean rating a panel of readers would give the
    sentence on the -4..+4 scale, divided by 4; range [-1, 1], higher means more positive,
    0 is neutral. ``label``: ``"negative"``, ``"neutral"`` or ``"positive"``, read off the
    value by :func:`tone_label` (so it never contradicts the value). ``vader``: VADER's compound score of the sentence alone, in
    [-1, 1], kept beside the model so reports can show both.
    """

    value: float
    label: str
    vader: float


def tone_label(value: float, band: float = TONE_BAND) -> str:
    """The label of a tone value: ``"positive"`` at ``+band`` or more, ``"negative"`` at ``-band`` or less, else ``"neutral"``.

    The value is compared as a report prints it (two decimals), so a student holding the
    printed number and the rule gets the same label: +0.095 prints as +0.10 and counts as
    positive with the default band. The one rule behind every tone label biaslens shows.
    """
    shown = float(f"{value:.2f}")
    if shown >= band:
        return "positive"
    if shown <= -band:
        return "negative"
    return "neutral"


def label_rule(band: float = TONE_BAND, what: str = "a sentence") -> str:
    """The label rule in plain words, from the band itself: "a sentence counts as positive when its tone is +0.10 or more, ..."."""
    return (f"{what} counts as positive when its tone is +{band:.2f} or more, as negative when it is "
            f"-{band:.2f} or less, and as neutral in between")


def analyse(text: str) -> list[str]:
    """Return the n-gram terms of ``text`` the model counts: words, word pairs, word prefixes.

    The lower-cased text with "n't" spelled " not" is cut into words of two or more word
    characters (scikit-learn's default pattern). Terms: every word, with ``"not_"`` in front
    of the 3 words after a negator (``"not_good"``); adjacent word pairs joined by a space;
    and ``"~" + first 5 letters`` of every word longer than 5 letters. Used unchanged by the
    training script, so training and scoring agree.
    """
    return _terms(_negation_words(text.lower()))


def _negation_words(lowered: str) -> list[str]:
    return _TOKEN_RE.findall(_NT_RE.sub(" not", lowered))


def _terms(words: list[str]) -> list[str]:
    terms = _mark_negated(words)
    terms.extend(a + " " + b for a, b in zip(words, words[1:]))
    terms.extend(_PREFIX_MARK + w[:PREFIX_LEN] for w in words if len(w) > PREFIX_LEN)
    return terms


def _mark_negated(words: list[str]) -> list[str]:
    if NEGATORS.isdisjoint(words):  # most sentences: nothing to mark
        return list(words)
    marked = []
    scope = 0
    for word in words:
        if word in NEGATORS:
            scope = NEGATION_SCOPE
            marked.append(word)
            continue
        marked.append(_NEG_MARK + word if scope > 0 else word)
        scope -= 1
    return marked


# A final consonant-vowel-consonant doubles before -ed/-ing: "slam" -> "slammed".
_CVC_RE = re.compile(r"[^aeiou][aeiou][bdgklmnprt]$")


def inflections(lexicon: Mapping[str, float]) -> dict[str, float]:
    """Return regular inflections of the lexicon's words that the lexicon lacks, with their valence.

    Lexicons list base forms ("congratulate", "bleak") while news uses "congratulated",
    "bleakest". For each alphabetic entry of 3+ letters: +s, +es, +ed, +d, +ing, +ly, +er, +est;
    for a final e, e->ing and e->ed; for a final y, y->ies, y->ied, y->ily; for a final
    consonant-vowel-consonant, the doubled consonant + ed / + ing ("slam" -> "slammed"). Forms
    that are not real words are harmless: they never occur. The first entry that generates a
    form wins (lexicon order), so the table is deterministic.
    """
    out: dict[str, float] = {}
    for word, valence in lexicon.items():
        if not word.isalpha() or len(word) < 3:
            continue
        forms = [word + "s", word + "es", word + "ed", word + "d", word + "ing", word + "ly", word + "er", word + "est"]
        if word.endswith("e"):
            forms += [word[:-1] + "ing", word[:-1] + "ed"]
        if word.endswith("y"):
            forms += [word[:-1] + "ies", word[:-1] + "ied", word[:-1] + "ily"]
        if _CVC_RE.search(word):
            forms += [word + word[-1] + "ed", word + word[-1] + "ing"]
        for form in forms:
            if form not in lexicon:
                out.setdefault(form, valence)
    return out



class _WordTable(dict):
    """The :class:`Lexicons` table, each word's entry built the first time it is looked up.

    The merged lexicons hold about 100,000 words and forms and a story uses a few thousand:
    building every entry up front was two thirds of loading the tone model, paid on every cold
    start. ``table[word]`` is a plain dict lookup once the word has been seen; a word in no
    lexicon gives ``None``. ``get``, ``in``, iteration and ``len`` answer for every word, as
    the table built up front did.
    """

    def __init__(self, vader_lexicon: Mapping[str, float], pattern: Mapping[str, float],
                 afinn: Mapping[str, float], vader: Mapping[str, float]) -> None:
        super().__init__()
        self._sources = (vader_lexicon, pattern, afinn, vader)

    def __missing__(self, word: str) -> tuple[float, float, float, float, bool] | None:
        vader_lexicon, pattern, afinn, vader = self._sources
        entry = None
        if word in vader or word in pattern or word in afinn or word in NEGATORS:
            entry = (float(vader_lexicon.get(word, 0.0)), pattern.get(word, 0.0), afinn.get(word, 0.0),
                     vader.get(word, 0.0), word in NEGATORS)
        self[word] = entry
        return entry

    def _words(self) -> list[str]:
        _, pattern, afinn, vader = self._sources
        return sorted(set(vader) | set(pattern) | set(afinn) | NEGATORS)

    def get(self, word: str, default: Any = None) -> Any:  # type: ignore[override]
        """The entry of ``word``, or ``default`` when no lexicon knows it."""
        entry = self[word]
        return default if entry is None else entry

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self[word] is not None

    def __iter__(self) -> Any:
        return iter(self._words())

    def __len__(self) -> int:
        return len(self._words())

    def keys(self) -> Any:  # type: ignore[override]
        """Every word some lexicon knows, sorted."""
        return self._words()

    def items(self) -> Any:  # type: ignore[override]
        """``(word, entry)`` for every word some lexicon knows, sorted by word."""
        return [(word, self[word]) for word in self._words()]

    def values(self) -> Any:  # type: ignore[override]
        """The entries of :meth:`keys`, in that order."""
        return [self[word] for word in self._words()]


@dataclass(frozen=True)
class Lexicons:
    """Every word the dense features look up, in one table, so a sentence is scanned once.

    ``table`` maps a word to ``(vader, pattern, afinn, vader_inflected, is_negator)``: its valence
    in VADER's own lexicon (0.0 if absent; the VADER sums use VADER's table as VADER does), in the
    Pattern and AFINN lexicons with their regular inflections merged in, in VADER's lexicon with
    inflections (for the strongest-word features), and whether it opens a negation scope;
    ``table[word]`` is ``None`` for a word no lexicon knows.
    """

    table: Mapping[str, tuple[float, float, float, float, bool]]


def build_lexicons(vader_lexicon: Mapping[str, float], extra: Mapping[str, Mapping[str, float]]) -> Lexicons:
    """Build :class:`Lexicons` from VADER's lexicon and the model's extra tables (name -> word -> valence)."""
    def with_inflections(table: Mapping[str, float]) -> dict[str, float]:
        merged = inflections(table)
        merged.update(table)
        return merged

    pattern, afinn = (with_inflections(extra[name]) for name in EXTRA_LEXICONS)
    vader = with_inflections(vader_lexicon)
    return Lexicons(_WordTable(vader_lexicon, pattern, afinn, vader))


def dense_features(text: str, vader_scores: Mapping[str, float], lexicons: Lexicons) -> list[float]:
    """Return the dense features of one sentence, in the order of :data:`DENSE_NAMES`.

    ``vader_scores`` is VADER's ``polarity_scores(text)``; ``lexicons`` comes from
    :func:`build_lexicons`. Words are those of :func:`analyse` ("n't" read as "not"). Besides
    VADER's four scores: the sums of positive and of negative VADER-lexicon valences over the
    sentence's words (divided by the square root of the word count, so long sentences are not
    automatically extreme); VADER's compound score mapped back to its unbounded sum of valences
    (compound = x / sqrt(x^2 + 15)), divided by 4, because compound saturates near +-1 while
    human ratings keep growing more slowly; the same positive and negative sums over the
    Pattern and AFINN lexicons (which know words VADER lacks, such as "bleak" or
    "allegations"), where a word within 3 words after a negator counts -0.5 times its valence;
    and the strongest positive and negative VADER valence of any single word (inflections
    included), divided by 4, because one strong word ("murder") weighs more with readers
    than its share of a long sentence's sum.
    """
    return _dense(_negation_words(text.lower()), vader_scores, lexicons)


def _dense(words: list[str], vader_scores: Mapping[str, float], lexicons: Lexicons) -> list[float]:
    # One pass and one dict lookup per word: this runs on every sentence of every article.
    table = lexicons.table
    vader_pos = vader_neg = pattern_pos = pattern_neg = afinn_pos = afinn_neg = strongest_pos = strongest_neg = 0.0
    scope = 0
    for word in words:
        entry = table[word]  # None for a word no lexicon knows (see _WordTable)
        if entry is not None:
            vader, pattern, afinn, inflected, negator = entry
            if vader > 0:
                vader_pos += vader
            else:
                vader_neg -= vader
            if inflected > strongest_pos:
                strongest_pos = inflected
            elif inflected < -strongest_neg:
                strongest_neg = -inflected
            if negator:
                # VADER's sums keep the negator's own valence ("no" is -1.2), as VADER does;
                # the other lexicons flip the words it governs instead.
                scope = NEGATION_SCOPE
                continue
            if scope > 0:
                pattern *= NEGATED_VALENCE
                afinn *= NEGATED_VALENCE
            if pattern > 0:
                pattern_pos += pattern
            else:
                pattern_neg -= pattern
            if afinn > 0:
                afinn_pos += afinn
            else:
                afinn_neg -= afinn
        scope -= 1
    compound = float(vader_scores["compound"])
    root = math.sqrt(max(len(words), 1))
    clipped = min(max(compound, -0.9999), 0.9999)
    raw = clipped * math.sqrt(15.0 / (1.0 - clipped * clipped))
    return [
        compound,
        float(vader_scores["pos"]),
        float(vader_scores["neu"]),
        float(vader_scores["neg"]),
        vader_pos / root,
        vader_neg / root,
        raw / 4.0,
        pattern_pos / root,
        pattern_neg / root,
        afinn_pos / root,
        afinn_neg / root,
        strongest_pos / 4.0,
        strongest_neg / 4.0,
    ]


@dataclass(frozen=True)
class _Model:
    """The shipped model as numpy arrays (see ``training/train_tone.py`` for their meaning)."""

    vocabulary: Mapping[str, int]
    idf: np.ndarray
    sublinear_tf: bool
    clf_coef: np.ndarray  # (n_terms + n_dense, 3): one column per label
    clf_intercept: np.ndarray  # (3,)
    reg_coef: np.ndarray  # (n_terms + n_dense + 1,): the last input is the classifier's p(pos) - p(neg)
    reg_intercept: float
    labels: tuple[str, ...]
    lexicons: Lexicons
    meta: Mapping[str, Any]

    @cached_property
    def term_coef(self) -> np.ndarray:
        """(n_terms, 4): each n-gram term's three classifier coefficients and its regressor one."""
        n_terms = len(self.vocabulary)
        return np.ascontiguousarray(np.hstack([self.clf_coef[:n_terms], self.reg_coef[:n_terms, None]]))


def _parse(raw: Mapping[str, Any]) -> _Model:
    terms = raw["vectorizer"]["terms"]
    n_inputs = len(terms) + len(DENSE_NAMES)
    if raw["dense_features"] != list(DENSE_NAMES):
        raise ValueError("tone model was trained on different dense features than this code computes")
    clf_coef = np.asarray(raw["classifier"]["coef"], dtype=np.float64).T
    reg_coef = np.asarray(raw["regressor"]["coef"], dtype=np.float64)
    if clf_coef.shape != (n_inputs, 3) or reg_coef.shape != (n_inputs + 1,):
        raise ValueError("tone model coefficients do not match its vocabulary")
    return _Model(
        vocabulary={term: i for i, term in enumerate(terms)},
        idf=np.asarray(raw["vectorizer"]["idf"], dtype=np.float64),
        sublinear_tf=bool(raw["vectorizer"]["sublinear_tf"]),
        clf_coef=clf_coef,
        clf_intercept=np.asarray(raw["classifier"]["intercept"], dtype=np.float64),
        reg_coef=reg_coef,
        reg_intercept=float(raw["regressor"]["intercept"]),
        labels=tuple(raw["classifier"]["labels"]),
        lexicons=build_lexicons(vader_analyzer().lexicon, {name: raw["lexicons"][name]["valence"] for name in EXTRA_LEXICONS}),
        meta={k: v for k, v in raw.items() if k not in ("vectorizer", "classifier", "regressor")} | {"lexicons": _lexicon_meta(raw["lexicons"])},
    )


def _lexicon_meta(raw: Mapping[str, Any]) -> dict[str, Any]:
    # The manifest names each shipped lexicon's source and licence, not its thousands of words.
    return {name: {k: v for k, v in entry.items() if k != "valence"} | {"words": len(entry["valence"])} for name, entry in raw.items()}


@lru_cache(maxsize=1)
def _model() -> _Model:
    # Loaded once per process from the package; plain JSON, never pickle.
    return _parse(json.loads(MODEL_PATH.read_text(encoding="utf-8")))


def _term_sums(tokenised: Sequence[list[str]], model: _Model) -> np.ndarray:
    """Per text, the L2-normalised TF-IDF row times the term coefficients: shape (n, 4).

    Columns 0-2 are the classifier's three label logits from the n-gram terms, column 3 the
    regressor's. This is ``tfidf @ coef`` exactly as scikit-learn's TfidfVectorizer(norm='l2')
    rows would give it, computed over the non-zero terms only: a sparse matrix costs more to
    build than to use for the dozen sentences of one article.
    """
    lookup = model.vocabulary.get
    rows: list[int] = []
    indices: list[int] = []
    counts: list[int] = []
    for row, words in enumerate(tokenised):
        # Counter counts in C; this loop runs once per sentence of every article.
        found = Counter([j for j in map(lookup, _terms(words)) if j is not None])
        indices.extend(found)
        counts.extend(found.values())
        rows.extend([row] * len(found))
    n = len(tokenised)
    if not indices:
        return np.zeros((n, 4))
    cols = np.asarray(indices, dtype=np.int64)
    data = np.asarray(counts, dtype=np.float64)
    if model.sublinear_tf:
        data = sublinear_tf_array(data)
    data *= model.idf[cols]
    row_ids = np.asarray(rows, dtype=np.int64)
    norms = np.sqrt(np.bincount(row_ids, weights=data * data, minlength=n))
    norms[norms == 0.0] = 1.0
    weights = data / norms[row_ids]
    coef = model.term_coef[cols]
    return np.stack([np.bincount(row_ids, weights=weights * coef[:, k], minlength=n) for k in range(4)], axis=1)


def predict_arrays(texts: Sequence[str], vader_scores: Sequence[Mapping[str, float]], model: Mapping[str, Any] | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return ``(value, probabilities, compound)`` arrays for texts whose VADER scores are given.

    ``value`` is clipped to [-1, 1]; ``probabilities`` has one column per label in
    :data:`LABELS` order. ``model`` is a parsed JSON model dict (training passes the one it
    has just built); by default the shipped model.
    """
    m = _model() if model is None else _parse(model)
    n_terms = len(m.vocabulary)
    # Tokenise once; the n-grams and the lexicon sums read the same words.
    tokenised = [_negation_words(text.lower()) for text in texts]
    sums = _term_sums(tokenised, m)
    dense = np.array([_dense(w, v, m.lexicons) for w, v in zip(tokenised, vader_scores)], dtype=np.float64).reshape(len(texts), len(DENSE_NAMES))
    logits = sums[:, :3] + dense @ m.clf_coef[n_terms:] + m.clf_intercept
    logits -= logits.max(axis=1, keepdims=True)
    expo = np.exp(logits)
    proba = expo / expo.sum(axis=1, keepdims=True)
    order = [m.labels.index(label) for label in LABELS]
    proba = proba[:, order]
    # The regressor also reads the news classifier's lean, p(positive) - p(negative).
    lean = proba[:, 2] - proba[:, 0]
    value = sums[:, 3] + dense @ m.reg_coef[n_terms:-1] + lean * m.reg_coef[-1] + m.reg_intercept
    compound = np.array([float(v["compound"]) for v in vader_scores], dtype=np.float64)
    return np.clip(value, -1.0, 1.0), proba, compound


def score_sentences(texts: list[str]) -> list[ToneResult]:
    """Score each sentence on its own: model tone value in [-1, 1], label, and VADER compound.

    Pass sentences, not whole articles: VADER's compound saturates on long text. The value is
    the news-calibrated intensity and the label is read off it by :func:`tone_label` (see
    :class:`ToneResult`). The classifier head is still computed, but only as an input to the
    value (its lean p(positive) - p(negative)); its own label is not used. The batch is scored
    with one sparse matrix product, so cost is dominated by VADER itself.
    """
    if not texts:
        return []
    analyzer = vader_analyzer()
    vader_scores = [analyzer.polarity_scores(text) for text in texts]
    value, _, compound = predict_arrays(texts, vader_scores)
    return [ToneResult(float(v), tone_label(float(v)), float(c)) for v, c in zip(value, compound)]


def model_info() -> dict[str, Any]:
    """Return the shipped model's metadata for the run manifest.

    Keys: ``version``, ``trained_with`` (library versions), ``training_data`` (sources with
    sha256 fingerprints), ``fingerprint`` (one hash over all training data), ``metrics``
    (grouped cross-validation numbers for the model and VADER), ``labels``, ``lexicons``
    (each shipped lexicon's source, licence, sha256 and word count), ``model_sha256``.
    """
    import hashlib

    meta = dict(_model().meta)
    meta["model_sha256"] = hashlib.sha256(MODEL_PATH.read_bytes()).hexdigest()
    return meta


__all__ = [
    "DENSE_NAMES",
    "EXTRA_LEXICONS",
    "LABELS",
    "MODEL_PATH",
    "NEGATION_SCOPE",
    "NEGATORS",
    "TONE_BAND",
    "Lexicons",
    "ToneResult",
    "analyse",
    "build_lexicons",
    "dense_features",
    "inflections",
    "label_rule",
    "model_info",
    "predict_arrays",
    "score_sentences",
    "tone_label",
]
