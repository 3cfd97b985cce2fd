"""Loaded language: words that carry the writer's judgement rather than a fact. Pure functions.

Two sources decide which words are loaded, and every word found says which one did:

* an editable **lexicon**, ``lexicons/loaded.txt`` (labels such as "regime", "radical";
  judgements such as "bizarre"; emotive words such as "slammed"; intensifiers such as
  "staggering"), plus the reporting verbs marked ``loaded`` in ``lexicons/reporting_verbs.txt``
  ("claimed", "insisted": one home for those verbs);
* a small **model**, ``models/loaded_model.json``: a logistic regression over one word at a
  time, trained by ``training/train_loaded.py`` on the development split of BABE (news
  sentences in which experts marked the biased words). Its features are defined by public
  word lists only (the lexicon above, Pattern's subjectivity and polarity of adjectives,
  VADER's valence, word endings such as "-ly"), and it has a weight for a word only when that
  word is in one of those lists: no word, phrase or sentence of BABE is in the file.

A second small model reads the whole sentence (how its words score, and which closed-class and
listed words it uses). A sentence is loaded when that model's probability reaches its threshold
and at least one of its own words reaches the word threshold; those words are shown, so a loaded
sentence always has a span and every span is a word the word model rates loaded on its own. Thresholds are chosen on training folds (see ``docs/LOADED.md``). Lexicon entries of
several words ("witch hunt", "lashed out") are reported as one span.

Entry points: :func:`analyse_sentence` (one sentence, quotation spans given),
:func:`lexicon_words` (the word list alone) and :func:`word_features` / :func:`sentence_terms`
(shared with the training script, so training and use agree).
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

from .hedging import ViewCues, _view_given, inflections
from .quotes import reporting_verbs
from .similarity import l2_norm, sublinear_tf
from .text import ascii_folded, is_heading, paragraph_spans, word_spans

MODEL_PATH = Path(__file__).with_name("models") / "loaded_model.json"
LEXICON_NAME = "loaded.txt"

KINDS: tuple[str, ...] = ("label", "judgement", "emotive", "intensifier", "attribution", "manner", "learned")
#: The kind of a loaded verb of saying: a verb that reports a quotation or a claim and colours it
#: ("claimed", "insisted", "scoffed"), where "said" would be neutral. The one home of that
#: definition: the "Loaded verbs of saying" measure counts the outlet's own words of this kind.
SAYING_KIND = "attribution"
#: The kind of an adverb telling how someone spoke ("loudly claiming", "facetiously said"): it
#: colours the speech too, but it is no verb, so it is counted apart from :data:`SAYING_KIND`.
MANNER_KIND = "manner"
# Lexicon kinds whose entries also match regular inflections (nouns and verbs); adjectives and
# adverbs are listed form by form, because "bizarres" or "blatantlied" would be noise.
_INFLECTED_KINDS = {"label", "emotive"}

# One-line reasons a student can read, per kind; "{w}" is the word as written.
NOTES: dict[str, str] = {
    "label": "'{w}' is a label that passes judgement on who or what it names, where a neutral word would do",
    "judgement": "'{w}' gives the writer's opinion rather than a checkable fact",
    "emotive": "'{w}' is chosen for its emotional force; a plainer word would report the same thing",
    "intensifier": "'{w}' makes the size or degree sound bigger than a plain description would",
    "attribution": "'{w}' colours what was said (casting doubt, or making it an admission, a boast or an alarm), where 'said' would be neutral",
    "manner": "'{w}' colours how someone spoke; the verb of saying alone would report the same speech",
    "learned": "'{w}' was rated loaded by a model trained on news sentences in which experts marked biased words",
}
#: The note of an adverb of manner beside a verb of saying ("facetiously said", "loudly claiming").
MANNER_NOTE = NOTES["manner"]

# Word endings typical of evaluative adjectives and adverbs, and of -ism/-ist labels.
SUFFIXES: tuple[str, ...] = ("ly", "ous", "ive", "ic", "ist", "ism", "ful", "less", "ed", "ing", "al", "ant", "ent", "ish", "ible", "able")
# Degree words that turn the next word into an evaluation ("so bizarre", "deeply troubling").
DEGREE_WORDS = frozenset("so very too most really truly utterly deeply extremely incredibly highly such "
                         "utter sheer absolutely totally completely downright outright thoroughly".split())
PREFIX_LEN = 5
_READER_WORDS = frozenset({"we", "our", "us", "you", "your"})
_POSSESSIVE = re.compile(r"['’]s$")


@dataclass(frozen=True)
class LoadedWord:
    """One loaded word or phrase: offsets into the text it was found in, and why it counts.

    ``kind`` is one of :data:`KINDS`; ``score`` is the model's probability (0-1) that an expert
    would mark the word as biased; ``quoted`` is true inside a quotation (the speaker's words,
    counted apart from the outlet's own); ``note`` is one line a student can read.
    """

    start: int
    end: int
    text: str
    kind: str
    score: float
    quoted: bool
    note: str


@dataclass(frozen=True)
class Lexicon:
    """The loaded-language lexicon: single word forms and multi-word phrases, each with a kind."""

    words: Mapping[str, str]
    phrases: Mapping[tuple[str, ...], str]

    @property
    def starts(self) -> frozenset[str]:
        """First words of the phrases (a word that starts none cannot start a match)."""
        return self._phrase_index()[1]

    @property
    def longest(self) -> int:
        """The number of words of the longest phrase (0 without phrases)."""
        return self._phrase_index()[2]

    def _phrase_index(self) -> tuple[Mapping[tuple[str, ...], str], frozenset[str], int]:
        cached = _STARTS.get(id(self.phrases))
        if cached is None or cached[0] is not self.phrases:
            cached = (self.phrases, frozenset(p[0] for p in self.phrases), max(map(len, self.phrases), default=0))
            _STARTS[id(self.phrases)] = cached
        return cached


# id(phrases) -> (phrases, first words, longest); the phrases object is kept so a reused id is
# detected. Kept outside the frozen record, computed once per lexicon rather than per sentence.
_STARTS: dict[int, tuple[Mapping[tuple[str, ...], str], frozenset[str], int]] = {}


def parse_lexicon(raw: str) -> Lexicon:
    """Parse lexicon text (``entry<TAB>kind`` lines, ``#`` comments) into a :class:`Lexicon`.

    Raises ``ValueError`` naming the line when a kind is unknown or a line has no kind.
    """
    words: dict[str, str] = {}
    phrases: dict[tuple[str, ...], str] = {}
    for number, line in enumerate(raw.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        entry, _, kind = line.partition("\t")
        kind = kind.strip()
        if kind not in KINDS:
            raise ValueError(f"line {number}: {line.strip()!r} needs a tab and a kind out of {', '.join(KINDS)}")
        parts = entry.strip().lower().split()
        if len(parts) > 1:
            phrases.setdefault(tuple(parts), kind)
            if kind in _INFLECTED_KINDS:  # "lash out" -> "lashes out", "lashed out"
                for form in inflections(parts[0]):
                    phrases.setdefault((form, *parts[1:]), kind)
            continue
        forms = inflections(parts[0]) if kind in _INFLECTED_KINDS else (parts[0],)
        for form in forms:
            words.setdefault(form, kind)
    return Lexicon(words, phrases)


@lru_cache(maxsize=8)
def read_lexicon(path: str | None = None) -> Lexicon:
    """Return the built-in lexicon (``path`` None) or the one at ``path``, plus loaded reporting verbs.

    Loaded reporting verbs ("claimed", "insisted", "boasted") come from
    ``reporting_verbs.txt`` as kind ``attribution`` unless the lexicon gives them a kind.
    """
    if path is None:
        raw = files("biaslens").joinpath(f"lexicons/{LEXICON_NAME}").read_text(encoding="utf-8")
    else:
        raw = Path(path).read_text(encoding="utf-8")
    lexicon = parse_lexicon(raw)
    words = dict(lexicon.words)
    phrases = dict(lexicon.phrases)
    for form, (stance, _lemma) in sorted(reporting_verbs().items()):
        if stance != "loaded":
            continue
        parts = tuple(form.split())
        if len(parts) == 1:
            words.setdefault(form, "attribution")
        else:
            phrases.setdefault(parts, "attribution")
    return Lexicon(words, phrases)


@lru_cache(maxsize=65536)
def normalise(word: str) -> str:
    """Lower-case a word and drop a possessive "'s" (Trump's -> trump), curly apostrophes included."""
    return _POSSESSIVE.sub("", word.lower().replace("’", "'"))


def phrase_kinds(words: Sequence[str], lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """Return ``(first, last + 1, kind)`` word ranges of lexicon phrases in ``words`` (normalised).

    Longest phrase first at each position; phrases do not overlap.
    """
    if not lexicon.phrases:
        return []
    longest = lexicon.longest
    starts = lexicon.starts
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        if words[i] not in starts:
            i += 1
            continue
        for n in range(min(longest, len(words) - i), 1, -1):
            kind = lexicon.phrases.get(tuple(words[i : i + n]))
            if kind is not None:
                found.append((i, i + n, kind))
                i += n
                break
        else:
            i += 1
    return found


@dataclass(frozen=True)
class Resources:
    """Word tables the features read: the lexicon, Pattern's subjectivity/polarity, VADER's valence."""

    lexicon: Lexicon
    subjectivity: Mapping[str, float]
    polarity: Mapping[str, float]
    vader: Mapping[str, float]
    # Dale-Chall's familiar words (textstat's list) and the CMU dictionary's words (the table
    # readability reads): how common a word is. Loaded words are often uncommon ("perfidy",
    # "squelch", "bloviated"), and a word no dictionary has is often a coinage ("cartoonish").
    familiar: frozenset[str] = frozenset()
    dictionary: Mapping[str, int] = field(default_factory=dict)


def sentence_context(words: Sequence[str], raw: Sequence[str], res: Resources) -> dict[str, float]:
    """Features of the whole sentence that every word in it shares: how opinionated it reads.

    Share of words in a public list, lexicon hits (capped at 3, over 3), share of words VADER
    rates negative, and whether the writer addresses the reader ("we", "our", "you").
    """
    n = len(words) or 1
    known = sum(1 for w in words if w in res.lexicon.words or w in res.subjectivity or w in res.vader)
    hits = sum(1 for w in words if w in res.lexicon.words)
    negative = sum(1 for w in words if res.vader.get(w, 0.0) < 0)
    return {
        "ctx_known": known / n,
        "ctx_lexicon": min(hits, 3) / 3.0,
        "ctx_negative": negative / n,
        "ctx_reader": 1.0 if any(w in _READER_WORDS for w in words) else 0.0,
    }


def token_features(words: Sequence[str], raw: Sequence[str], i: int, res: Resources,
                   phrase_kind: str | None, context: Mapping[str, float]) -> dict[str, float]:
    """Features of word ``i`` of a sentence: ``words`` normalised, ``raw`` as written.

    Identity features (``w=``, ``p5=``) are made only for words and prefixes of words in the
    public lists ``res`` holds, so a model trained on them can carry no other vocabulary.
    ``phrase_kind`` is the kind of a lexicon phrase covering the word; ``context`` is
    :func:`sentence_context` (opinionated sentences load more words). The union of
    :func:`word_only_features` and :func:`position_features`.
    """
    feats, known = word_only_features(words[i], res, phrase_kind)
    return {**feats, **position_features(words, raw, i, known, context, res)}


def word_only_features(w: str, res: Resources, phrase_kind: str | None) -> tuple[dict[str, float], bool]:
    """The features that depend on the word alone (and a phrase covering it), and whether it is listed."""
    feats: dict[str, float] = {"bias": 1.0}
    kind = res.lexicon.words.get(w) or phrase_kind
    known = kind is not None or w in res.subjectivity or w in res.vader
    if kind is not None:
        feats["lex:" + kind] = 1.0
    if known:
        feats["w=" + w] = 1.0
        if len(w) > PREFIX_LEN:
            feats["p5=" + w[:PREFIX_LEN]] = 1.0
    if not known:
        # An inflected or prefixed form of a listed word ("trolls", "blunders", "dramatically",
        # "unqualified") reads like the listed word; without this only the exact form had weights.
        base, prefixed = listed_base(w, res)
        if base is not None:
            known = True
            feats["negprefix" if prefixed else "inflected"] = 1.0
            base_feats, _ = word_only_features(base, res, None)
            for name, value in base_feats.items():
                if name != "bias" and not name.startswith(("suf:", "short", "hyphen", "digit")):
                    feats[name] = value
            return _shape_features(w, feats, res), known
    subj = res.subjectivity.get(w)
    if subj is not None:
        feats["subj"] = subj
        feats["pol"] = abs(res.polarity.get(w, 0.0))
    valence = res.vader.get(w)
    if valence is not None:
        feats["vader_abs"] = abs(valence) / 4.0
        feats["vader_neg" if valence < 0 else "vader_pos"] = 1.0
    return _shape_features(w, feats, res), known


def _shape_features(w: str, feats: dict[str, float], res: Resources) -> dict[str, float]:
    """Add the word-shape features (ending, familiar or unknown to the dictionary, hyphen, length, digits) to ``feats``."""
    for suffix in SUFFIXES:
        if len(w) > len(suffix) + 2 and w.endswith(suffix):
            feats["suf:" + suffix] = 1.0
            break
    if w in res.familiar:
        feats["familiar"] = 1.0
    if "-" in w:
        feats["hyphen"] = 1.0
    if len(w) <= 3:
        feats["short"] = 1.0
    if any(ch.isdigit() for ch in w):
        feats["digit"] = 1.0
    return feats


# Endings stripped to find a listed word inside an unlisted one, with what replaces them:
# "trolls" -> "troll", "bullies" -> "bully", "blundered" -> "blunder", "unraveling" -> "unravel",
# "dramatically" -> "dramatic", "angrily" -> "angry", "ridiculousness" -> "ridiculous".
_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ically", ("ic", "ical")), ("ily", ("y",)), ("ly", ("", "le")), ("ness", ("",)), ("ies", ("y",)),
    ("ied", ("y",)), ("es", ("", "e")), ("s", ("",)), ("ed", ("", "e")), ("ing", ("", "e")),
)
# Prefixes that negate or reverse a listed word ("unqualified", "disingenuous", "misguided").
_NEGATING_PREFIXES = ("un", "dis", "mis", "in", "im", "ir", "il", "non-", "non", "anti-")


@lru_cache(maxsize=65536)
def _strip_endings(w: str) -> tuple[str, ...]:
    out: list[str] = []
    for ending, repl in _ENDINGS:
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            stem_ = w[: -len(ending)]
            out.extend(stem_ + r for r in repl)
            if ending in ("ed", "ing") and len(stem_) > 3 and stem_[-1] == stem_[-2]:
                out.append(stem_[:-1])  # "slammed" -> "slam"
    return tuple(out)


def listed_base(w: str, res: Resources) -> tuple[str | None, bool]:
    """The listed word an unlisted word is built on, and whether a negating prefix was removed.

    Tries endings first ("trolls" -> "troll"), then a negating prefix with or without an ending
    ("unqualified" -> "qualified", "disingenuously" -> "ingenuous"). None when nothing is listed.
    """
    def listed(x: str) -> bool:
        return x in res.lexicon.words or x in res.subjectivity or x in res.vader

    for base in _strip_endings(w):
        if listed(base):
            return base, False
    for prefix in _NEGATING_PREFIXES:
        rest = w[len(prefix):]
        if w.startswith(prefix) and len(rest) >= 4:
            for base in (rest, *_strip_endings(rest)):
                if listed(base):
                    return base, True
    return None, False


def unknown_word(word: str, raw: str, res: Resources) -> bool:
    """True when a word written in lower case is in no dictionary: a rare word or a coinage
    ("perfidy" is in the CMU dictionary, "cartoonish" and "bloviated" are not). Names are
    written with a capital, so they never count."""
    return bool(res.dictionary) and raw[:1].islower() and word.isalpha() and word not in res.dictionary


def position_features(words: Sequence[str], raw: Sequence[str], i: int, known: bool,
                      context: Mapping[str, float], res: Resources | None = None) -> dict[str, float]:
    """The features that depend on where the word stands or how it is written: capitalised
    mid-sentence, a lower-case word no dictionary has, after a degree word, sentence context."""
    feats: dict[str, float] = {}
    if res is not None and unknown_word(words[i], raw[i], res):
        feats["not_in_dictionary"] = 1.0
    if i > 0 and raw[i][:1].isupper():
        feats["capital"] = 1.0  # names mid-sentence are seldom loaded
    if i > 0 and words[i - 1] in DEGREE_WORDS:
        feats["after_degree"] = 1.0
    for name, value in context.items():
        feats[name] = value
        if known:
            feats["known_x_" + name] = value
    return feats


# Sentence-model terms that are not words: numbers (one term for all), and punctuation that
# marks an opinion piece (questions, exclamations, scare quotes, asides).
NUMBER_TERM = "<number>"
ADVERB_TERM, HYPHEN_TERM, CAPITALS_TERM = "<-ly>", "<hyphenated>", "<capitals>"
SCARE_QUOTE_TERM = "<scare-quote>"
PUNCTUATION_TERMS = frozenset('?!"“”;:—')
# Names of the sentence model's dense features, in order (see sentence_summary).
SUMMARY_NAMES: tuple[str, ...] = ("max", "top2", "top3", "sum", "n_over_0.2", "n_over_0.4", "words_over_30", "has_quote")


@dataclass(frozen=True)
class Model:
    """The shipped model: a word model, a sentence model and the decision thresholds.

    ``word_coef``/``word_intercept``: logistic regression over :func:`token_features`.
    ``sentence_idf``/``sentence_coef``/``summary_coef``/``sentence_intercept``: logistic
    regression over TF-IDF of :func:`sentence_terms` and :func:`sentence_summary`.
    ``sentence_threshold``: a sentence is loaded when its probability reaches it and one of
    its own-voice words reaches ``floor``; in a loaded sentence the most probable word is shown,
    lexicon words at or above ``floor`` and other words at or above ``word_threshold``.
    """

    word_coef: Mapping[str, float]
    word_intercept: float
    sentence_idf: Mapping[str, float]
    sentence_coef: Mapping[str, float]
    summary_coef: Sequence[float]
    sentence_intercept: float
    sentence_threshold: float
    word_threshold: float
    floor: float
    meta: Mapping[str, Any]

    def probability(self, feats: Mapping[str, float]) -> float:
        """Probability (0-1) that the word described by ``feats`` is loaded."""
        return _sigmoid(self.word_intercept + sum(self.word_coef.get(n, 0.0) * v for n, v in feats.items()))

    def sentence_probability(self, terms: Sequence[str], summary: Sequence[float]) -> float:
        """Probability (0-1) that experts would call the sentence biased, from its terms and word summary."""
        counts: dict[str, int] = {}
        for term in terms:
            if term in self.sentence_idf:
                counts[term] = counts.get(term, 0) + 1
        weights = {t: sublinear_tf(c) * self.sentence_idf[t] for t, c in counts.items()}
        norm = l2_norm(weights.values()) or 1.0
        z = self.sentence_intercept + sum(self.sentence_coef.get(t, 0.0) * v / norm for t, v in weights.items())
        z += sum(w * x for w, x in zip(self.summary_coef, summary))
        return _sigmoid(z)


def _sigmoid(z: float) -> float:
    if z < -500:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def parse_model(raw: Mapping[str, Any]) -> Model:
    """Build a :class:`Model` from the JSON written by ``training/train_loaded.py``."""
    word, sentence, thresholds = raw["word_model"], raw["sentence_model"], raw["thresholds"]
    return Model(
        dict(word["coef"]), float(word["intercept"]),
        dict(sentence["idf"]), dict(sentence["coef"]), tuple(float(x) for x in sentence["summary_coef"]),
        float(sentence["intercept"]),
        float(thresholds["sentence"]), float(thresholds["word"]), float(thresholds["floor"]),
        {k: v for k, v in raw.items() if k not in ("word_model", "sentence_model", "subjectivity", "polarity")},
    )


@lru_cache(maxsize=1)
def _shipped() -> tuple[Model, dict[str, float], dict[str, float]]:
    raw = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    return parse_model(raw), dict(raw["subjectivity"]), dict(raw["polarity"])


def shipped_model() -> Model:
    """Return the model shipped in ``models/loaded_model.json`` (read once per process)."""
    return _shipped()[0]


def resources(lexicon: Lexicon | None = None, pattern: tuple[Mapping[str, float], Mapping[str, float]] | None = None) -> Resources:
    """Return the word tables: ``lexicon`` (default built-in), Pattern tables (default: from the model file).

    With the shipped Pattern tables, the same lexicon object gives the same :class:`Resources`
    object for the life of the process, so what :class:`WordScorer` keeps per word is kept across
    stories (an extractor is built per story)."""
    if pattern is None:
        key = id(lexicon)
        kept = _RESOURCES.get(key)
        if kept is None or kept[0] is not lexicon:
            while len(_RESOURCES) >= _WORD_TABLES_KEPT:  # a few lexicons per process at most
                del _RESOURCES[next(iter(_RESOURCES))]
            kept = _RESOURCES[key] = (lexicon, _resources(lexicon, None))
        return kept[1]
    return _resources(lexicon, pattern)


# id(lexicon) -> (lexicon, its Resources): the lexicon object is kept so a reused id is detected.
_RESOURCES: dict[int, tuple[Lexicon | None, Resources]] = {}


def _resources(lexicon: Lexicon | None, pattern: tuple[Mapping[str, float], Mapping[str, float]] | None) -> Resources:
    from .vader import vader_analyzer

    if pattern is None:
        _, subjectivity, polarity = _shipped()
    else:
        subjectivity, polarity = pattern
    from textstat.backend.utils import get_lang_easy_words

    from .extractors.readability import cmu_words

    return Resources(lexicon or read_lexicon(), subjectivity, polarity, vader_analyzer().lexicon,
                     frozenset(get_lang_easy_words("en")), cmu_words())


def sentence_words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Word offsets in ``text[start:end]`` (the project's one word rule)."""
    return word_spans(text, start, end)


def word_probabilities(text: str, spans: Sequence[tuple[int, int]], res: Resources, model: Model) -> tuple[list[float], list[str | None]]:
    """Return each word's probability of being loaded and the lexicon kind covering it (or None)."""
    return WordScorer(model, res).probabilities(text, spans)


def _read_words(text: str, spans: Sequence[tuple[int, int]], lexicon: Lexicon
                ) -> tuple[list[str], list[str], list[str | None], list[str | None]]:
    """Words as written, normalised, their lexicon kind, and the kind of a lexicon phrase covering each."""
    raw = [text[s:e] for s, e in spans]
    words = [normalise(w) for w in raw]
    kinds: list[str | None] = [lexicon.words.get(w) for w in words]
    phrase_of: list[str | None] = [None] * len(words)
    for first, stop, kind in phrase_kinds(words, lexicon):
        for k in range(first, stop):
            phrase_of[k] = kind
    return raw, words, kinds, phrase_of


class WordScorer:
    """Applies the word model fast: the part of a word's score that depends on the word alone is
    computed once per word and kept (news repeats its words), the rest per position.

    Gives exactly ``model.probability(token_features(...))`` (tests compare them).
    """

    def __init__(self, model: Model, res: Resources) -> None:
        """Bind a model to its word tables; the per-word cache is the process's for this model and
        these tables (:func:`_word_tables`), so a scorer built per story starts with what earlier
        stories' words filled in."""
        self.model = model
        self.res = res
        self._static, self._flags = _word_tables(model, res)

    def _word(self, w: str, phrase_kind: str | None) -> tuple[float, bool, bool]:
        """The word's own part of the score, whether it is listed, and whether it is in no
        dictionary when written in lower case (the rest of :func:`unknown_word`)."""
        key = (w, phrase_kind)
        hit = self._static.get(key)
        if hit is None:
            feats, known = word_only_features(w, self.res, phrase_kind)
            coef = self.model.word_coef
            res = self.res
            hit = (sum(coef.get(n, 0.0) * v for n, v in feats.items()), known,
                   bool(res.dictionary) and w.isalpha() and w not in res.dictionary)
            self._static[key] = hit
        return hit

    def _context(self, words: Sequence[str]) -> dict[str, float]:
        """:func:`sentence_context` with each word's three tests kept per word (same numbers)."""
        res, flags = self.res, self._flags
        known = hits = negative = 0
        for w in words:
            f = flags.get(w)
            if f is None:
                f = (w in res.lexicon.words or w in res.subjectivity or w in res.vader,
                     w in res.lexicon.words, res.vader.get(w, 0.0) < 0)
                flags[w] = f
            known += f[0]
            hits += f[1]
            negative += f[2]
        n = len(words) or 1
        return {
            "ctx_known": known / n,
            "ctx_lexicon": min(hits, 3) / 3.0,
            "ctx_negative": negative / n,
            "ctx_reader": 1.0 if any(w in _READER_WORDS for w in words) else 0.0,
        }

    def probabilities(self, text: str, spans: Sequence[tuple[int, int]]) -> tuple[list[float], list[str | None]]:
        """Each word's probability of being loaded, and the lexicon kind covering it (or None)."""
        probs, kinds, _ = self._scores(text, spans)
        return probs, kinds

    def _scores(self, text: str, spans: Sequence[tuple[int, int]]) -> tuple[list[float], list[str | None], list[str]]:
        """:meth:`probabilities` and the normalised words, which the sentence's rules read too."""
        res, coef = self.res, self.model.word_coef
        raw, words, kinds, phrase_of = _read_words(text, spans, res.lexicon)
        context = self._context(words)
        base = self.model.word_intercept + sum(coef.get(n, 0.0) * v for n, v in context.items())
        known_part = sum(coef.get("known_x_" + n, 0.0) * v for n, v in context.items())
        capital, degree = coef.get("capital", 0.0), coef.get("after_degree", 0.0)
        unknown = coef.get("not_in_dictionary", 0.0)
        probs = []
        previous = ""
        static, exp = self._static, math.exp
        for i, w in enumerate(words):
            # The cache is read here, not through _word, and _sigmoid written out: the same
            # additions in the same order, without two calls per word of every sentence.
            hit = static.get((w, phrase_of[i]))
            z, known, unlisted = hit if hit is not None else self._word(w, phrase_of[i])
            z += base + (known_part if known else 0.0)
            if i > 0:
                if raw[i][:1].isupper():
                    z += capital
                if previous in DEGREE_WORDS:
                    z += degree
            if unknown and unlisted and raw[i][:1].islower():
                z += unknown
            probs.append(0.0 if z < -500 else 1.0 / (1.0 + exp(-z)))
            previous = w
        return probs, [k or p for k, p in zip(kinds, phrase_of)], words


# (id(model), id(res)) -> (model, res, the word part of the score per (word, phrase kind), the
# word's three sentence-context tests): pure functions of the word given the model and tables,
# kept for the process. The objects are kept so a reused id is detected; only the last few pairs
# are kept (training builds a model per fold), so a process that builds many does not grow.
_WORD_TABLES: dict[tuple[int, int], tuple[Model, Resources, dict[tuple[str, str | None], tuple[float, bool, bool]],
                                          dict[str, tuple[bool, bool, bool]]]] = {}
_WORD_TABLES_KEPT = 4
_WORD_TABLE_WORDS = 100_000  # 924 PolNeAR articles fill 28,557


def _word_tables(model: Model, res: Resources) -> tuple[dict[tuple[str, str | None], tuple[float, bool, bool]],
                                                        dict[str, tuple[bool, bool, bool]]]:
    key = (id(model), id(res))
    kept = _WORD_TABLES.get(key)
    if kept is None or kept[0] is not model or kept[1] is not res:
        while len(_WORD_TABLES) >= _WORD_TABLES_KEPT:
            del _WORD_TABLES[next(iter(_WORD_TABLES))]
        kept = _WORD_TABLES[key] = (model, res, {}, {})
    if len(kept[2]) > _WORD_TABLE_WORDS:
        # A long scheduled run meets ever more rare words and names: start the tables afresh
        # rather than let a worker's memory grow with all it has read (about 300 bytes a word).
        kept[2].clear()
        kept[3].clear()
    return kept[2], kept[3]


def word_features(text: str, spans: Sequence[tuple[int, int]], res: Resources) -> tuple[list[dict[str, float]], list[str | None]]:
    """The features of every word in ``spans`` (one sentence) and the lexicon kind covering each."""
    raw, words, kinds, phrase_of = _read_words(text, spans, res.lexicon)
    context = sentence_context(words, raw, res)
    feats = [token_features(words, raw, i, res, phrase_of[i], context) for i in range(len(words))]
    return feats, [k or p for k, p in zip(kinds, phrase_of)]


def word_probabilities_from(features: tuple[list[dict[str, float]], list[str | None]], model: Model) -> tuple[list[float], list[str | None]]:
    """Apply the word model to :func:`word_features` output."""
    feats, kinds = features
    return [model.probability(f) for f in feats], kinds


def sentence_terms(text: str, spans: Sequence[tuple[int, int]], start: int, end: int,
                   allowed: Any = None, quotes: Sequence[tuple[int, int]] = ()) -> list[str]:
    """Terms the sentence model counts: each word (normalised; a number becomes ``<number>``) and
    opinion punctuation in ``text[start:end]``. ``allowed`` (a set) keeps only those words, which is
    how training restricts the vocabulary to public word lists."""
    terms: list[str] = []
    for s, e in spans:
        w, shapes = _term_shape(text[s:e])
        if shapes is None:
            terms.append(NUMBER_TERM)
            continue
        if allowed is None or w in allowed:
            terms.append(w)
        terms.extend(shapes)
    terms.extend(ch for ch in text[start:end] if ch in PUNCTUATION_TERMS)
    # A quotation of one to three words inside the sentence is usually a scare quote: the writer
    # holding a word at arm's length ("political speech", "identify"), not a speaker's statement.
    terms.extend(SCARE_QUOTE_TERM for q0, q1 in quotes
                 if start <= q0 and q1 <= end and 1 <= len(text[q0:q1].split()) <= 3)
    return terms


@lru_cache(maxsize=65536)
def _term_shape(raw: str) -> tuple[str, tuple[str, ...] | None]:
    """A word as written -> its normalised form and its shape terms (None: a number).

    Kept per word form (news repeats its words), so a sentence's terms cost a lookup a word.
    """
    w = normalise(raw)
    if any(ch.isdigit() for ch in w):
        return w, None
    shapes = []
    # Word shapes of opinion writing, whatever the word: -ly adverbs ("brazenly"), coined
    # hyphenated labels ("golfer-in-chief", "anti-American"), words in capitals ("FAKE").
    if len(w) > 4 and w.endswith("ly"):
        shapes.append(ADVERB_TERM)
    if "-" in w.strip("-"):
        shapes.append(HYPHEN_TERM)
    if len(w) > 2 and raw.isupper():
        shapes.append(CAPITALS_TERM)
    return w, tuple(shapes)


def sentence_summary(probs: Sequence[float], n_words: int, has_quote: bool) -> list[float]:
    """The sentence model's dense features from own-voice word probabilities (see ``SUMMARY_NAMES``)."""
    top = sorted(probs, reverse=True) or [0.0]
    return [top[0], sum(top[:2]), sum(top[:3]), sum(top), float(sum(p >= 0.2 for p in probs)),
            float(sum(p >= 0.4 for p in probs)), n_words / 30.0, 1.0 if has_quote else 0.0]


@dataclass(frozen=True)
class WordRoles:
    """Whose each word of one sentence is, and which words the rules empty. Read once by
    :func:`word_roles`, the same way for :func:`analyse_sentence` and :func:`lexicon_words`.

    ``quoted``: per word, inside a quotation or reported as someone else's view (``reported``).
    ``silenced``: nouns of verbs of saying, fact names, "claim credit": scored 0 everywhere.
    ``plain``: never shown (:func:`speech_verbs`, :func:`unasserted`), though the sentence model reads
    their scores. ``doubt``: doubting verbs of saying always shown. ``taking``: "claim" taking a thing.
    """

    quoted: tuple[bool, ...]
    reported: frozenset[int]
    nouns: frozenset[int]
    silenced: frozenset[int]
    plain: frozenset[int]
    doubt: frozenset[int]
    taking: frozenset[int]


def word_roles(text: str, start: int, end: int, spans: Sequence[tuple[int, int]], kinds: Sequence[str | None],
               quotes: Sequence[tuple[int, int]] = (), words: Sequence[str] | None = None) -> WordRoles:
    """Read whose each word of ``text[start:end]`` is and which words the rules empty (see :class:`WordRoles`).

    ``kinds``: the lexicon kind covering each word (:func:`word_probabilities`); ``words``: the
    normalised words, when already at hand."""
    if words is None:
        words = [normalise(text[s:e]) for s, e in spans]
    quoted = [any(q0 <= s and e <= q1 for q0, q1 in quotes) for s, e in spans] if quotes else [False] * len(spans)
    reported, nouns = voice_of_words(text, start, spans, kinds, words)
    facts = fact_names(text, spans, kinds, words)
    # Only a form of "claim" can take a thing: the pattern runs on those words alone.
    taking = {i for i, w in enumerate(words) if w in _CLAIM_FORMS and _claims_a_thing(text, spans, i)}
    quoted_near = any(start <= q1 and q0 <= end for q0, q1 in quotes)
    plain, doubt = speech_verbs(text, start, spans, kinds, quoted_near, quotes)
    plain |= unasserted(text, start, spans, kinds, words)
    # In the outlet's own words only: a speaker's "I was disappointed" is counted with the quotation.
    plain |= {i for i in reported_feelings(text, start, spans, words) if not quoted[i]}
    return WordRoles(tuple(q or i in reported for i, q in enumerate(quoted)), frozenset(reported), frozenset(nouns),
                     frozenset(nouns | facts | taking), frozenset(plain), frozenset(doubt), frozenset(taking))


@dataclass(frozen=True)
class SentenceResult:
    """What the model says about one sentence: its probability, whether it is loaded, the words."""

    probability: float
    loaded: bool
    words: tuple[LoadedWord, ...]


def analyse_sentence(text: str, start: int, end: int, quotes: Sequence[tuple[int, int]] = (),
                     res: Resources | None = None, model: Model | None = None,
                     scorer: WordScorer | None = None) -> SentenceResult:
    """Score ``text[start:end]`` (one sentence): loaded or not, and its loaded words in order.

    ``quotes`` are quotation spans (from :func:`biaslens.quotes.quote_spans`). Only the
    outlet's own words decide: quoted words are reported with ``quoted=True`` when they reach
    the word threshold, but never make a sentence loaded.
    """
    res = res or resources()
    model = model or shipped_model()
    spans = sentence_words(text, start, end)
    if not spans:
        return SentenceResult(0.0, False, ())
    scorer = scorer if scorer is not None and scorer.model is model and scorer.res is res else WordScorer(model, res)
    probs, kinds, words = scorer._scores(text, spans)
    roles = word_roles(text, start, end, spans, kinds, quotes, words)
    nouns, plain, doubt, reported, taking = roles.nouns, roles.plain, roles.doubt, roles.reported, roles.taking
    probs = [0.0 if i in roles.silenced else p for i, p in enumerate(probs)]
    # A plain noun or verb ("their claim", "denied") is never shown, but the sentence model was
    # trained on the words' own scores, so it still reads them when judging the sentence.
    scored = probs
    probs = [0.0 if i in plain else p for i, p in enumerate(probs)]
    kinds = [None if i in plain else k for i, k in enumerate(kinds)]
    # "his recent claims": still loaded (experts mark such nouns), but no verb of saying, so it is
    # shown as a word the model rates loaded rather than as a loaded verb of saying.
    # (The verbs of :data:`_SPEECH_ACTS` were read by :func:`speech_verbs` above.)
    kinds = [None if i in nouns or (k == "attribution" and not _speech_act(text, spans[i])
                                    and _NOUN_BEFORE.search(text[max(start, spans[i][0] - 40):spans[i][0]]))
             else k for i, k in enumerate(kinds)]
    # "Mr. Trump has mocked a disabled reporter": a loaded verb of saying whose object follows it
    # names what was done to someone, and reports no statement: emotive, not a verb of saying.
    kinds = [_ACT_KIND if k == SAYING_KIND and not _speech_act(text, spans[i]) and _ACT_ON_OBJECT.match(text, spans[i][1])
             else k for i, k in enumerate(kinds)]
    quoted = list(roles.quoted)
    own = [i for i in range(len(spans)) if not quoted[i]]
    own_probs = [scored[i] for i in own]
    summary = sentence_summary(own_probs, len(own), any(quoted))
    terms = sentence_terms(text, [spans[i] for i in own], start, end, quotes=quotes)
    q = model.sentence_probability(terms, summary)
    best = max(own, key=lambda i: (probs[i], -i)) if own else None
    is_loaded = best is not None and q >= model.sentence_threshold and probs[best] >= model.floor
    # Two tiers: a lexicon word is shown from the floor, a word only the model rates loaded from the
    # (higher) word threshold; the sentence's best word always is.
    shown = {i for i in range(len(spans)) if probs[i] >= (model.floor if kinds[i] else model.word_threshold)
             and (quoted[i] or is_loaded)}
    if is_loaded and best is not None:
        shown.add(best)
    # A listed judgement worn by a name as an epithet ("Controversial Arizona Sheriff Joe Arpaio")
    # is the outlet's label for the person, however long and plain the rest of the sentence.
    # A listed word is shown from the floor (the lexicon tier), so an epithet is too.
    epithets = {i for i in own if kinds[i] == "judgement" and probs[i] >= model.floor
                and _before_name(text, spans, i)}
    # How the writer says someone spoke ("scoffed at", "facetiously said") colours the speech in
    # the outlet's own words, however plain the rest of the sentence.
    # manner_of_speaking holds only for a verb of saying or an -ly word: the others are skipped unread.
    verbs = reporting_verbs()
    manner = {i for i in own if i not in reported and i not in roles.silenced and i not in plain
              and (words[i].endswith("ly") or words[i] in verbs)
              and manner_of_speaking(text, start, spans, i)}
    doubt = {i for i in doubt if i in own and i not in reported and i not in taking and i not in nouns}
    if epithets or manner or doubt:
        is_loaded = True
        shown |= epithets | manner | doubt
        # "scoffed" is itself a verb of saying; "loudly" only tells how the speaking went.
        kinds = [k or ((MANNER_KIND if _is_adverb(text, spans[i]) else SAYING_KIND) if i in manner else k)
                 for i, k in enumerate(kinds)]
    return SentenceResult(q, is_loaded, tuple(_group(text, spans, probs, kinds, quoted, shown, res)))


def _group(text: str, spans: Sequence[tuple[int, int]], probs: Sequence[float], kinds: Sequence[str | None],
           quoted: Sequence[bool], shown: set[int], res: Resources) -> list[LoadedWord]:
    """Turn the shown words into spans: a lexicon phrase with a shown word becomes one span."""
    if not shown:
        return []
    words = [normalise(text[s:e]) for s, e in spans]
    groups: list[tuple[int, int, str | None]] = []
    covered: set[int] = set()
    for first, stop, kind in phrase_kinds(words, res.lexicon):
        if shown & set(range(first, stop)):
            groups.append((first, stop, kind))
            covered.update(range(first, stop))
    groups += [(i, i + 1, kinds[i]) for i in sorted(shown) if i not in covered]
    found = []
    for first, stop, kind in sorted(groups):
        s, e = spans[first][0], spans[stop - 1][1]
        if _POSSESSIVE.search(text[s:e]):
            e -= 2  # "the regime's thugs": the loaded word is "regime"
        piece = text[s:e]
        kind = kind or "learned"
        note = NOTES[kind]
        found.append(LoadedWord(s, e, piece, kind, max(probs[first:stop]), all(quoted[first:stop]),
                                note.format(w=" ".join(piece.split()))))
    return found


# Verbs that report someone else's judgement: the word after them is that person's
# ("Perry called the policy heartless", "what he called X", "described as", "dubbed"); so is the
# picture someone paints of another ("the president portrayed Mr. Trump as a nasty and divisive candidate",
# "has characterized him as a person of unredeemable callousness").
_CALLING = re.compile(
    r"\b(?:call(?:ed|ing|s)(?!\s+(?:for|on|off|up|in|out|back)\b)|describ(?:e|es|ing)|described\s+(?:[^\s,;:—–]+\s+){0,4}?as|"
    r"(?:portray|depict|paint)(?:ed|s|ing)?\s+(?:[^\s,;:—–]+\s+){0,4}?as|characteri[sz](?:e|es|ed|ing)\s+(?:[^\s,;:—–]+\s+){0,4}?as|"
    r"dubb(?:ed|ing)|dubs|label(?:ed|led|ing|ling)|termed|branded|branding)\s+(?P<gap>(?:[^\s,;:—–]+\s+){0,4})$",
    re.I)
# A name (capitalised words) and then a lower-case word: what was called ends with the name.
_AFTER_NAME = re.compile(r"(?:[A-Z][\w’'.-]*\s+)+[a-z]")
# "accused Republicans of exploiting": the charge is the accuser's, not the writer's; so is the
# merit someone else gives ("Economists credit the program for drastically reducing poverty").
_ACCUSING = re.compile(r"\b(?:(?:accus(?:e|es|ed|ing)|charg(?:e|es|ed|ing))\s+(?:[^\s,;:—–]+\s+){0,4}?(?:of|with)|"
                       r"(?:credit(?:s|ed|ing)?|blam(?:e|es|ed|ing)|prais(?:e|es|ed|ing))\s+(?:[^\s,;:—–]+\s+){0,4}?for)\s+"
                       r"(?:[^\s,;:—–]+\s+){0,3}$", re.I)
# What every match of _CALLING or _ACCUSING contains (same letters, same case folding): one of their
# verbs with the whitespace after it. A sentence part without one cannot match either; "critically",
# "determined" or "discharged" hold a verb's letters but not followed by whitespace.
_CALLING_CUE = re.compile(r"((?:call(?:ed|ing|s)|describ(?:e|es|ing|ed)|dubb(?:ed|ing)|dubs|label(?:ed|led|ing|ling)|"
                          r"termed|brand(?:ed|ing)|accus(?:e|es|ed|ing)|charg(?:e|es|ed|ing)|credit(?:s|ed|ing)?|"
                          r"blam(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|(?:portray|depict|paint)(?:ed|s|ing)?|characteri[sz](?:e|es|ed|ing))\s)", re.I)
# The letters every match of a cue pattern holds (``ascii_folded``): a sentence whose folded text
# has none of them is not scanned for the cue at all (most sentences).
_CALLING_LETTERS = ("call", "describ", "dub", "label", "termed", "brand", "accus", "charg", "credit", "blam", "prais",
                    "portray", "depict", "paint", "characteri")
_THAT_CUE = re.compile(r"that", re.I)
_ABOUT_CUE = re.compile(r"about", re.I)
# Case-sensitive, as _BARE_CLAUSE is.
_BARE_CUE = re.compile(r"\s(?:was|is|were|are|had|has|have|would|will|could|should|might|must|did|does|do|wanted|wants)")
# "writes about the problems with anonymous inflammatory interviews": what someone writes or
# complains about, in words up to a comma, is that person's account of it.
_ABOUT = re.compile(r"\b(\w+)\s+about\s+[^.;:!?,]*$", re.I)
# A "that" clause after a verb of saying, up to the word; a comma or a full stop ends the clause.
_THAT_CLAUSE = re.compile(r"\b(\w+)\s+that\s+[^.;:!?,]*$", re.I)
# One "that" inside such a clause, and the verb before it with up to four words between.
_THAT_WORD = re.compile(r"(?<=\s)that(?=\s)", re.I)
_BEFORE_THAT = re.compile(r"\b\w+(?:\s+[\w’'.-]+){0,4}\s+$")
_WORD = re.compile(r"[\w’'-]+")
# Words that may stand between a verb of saying and its "that": whom it was said to and when or how
# ("told the Washington Post that", "said in a statement on Sunday that"). A plain noun ends the
# search, as its "that" opens a relative clause ("wrote a book that may change minds").
_TO_WHOM_WHEN = frozenset("""the a an him her them us me you reporters reporter members supporters colleagues
aides allies donors journalists over on in at during last this weekend week month year morning afternoon evening
night earlier later recently also repeatedly publicly privately today yesterday tonight again then previously
interview statement letter memo e-mail email post also for instance example from by""".split())


def _between_verb_and_that(word: str) -> bool:
    # A name ("the Washington Post", "ABC News"), a date number or a listed word of whom or when.
    return word[:1].isupper() or word.isdigit() or word.lower() in _TO_WHOM_WHEN
# After these, a verb-of-saying entry is a noun ("this new brand of journalism").
# "claiming credit for", "claimed responsibility": to claim a thing is to take it, not to say something.
_CLAIMED_THING = re.compile(r"\s+(?:(?:the|full|sole|some|no)\s+)?(?:credit|responsibility|victory|ownership|asylum|"
                            r"title|crown|prize|seats?|"
                            # A legal defence or right invoked: a formal claim, no doubted statement
                            # ("claimed self-defense", "claimed executive privilege").
                            r"self[- ]defen[cs]e|immunity|(?:executive\s+)?privilege|exemption)\b", re.I)


_CLAIM_FORMS = frozenset({"claim", "claims", "claimed", "claiming"})


def _claims_a_thing(text: str, spans: Sequence[tuple[int, int]], i: int) -> bool:
    """Whether word ``i`` is "claim" taking a thing as its object ("claiming credit"), not a verb of saying."""
    s, e = spans[i]
    return normalise(text[s:e]) in _CLAIM_FORMS and bool(_CLAIMED_THING.match(text, e))


# A noun phrase right after a verb, with no "as", "of", "for", "with" or "that" in its next words to
# carry what was said ("accused him of lying", "hailed the plan as a model", "mocked the idea that"):
# the verb acts on the object ("mocked a disabled reporter", "decried the violence").
_ACT_ON_OBJECT = re.compile(r"\s+(?:a|an|the|his|her|their|its|our|my|your|this|these|those)\s+[\w’'-]+"
                            r"(?![^.;:!?\"“”]{0,40}?\b(?:as|of|for|with|that|about)\b)(?![^.;:!?]{0,60}[\"“])", re.I)
# The kind such a verb is shown with.
_ACT_KIND = "emotive"
_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|his|her|their|its|our|my|your|this|these|those|such|whose|any|no)\s+(?:[a-z][\w\-]*\s+)?$", re.I)
# Verbs of saying whose noun names no statement at all ("a new brand of", "a blast of cold air"):
# as nouns they report no speech. ("his claims" does name a statement, and readers of BABE
# marked such nouns as loaded, so they stay.)
_NON_SPEECH_NOUNS = frozenset({"brand", "brands", "blast", "blasts", "fire", "hail", "rail", "rails", "jab", "jabs"})
# "his comment that", "Adesanya's claim that": a noun, not a verb of saying.
_DETERMINED = re.compile(r"(?:\b(?:the|a|an|his|her|their|its|this|that)|['’]s)\s+$", re.I)
_VOICE_KINDS = frozenset({"judgement", "label", "emotive", "intensifier", "attribution", "learned", None})


def voice_of_words(text: str, start: int, spans: Sequence[tuple[int, int]],
                   kinds: Sequence[str | None], words: Sequence[str] | None = None) -> tuple[set[int], set[int]]:
    """Whose words these are: ``(reported, nouns)`` word indices of one sentence (``words``: the
    normalised words, when already at hand).

    ``reported``: a judgement word that is the object of a calling verb ("Perry called the policy
    heartless", "what he called ...") or sits in a "that" clause reported from someone else ("he
    suggested that those who opposed him were heartless"): the judgement is the person's
    reported, so it counts with the quoted words. ``nouns``: a loaded verb of saying used as a
    noun ("this new brand of journalism", "his recent claims"), which reports no speech.
    """
    reported: set[int] = set()
    nouns: set[int] = set()
    if not spans:
        return reported, nouns
    if words is None:
        words = [normalise(text[a:b]) for a, b in spans]
    # A calling or accusing verb must stand wholly within the 80 characters before a word for those
    # rules to apply to it: words with no such cue there are decided without running the two
    # patterns (most sentences have none, and the patterns ran once per word).
    last, end = spans[-1][0], spans[-1][1]
    folded = ascii_folded(text[start:end])
    calling_cues = _cue_spans(_CALLING_CUE, text, start, last, folded, _CALLING_LETTERS)
    told_until = _told_aside(text, start, end)
    # Each clause rule's match runs from its cue word to the word with no comma or stop between:
    # where each cue is open is read once per sentence, and a word after no open cue is
    # decided without running the rule's pattern (they ran once per word, searching from the
    # sentence start each time). The patterns still decide every word after an open cue.
    stops = _ClauseStops(text, start, end)
    raw = text[start:end]
    that_open, bare_open, said_open, about_open = (
        _OpenCues(text, start, end, pattern, stops, present) for pattern, present in (
            (_THAT_CUE, "that" in folded), (_BARE_CUE, True),
            (_SAID_CUE, any(w in raw for w in _SAID_WORDS)), (_ABOUT_CUE, "about" in folded)))
    # The three clause rules' cues must also start before the word (each is part of every match of
    # its rule's pattern): words before a rule's first cue skip that rule.
    that_from, bare_from, about_from = (opened.starts[0] if opened.starts else last + 1
                                        for opened in (that_open, bare_open, about_open))
    # A that-less clause is reported only when the word that opens it is a verb of saying: words
    # before the end of the sentence's first one cannot be in such a clause (found when first needed).
    verbs = reporting_verbs()
    first_saying: list[int] = []
    # "he got the aggressive label": whether each word is such a noun, read once per sentence.
    label_noun = [w in _LABEL_NOUNS for w in words]
    # Each "that" is judged once per sentence, and each clause search starts after the last comma
    # or stop before the word (see _ClauseStops), not at the sentence start.
    verdicts: dict[int, bool] = {}
    # Where the hedging rule for a view given to someone could hold, read once per sentence (when
    # first needed); "self-described" needs its cue in the sentence.
    view_cues: ViewCues | None = None
    self_cue = "self-" in folded
    for i, (s, e) in enumerate(spans):
        if s < told_until and kinds[i] in _VOICE_KINDS:
            reported.add(i)
            continue
        if kinds[i] == "attribution" and words[i] in _NON_SPEECH_NOUNS and _NOUN_BEFORE.search(text[max(start, s - 40):s]):
            nouns.add(i)
            continue
        if kinds[i] not in _VOICE_KINDS:
            continue
        near = max(start, s - 80)  # text[near:s] is the last 80 characters before the word
        called = bool(calling_cues) and _holds_cue(calling_cues, near, s)
        calling = _CALLING.search(text[near:s]) if called else None
        # "a group called Strengthen Social Security has railed": the call gave a name; what follows
        # the name is the writer's again.
        if calling and _AFTER_NAME.match(calling.group("gap")):
            calling = None
        # "warned that a crisis is coming and claimed ...", "calling the article "misleading" and
        # claiming ...": a second verb of saying joined by "and" is the writer's word for the
        # speaker's next statement, not part of the first one (nor the object of "calling").
        second_verb = kinds[i] == "attribution" and re.search(r"\band\s+$", text[start:s])
        if not second_verb and (calling or (called and _ACCUSING.search(text[near:s]))):
            reported.add(i)
            continue
        if not second_verb and ((s > that_from and that_open.before(s)
                                 and _in_that_clause(text, start, s, True, verdicts, stops.after_stop(s)))
                                or (s > bare_from and ((bare_open.before(s) and s > _first_saying(text, start, end, verbs, first_saying))
                                                       or said_open.before(s))
                                    and _in_bare_clause(text, start, s, stops.after_comma(s), stops.after_stop(s)))
                                or (s > about_from and about_open.before(s) and in_account_of(text, start, s))):
            reported.add(i)
            continue
        # "he got the aggressive label": a label others gave, reported.
        if any(label_noun[i + 1:i + 3]):
            reported.add(i)
            continue
        if view_cues is None:
            view_cues = ViewCues(text, start, end)
        if _in_view_given(text, start, s, kinds[i], view_cues) or (self_cue and self_described(text, start, s)):
            reported.add(i)
    return reported, nouns


# "the self-described democratic socialist": the name is the person's own for themselves, up to two
# words after the cue ("self-proclaimed" and "self-styled" are the writer's doubt and stay loaded).
_SELF_DESCRIBED = re.compile(r"\bself-(?:described|identified|identifying)\s+(?:[\w’'-]+\s+){0,2}$", re.I)


def self_described(text: str, sentence_start: int, at: int) -> bool:
    """Whether the word at ``text[at]`` is a name someone gives themselves ("a self-described
    democratic socialist"): reported as that person's word, not the writer's label."""
    return _SELF_DESCRIBED.search(text, max(sentence_start, at - 60), at) is not None


def _in_view_given(text: str, sentence_start: int, at: int, kind: str | None, cues: ViewCues) -> bool:
    """Whether a judgement word at ``text[at]`` sits in a view the sentence gives to someone else
    ("Trump complained Khan unfairly had attacked him", "as Comey noted, ...", "which critics say is
    reckless"): read by the hedging extractor's one rule for whose view a clause is. A verb of saying
    itself is left to :func:`speech_verbs` (the writer chose it, whoever spoke). ``cues``: the
    sentence's :class:`~biaslens.hedging.ViewCues`, which rule out most words without the search."""
    if kind == SAYING_KIND or not cues.may_give(at) or _APPOSITIVE_OPENS.search(text, max(sentence_start, at - 60), at):
        return False
    return _view_given(text, sentence_start, at, cues)


# ", a surprisingly downbeat assessment": a noun phrase set after a comma sums up what came before;
# it is the writer's comment on the reported statement, not part of it.
_APPOSITIVE_OPENS = re.compile(r",\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,3}$", re.I)


# What ends a reported clause for the clause rules: each of their patterns ends in [^.;:!?,]*$.
_CLAUSE_STOP = re.compile(r"[.;:!?,]")
# A run of word characters: what _BARE_CLAUSE's first group, the verb of saying, matches.
_W_RUN = re.compile(r"\w+")
# What every match of _SAID_NP contains (case-sensitive, as _SAID_NP is).
_SAID_CUE = re.compile(r"said|says|told|argued|argues|wrote|writes")
_SAID_WORDS = ("said", "says", "told", "argue", "wrote", "writes")


def _first_saying(text: str, start: int, end: int, verbs: Mapping[str, Any], kept: list[int]) -> int:
    # Where the sentence's first verb of saying ends (end + 1 without one), kept in ``kept``.
    if not kept:
        kept.append(next((m.end() for m in _W_RUN.finditer(text, start, end) if m.group(0).lower() in verbs), end + 1))
    return kept[0]


class _OpenCues:
    """Where one clause rule's cue word stands in a sentence, read once: :meth:`before` tells
    whether a cue lies wholly before a position with no comma or stop between them.

    Every match of the clause patterns (:data:`_THAT_CLAUSE`, :data:`_BARE_CLAUSE`,
    :data:`_SAID_NP`, :data:`_ABOUT`) holds its cue and runs from it to the position with no
    comma or stop between, so where :meth:`before` is false the pattern cannot match there.
    """

    def __init__(self, text: str, start: int, end: int, cue: re.Pattern[str], stops: "_ClauseStops",
                 present: bool = True) -> None:
        # ``present``: False when the sentence holds none of the cue's letters (no scan then).
        found = list(cue.finditer(text, start, end)) if present else []
        self.starts = [m.start() for m in found]
        self.ends = [m.end() for m in found]
        self.stops = stops.stops

    def before(self, at: int) -> bool:
        """Whether a cue ends at or before ``at`` with no comma or stop after its start."""
        k = bisect_right(self.ends, at) - 1
        if k < 0:
            return False
        # Cues do not overlap, so the last one ending by ``at`` starts last: it alone need be tested.
        j = bisect_left(self.stops, at) - 1
        return j < 0 or self.starts[k] > self.stops[j]


class _ClauseStops:
    """Where a clause search for a word of one sentence may start, read once per sentence.

    A match of :data:`_THAT_CLAUSE` or :data:`_SAID_NP` holds no comma or stop at all, and one of
    :data:`_BARE_CLAUSE` none but the full stops of its subject's abbreviations ("Mr. Smith said"):
    so no match ending at a word starts before the last such character before the word, and a
    search from just after it finds the same leftmost match as a search from the sentence start
    (``\\b`` and lookbehinds read the text before the search start, so they judge it the same).
    """

    def __init__(self, text: str, start: int, end: int) -> None:
        self.start = start
        self.stops = [m.start() for m in _CLAUSE_STOP.finditer(text, start, end)]
        self.commas = [at for at in self.stops if text[at] != "."]

    def after_stop(self, at: int) -> int:
        """Just after the last comma or stop before ``at`` (the sentence start without one)."""
        k = bisect_left(self.stops, at) - 1
        return self.stops[k] + 1 if k >= 0 else self.start

    def after_comma(self, at: int) -> int:
        """Just after the last comma, semicolon, colon, "!" or "?" before ``at``."""
        k = bisect_left(self.commas, at) - 1
        return self.commas[k] + 1 if k >= 0 else self.start


# An attribution set off by commas inside or at the end of a sentence ("The real problem, he said,
# is progressivism"; "It was a mistake, Mr. Smith argued."): the sentence is that person's view.
_TOLD_ASIDE = re.compile(r",\s+(?:he|she|they|I|we|(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+([a-z]+)\s*(?:,|[.!?]?\s*$)")


def _told_aside(text: str, start: int, end: int) -> int:
    """Where the words reported by a comma-set attribution end (``start`` when there is none): up to
    the next comma or stop after "..., he said," or the whole sentence before "..., he said."."""
    if "," not in text[start:end]:
        return start  # most sentences: no aside, no regex run
    verbs = reporting_verbs()
    for found in _TOLD_ASIDE.finditer(text, start, end):
        if found.group(1) in verbs and text[start:found.start()].strip():
            stop = re.search(r"[,;.!?]", text[found.end():end])
            return found.end() + stop.start() if stop else end
    return start


def in_told_aside(text: str, sentence_start: int, sentence_end: int, at: int) -> bool:
    """Whether ``text[at]`` lies in the words a comma-set attribution reports ("All of this, he
    acknowledges, could be undone"; "It was a mistake, Mr. Smith argued."): see :func:`_told_aside`."""
    return sentence_start <= at < _told_aside(text, sentence_start, sentence_end)


# Verbs of saying that give a name or a label, not a statement: no clause follows them.
_NAMING_VERBS = frozenset({"call", "dub", "term", "name", "label", "brand"})
# Verbs whose "about" phrase gives someone's account ("writes about", "complained about").
_ACCOUNT_VERBS = frozenset("write writes wrote written writing complain complains complained complaining "
                           "warn warns warned warning".split())


def in_account_of(text: str, sentence_start: int, at: int) -> bool:
    """Whether ``text[at]`` lies in the "about" phrase of a verb of writing, complaining or warning
    with a subject before it ("Mediaite writes about the problems with anonymous inflammatory
    assault interviews"): the words give that person's account, not the writer's."""
    found = _ABOUT.search(text, sentence_start, at)
    return found is not None and found.group(1).lower() in _ACCOUNT_VERBS \
        and bool(text[sentence_start:found.start(1)].strip())


def _in_bare_clause(text: str, sentence_start: int, at: int, bare_from: int | None = None,
                    said_from: int | None = None) -> bool:
    """Whether ``text[at]`` lies in a that-less clause of a neutral verb of saying ("He said
    Obama was "clearly" taking a side ... no matter what he claims"): the reported person's view.

    ``bare_from``/``said_from``: where to start searching :data:`_BARE_CLAUSE` and :data:`_SAID_NP`
    (default the sentence start): any position before which no match can start (see _ClauseStops)."""
    clause = _BARE_CLAUSE.search(text, sentence_start if bare_from is None else bare_from, at)
    if clause is not None:
        verb = reporting_verbs().get(clause.group(1).lower())
        # "a group called Strengthen Social Security has railed": a calling verb names; it opens no clause.
        if verb is not None and verb[1] not in _NAMING_VERBS and not _DETERMINED.search(text, sentence_start, clause.start(1)) \
                and text[sentence_start:clause.start(1)].strip():
            return True
    # "Boutrous said the class-action nature of the case deprives the company ... because it is
    # being forced": a noun-phrase subject after a plain verb of saying opens the clause too.
    said = _SAID_NP.search(text, sentence_start if said_from is None else said_from, at)
    return said is not None and bool(text[sentence_start:said.start()].strip())


def opens_said_clause(text: str, sentence_start: int, at: int) -> bool:
    """Whether ``text[at]`` is the verb of a that-less clause reported after a plain verb of saying,
    its subject right before it ("Brinkley ... told Fox News the reading may be", "Smith said he
    could"): a modal or hedging verb there is the reported person's doubt, not the writer's.

    The subject is a pronoun, a name (up to three capitalised words) or a noun phrase opened by a
    determiner; the verb of saying has a subject before it. Loaded verbs ("claimed it may") are
    left out: their doubt may be the writer's (as in :func:`in_reported_clause`)."""
    said = _SAID_SUBJECT.search(text, max(sentence_start, at - 160), at)
    return said is not None and said.end() == at and bool(text[sentence_start:said.start()].strip())


def in_said_clause(text: str, sentence_start: int, at: int) -> bool:
    """Whether ``text[at]`` lies in a that-less clause reported after a verb of saying with a subject
    before it ("Akin said he would continue campaigning because he still believed he could win",
    "Cornyn ... told him the party is concerned his presence could hurt"): a hedge there is the
    reported person's doubt, not the writer's. The reading the loaded words use (:func:`_in_bare_clause`)."""
    return _in_bare_clause(text, sentence_start, at)


# Names of a statement that, after a verb of giving, report one ("offered a prediction that").
_STATEMENT_NOUNS = frozenset("prediction predictions forecast forecasts warning warnings assurance assurances "
                             "assessment argument promise pledge guarantee".split())
# Nouns naming a statement someone else made, whose "that" clause gives its content ("despite claims
# from Tea Partiers that the measure is a political ploy"): the claimants' words.
_CLAIM_THAT = re.compile(r"\b(?:claims?|allegations?|accusations?|charges?|assertions?|suggestions?|contentions?|"
                         r"criticisms?|complaints?|rumou?rs?)\s+(?:(?:from|by|of)\s+(?:[\w’'.-]+\s+){1,3}?)?$", re.I)
# A verb of giving a statement, then up to three words (article, adjectives) before the noun.
_LIGHT_VERB = re.compile(r"\b(?:offer(?:s|ed|ing)?|ma(?:de|kes?|king)|issu(?:e|es|ed|ing)|ga(?:ve)|giv(?:e|es|en|ing)|"
                         r"voic(?:e|es|ed|ing))\s+(?:[\w’'-]+\s+){0,3}$", re.I)


def in_reported_clause(text: str, sentence_start: int, at: int, loaded_verbs: bool = False) -> bool:
    """Whether ``text[at]`` lies in a "that" clause of a verb of saying with a subject before it
    ("he suggested that those ... were heartless", "Mediaite argues that it might be"): the
    words there are the reported person's, not the writer's. A comma or full stop ends the
    clause; "his comment that" is a noun, not a verb of saying. With ``loaded_verbs`` a loaded verb
    of saying counts too ("to warn that the party was alienating Muslims": the warning's words);
    hedges leave those out, as "claimed that it may" is the writer casting doubt."""
    return _in_that_clause(text, sentence_start, at, loaded_verbs, {}, sentence_start)


def _in_that_clause(text: str, sentence_start: int, at: int, loaded_verbs: bool, verdicts: dict[int, bool],
                    search_from: int) -> bool:
    """:func:`in_reported_clause`, with the verdict on each "that" kept in ``verdicts`` (one dict per
    sentence and setting: a verdict depends on the sentence and the "that" alone, not on the word
    asking), and the clause searched from ``search_from``: any position after which no match of
    :data:`_THAT_CLAUSE` can start before ``at`` (a match holds no comma or stop)."""
    clause = _THAT_CLAUSE.search(text, search_from, at)
    if clause is None:
        return False
    # Every "that" of the open clause, nearest first: "Politico reported ... that many GOP operatives
    # believe that a run was doubtful" is Politico's report although the nearest verb is "believe".
    for that in reversed([m.start() for m in _THAT_WORD.finditer(text, clause.start(), at)]):
        verdict = verdicts.get(that)
        if verdict is None:
            verdict = verdicts[that] = _that_reports(text, sentence_start, that, loaded_verbs)
        if verdict:
            return True
    return False


def _that_reports(text: str, sentence_start: int, that: int, loaded_verbs: bool) -> bool:
    """Whether the "that" at ``that`` opens a clause reported from someone (the rules of
    :func:`in_reported_clause` for one "that")."""
    # "despite claims from its critics that the measure is a ploy": what the claim says is theirs.
    claim = _CLAIM_THAT.search(text, max(sentence_start, that - 60), that) if loaded_verbs else None
    if claim is not None and text[sentence_start:claim.start()].strip():
        return True
    # The verb of saying stands right before "that" or up to four words before it, the words
    # between being whom or when it was said to ("told the Washington Post that", "reported over
    # the weekend that"); the nearest verb of saying counts.
    window = _BEFORE_THAT.search(text, sentence_start, that)
    if window is None:
        return False
    verbs = reporting_verbs()
    for word in reversed(list(_WORD.finditer(window.group(0)))):
        verb = verbs.get(word.group(0).lower())
        if verb is None and word.group(0).lower() in _STATEMENT_NOUNS:
            # "Ms. Lagarde offered a tentative prediction that ...": a verb of giving and the
            # name of a statement say what "predicted that" says: the clause is her view.
            noun_at = window.start() + word.start()
            light = _LIGHT_VERB.search(text, max(sentence_start, noun_at - 50), noun_at)
            return light is not None and bool(text[sentence_start:light.start()].strip())
        if verb is None:
            if _between_verb_and_that(word.group(0)):
                continue
            return False  # "wrote a book that may change minds": "that" opens a relative clause
        verb_at = window.start() + word.start()
        if (verb[0] == "loaded" and not loaded_verbs) or _DETERMINED.search(text, sentence_start, verb_at):
            return False
        return bool(text[sentence_start:verb_at].strip())
    return False


# Verbs of saying loaded because they colour a statement (cast doubt on it, make it an admission,
# a threat or an alarm): they colour speech only where they report some. "threatening his dream",
# "the discrimination claims", "Those claims are all circumstantial" report no statement.
_SPEECH_ACTS = frozenset("claim allege insist assert contend maintain admit concede confess acknowledge reveal "
                         "proclaim warn caution demand threaten deny".split())
# The plain name of the act itself: no plainer verb reports a denial ("Weiner Denies Sending Photo").
_PLAIN_ACTS = frozenset({"deny"})
# Wikipedia's MOS:SAID names these first: they cast doubt on what was said. Used as a verb that
# reports a statement in the outlet's own words, they are shown whatever the sentence model says
# ("AARP insisted that the trust funds should not be raided").
_DOUBT_ACTS = frozenset({"claim", "allege", "insist"})
# Verbs of saying whose "to" tells an intent or a risk, not a statement ("threatens to muddy the waters").
_INTENT_ACTS = frozenset({"threaten"})
# A name or personal pronoun right before a verb, adverbs between ("Trump also ", "he repeatedly ").
_PERSON_BEFORE = re.compile(r"(?:\b(?:he|she|they|we|I|you|who)|\b[A-Z][\w’'.-]*)"
                            r"(?:\s+(?:also|again|then|once|even|\w+ly))*\s+$")
# Words after which "claims"/"claim" is a verb: a pronoun or relative subject, a modal, "to", an adverb.
_VERB_BEFORE = frozenset("he she it they we i who which that also still now often repeatedly falsely "
                         "to will would can could may might should must did does do not never".split())
# A determiner or possessive right before a word: it is a noun ("their claim", "Those claims", "Weiner's claims").
_DETERMINED_RIGHT = re.compile(r"(?:\b(?:the|a|an|his|her|their|its|our|my|your|this|these|those|such|whose|any|no|"
                               r"every|each|some|many|all|both)|['’]s)\s+$", re.I)
_OWNED_BEFORE = re.compile(r"(?:\b(?:his|her|their|its|our|my|your)|['’]s)\s+[a-z][\w-]*\s+$", re.I)
# A sentence whose subject is a court filing.
_LEGAL_SUBJECT = re.compile(r"\W*(?:the|a|an|this|her|his|their|its)\s+(?:[\w-]+\s+){0,3}?"
                            r"(?:lawsuit|suit|complaint|indictment|petition|filing|motion|"
                            # Court and official papers: what they "allege" is their contents, no speaker's doubt.
                            r"documents|court\s+papers|court\s+records|affidavit|warrant)\b", re.I)
# A form of "be" right before a participle, an adverb allowed between: a passive ("are alleged to have").
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)


def _alleged_convention(lemma: str, form: str, text: str, start: int, at: int) -> bool:
    """Whether "alleged" is the reporting convention for an unproven accusation, no writer's doubt:
    before its noun ("an alleged violation") or in the passive ("are alleged to")."""
    # The adjective "alleged" ("an alleged violation", "the alleged gunman") and the passive ("who
    # are alleged to have burned", "it is alleged that") are the news convention for an accusation
    # not proven, which names no one doubting it; "Trump alleged that" and "alleging that" stay loaded.
    if lemma != "allege" or form != "alleged":
        return False
    before = text[max(start, at - 30):at]
    return bool(_DETERMINED_RIGHT.search(before) or _BE_BEFORE.search(before))


# Words that open a reported clause right after a verb ("insisted that", "claims to be", "alleged:").
_SPEECH_AFTER = re.compile(r"\s*(?:[,:]?\s*[\"“‘']|:|(?:that|to|how|why|whether)\b)", re.I)
# A subject and a finite verb after the verb of saying, before any comma: a that-less clause
# ("the AARP claims its position on strengthening Social Security remains unchanged").
_CLAUSE_AFTER = re.compile(r"\s+[^,;:.!?]{0,60}?\b(?:is|was|are|were|has|had|have|will|would|could|can|should|may|might|"
                           r"must|did|does|remains?|remained|(?!(?:his|its|this|hers|ours|yours|theirs|was|has|is|as|us)\b)[a-z]{2,}s(?=\s+(?!of\b|and\b|or\b|in\b|to\b|for\b)[a-z]))\b")
# "no matter what he claims", "as she insists": the verb reports what the "what" or "as" stands for.
_WHAT_BEFORE = re.compile(r"\b(?:what|as)\s+[\w’'.-]+(?:\s+[\w’'.-]+)?\s+$", re.I)
# Words between a verb and what it reports that say when or how ("denied on Wednesday that").
_WHEN_HOW = re.compile(r"(?:\s+(?:on|in|at|last|this|again|also|publicly|privately|repeatedly|[A-Z][a-z]+day|"
                       r"[A-Z]\w*\.?|\w+ly|\d+)\b,?)*")


# A determiner and a noun, then a second determiner or possessive with no preposition between: the
# object of the verb and a relative clause on it ("the struggle our nation has fought").
_OBJECT_THEN_RELATIVE = re.compile(r"\s+(?:the|a|an|this|that|these|those)\s+[\w’'-]+\s+(?:[\w’'-]+\s+)?"
                                   r"(?:our|their|his|her|its|my|your|the|a|an|we|they|he|she|i|you)\s", re.I)
# After "to", a determiner or possessive opens a noun phrase: "claim to the document" is a right to a thing.
_TO_A_THING = re.compile(r"\s*(?:the|a|an|his|her|their|its|this|that|these|those|our|my|your)\b", re.I)
# Prepositions whose object "claims" is a noun ("despite claims from Tea Partiers that").
_GOVERNING = frozenset("despite of about against over amid amidst among with from by for on without behind "
                       "rejected disputed challenged dismissed denied".split())


def _speech_act(text: str, span: tuple[int, int]) -> bool:
    """Whether the word at ``span`` is a form of a verb in :data:`_SPEECH_ACTS`."""
    verb = reporting_verbs().get(text[span[0]:span[1]].lower())
    return verb is not None and verb[1] in _SPEECH_ACTS


def speech_verbs(text: str, start: int, spans: Sequence[tuple[int, int]], kinds: Sequence[str | None],
                 quoted_near: bool, quotes: Sequence[tuple[int, int]] = ()) -> tuple[set[int], set[int]]:
    """Which loaded verbs of saying report no statement, and which must be shown: ``(plain, doubt)``.

    ``plain``: a verb of saying that colours a statement (:data:`_SPEECH_ACTS`) used as a noun
    ("their claim", "discrimination claims", a headline's "Questions Claims"), or as a verb that
    reports no statement ("threatening his dream"), or the plain name of a denial: no judgement.
    ``doubt``: "claimed", "alleged", "insisted" used as a verb that reports a statement (a quotation,
    a "that" or "to" clause, a that-less clause): the outlet casting doubt, in its own words.
    ``quoted_near``: the sentence has a quotation (what the verb reports); ``quotes``: the quotation
    spans, so that a verb inside one is not taken to report that same quotation ("is to fail to
    acknowledge the struggle," he said).
    """
    plain: set[int] = set()
    doubt: set[int] = set()
    verbs = reporting_verbs()
    for i, (s, e) in enumerate(spans):
        if kinds[i] != SAYING_KIND:
            continue
        raw = text[s:e]
        verb = verbs.get(raw.lower())
        if verb is None or verb[1] not in _SPEECH_ACTS:
            continue
        lemma, form = verb[1], raw.lower()
        after = _WHEN_HOW.match(text, e).end()
        # Speech right after the verb or a "what he claims" tells a verb from a noun; a quotation
        # elsewhere in the sentence only says that something was said.
        opening = _SPEECH_AFTER.match(text, after)
        # "the visit, though, threatens to muddy the waters": a thing that "threatens to" poses a risk
        # and reports no statement; a person who "threatened to" made a threat ("Trump also
        # threatened to invoke the Insurrection Act"). The subject is a person when a name or a
        # personal pronoun stands right before the verb (adverbs aside).
        if opening and lemma in _INTENT_ACTS and opening.group(0).strip().lower() == "to" \
                and not _PERSON_BEFORE.search(text, max(start, s - 60), s):
            plain.add(i)  # reports no statement, whatever the sentence quotes elsewhere
            continue
        if opening and opening.group(0).strip().lower() == "to" and _TO_A_THING.match(text, opening.end()) \
                and form in (lemma, lemma + "s"):
            plain.add(i)  # "give Republicans claim to the document": a right to a thing, not "claims to be"
            continue
        direct = bool(opening) or bool(_WHAT_BEFORE.search(text, max(start, s - 40), s))
        inside = any(q0 <= s and e <= q1 for q0, q1 in quotes)
        reports = direct or (quoted_near and not inside)
        if form == lemma or form == lemma + "s":  # "claim(s)", "demand(s)": noun or verb
            prev = normalise(text[spans[i - 1][0]:spans[i - 1][1]]) if i else ""
            # A name before a lower-case verb is its subject ("AARP claims"); in a headline's
            # capitals ("Supreme Court Questions Claims") it says nothing.
            name_subject = bool(i) and text[spans[i - 1][0]].isupper() and raw[:1].islower()
            # "his recent claims that": a possessive two words back makes a noun whatever follows;
            # "the company claims that" is a verb.
            owned = _OWNED_BEFORE.search(text, max(start, s - 40), s)
            # "have challenged claims that", "despite claims from": the object of a verb in the past
            # or of a preposition is a noun, even with a "that" clause after it.
            governed = prev in _GOVERNING or (prev.endswith("ed") and text[spans[i - 1][0]].islower()
                                              and not text[spans[i - 1][1]:s].strip())
            is_verb = not owned and not governed and not _DETERMINED_RIGHT.search(text, max(start, s - 20), s) and (
                direct or prev in _VERB_BEFORE or prev.endswith("ly") or name_subject
                or after_appositive(text, start, s))
        else:  # "claimed", "claiming": a verb ("a report claiming"), an adjective without a statement
            is_verb = True
        if is_verb and not reports:
            clause = _CLAUSE_AFTER.match(text, after)
            # "acknowledge the struggle our nation has fought": a second noun phrase right after the
            # first, no preposition between, opens a relative clause on the object; no statement.
            reports = clause is not None and not _OBJECT_THEN_RELATIVE.match(clause.group(0))
        # "The lawsuit alleges that", "The suit, argued on Tuesday, claims that": what a court
        # filing "claims" or "alleges" is the plain legal word for its contents.
        legal = (lemma in ("claim", "allege") and bool(_LEGAL_SUBJECT.match(text, start))
                 and "that" not in text[start:s].lower().split()) or _alleged_convention(lemma, form, text, start, s)
        if not is_verb or not reports or lemma in _PLAIN_ACTS or legal:
            plain.add(i)
        elif lemma in _DOUBT_ACTS:
            doubt.add(i)
    return plain, doubt


# A name and a comma-set noun phrase describing it, closed by a comma right before the word:
# "Ryan, a policy-focused conservative, insists the GOP must be ...".
_APPOSITIVE_SUBJECT = re.compile(r"(?-i:[A-Z][\w’'.-]*),\s+(?:a|an|the)\s+[^,;:.!?\"“”]{1,60},\s+$", re.I)


def after_appositive(text: str, sentence_start: int, at: int) -> bool:
    """Whether the word at ``text[at]`` follows a name and its comma-set description ("Ryan, a
    policy-focused conservative, insists"): the name is its subject, so "insists" or "claims" there
    is a verb of saying, not a noun."""
    return _APPOSITIVE_SUBJECT.search(text, max(sentence_start, at - 100), at) is not None


# Nouns naming what someone else called a person or thing: "he got the aggressive label".
_LABEL_NOUNS = frozenset("label labels tag tags moniker monikers nickname nicknames epithet epithets".split())
# A that-less clause after a verb of saying: a subject (a name or a pronoun) and a finite verb
# ("He said Obama was ..."), up to the word; a comma or a full stop ends it.
_BARE_CLAUSE = re.compile(
    r"\b(\w+)\s+(?:(?:he|she|they|it|we|i)|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s+"
    r"(?:was|is|were|are|had|has|have|would|will|could|should|might|must|did|does|do|wanted|wants)\b[^.;:!?,]*$")
# The same with a noun phrase as the clause's subject, after the plainest verbs of saying only.
_SAID_NP = re.compile(
    r"\b(?:said|says|told\s+\w+|argued|argues|wrote|writes)\s+(?:the|a|an|his|her|its|their|this|these|those|"
    r"some|such|many|most|both)\s+"
    r"(?:[\w’'-]+\s+){0,8}?(?:was|is|were|are|had|has|have|would|will|could|should|might|must|did|does|do|"
    r"[a-z]+s)\b[^.;:!?,]*$")
# A plain verb of saying and the subject of the clause it reports, ending where that clause's verb
# begins, at the end of the searched text ("told Fox News the reading ", "said he ", "said the latest
# nuclear test ": anchored, so a long subject is read whole rather than cut after its first word;
# a relative pronoun ends it: "wrote a book that may change minds" reports nothing); the addressee
# of "told" is one word or a name.
_SAID_SUBJECT = re.compile(
    r"\b(?:said|says|say|told\s+(?:[a-z]+|(?:the\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,3})|argued|argues|wrote|writes)"
    r"\s+(?:he|she|they|it|we|I|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}|"
    r"(?:the|a|an|his|her|its|their|this|these)\s+(?:(?!(?:that|which|who|whom|whose|where|when)\s)[\w’'-]+\s+){0,6}?"
    r"(?!(?:that|which|who|whom|whose|where|when)\s)[\w’'-]+)\s+$")
# Verbs of saying that tell how someone spoke, not what: the writer's picture of the speaker.
# ("warned", "denied", "admitted", "claimed" report a kind of statement and are left to the model:
# counting them all made BABE sentences loaded that its experts did not mark.)
MANNER_VERBS = frozenset("scoff sneer mock gush crow fume grumble whine rant rail snap quip brag boast "
                         "gloat bemoan trumpet".split())
# Adverbs next to a verb of saying that only say when, how often, how much or how far: no colouring
# ("continually asks", "merely commenting", "publicly said").
_PLAIN_MANNER = frozenset("publicly privately repeatedly later previously recently earlier initially first "
                          "again also directly formally officially specifically explicitly openly reportedly "
                          "frequently often quickly simply only finally originally separately jointly "
                          "personally briefly subsequently immediately once twice continually constantly "
                          "continuously regularly routinely occasionally usually generally typically eventually "
                          "ultimately merely just simply still even already nearly almost largely mostly partly "
                          "barely hardly really actually widely broadly correctly accurately properly "
                          "successfully quietly simultaneously "
                          # Adverbs of time: when, not how ("superdelegates currently pledged to").
                          "currently presently formerly lately newly shortly "
                          # Adverbs of chance or intent: whether it was meant, a fact and no colouring
                          # ("after accidentally tweeting a picture").
                          "accidentally inadvertently unintentionally unwittingly "
                          # Adverbs of comparison: like or unlike something else, not how anyone spoke
                          # ("are not similarly criticized").
                          "similarly likewise equally differently comparably correspondingly accordingly "
                          "respectively conversely "
                          # Adverbs of how formal or how absolute a statement was: the form of the act,
                          # not the writer's picture of the speaker ("categorically denied", "solemnly swore",
                          # "unequivocally stated").
                          "solemnly categorically unequivocally unambiguously expressly".split())
# Words that may follow an adverb of how someone spoke ("said angrily that", "replied curtly to"):
# any other word right after the adverb is what it modifies ("racially charged").
_AFTER_MANNER = frozenset("that to at in on for about of with and but or as when while after before into "
                          "the a an his her their its this these those he she it they we i you".split())
# Technical compounds whose adjective names a class of thing, not a judgement ("hazardous materials").
_FACT_COMPOUNDS = frozenset({("terrorist", "attack"), ("terrorist", "attacks"), ("terrorist", "bombing"),
                             ("terrorist", "bombings"), ("terrorist", "plot"), ("terrorist", "plots"),
                             ("hazardous", "materials"), ("hazardous", "waste"), ("hazardous", "substances"),
                             ("hazardous", "chemicals"), ("toxic", "waste"), ("toxic", "chemicals"),
                             ("toxic", "substances"),
                             # Common terms of security, law and sport, not the writer's colouring
                             # ("hostile territory", "unforced errors", "criminal charges"). Not "illegal
                             # immigration": BABE's experts mark its "illegal" (session 6, measured).
                             ("hostile", "territory"), ("unforced", "error"),
                             ("criminal", "charge"), ("criminal", "charges"),
                             ("unforced", "errors"),
                             # A phrasal verb that shares its letters with a label: "Woke up to hear the
                             # news" tells of waking, not of the "woke" label.
                             ("woke", "up"),
                             # The anonymity formula ("spoke on condition of anonymity to speak
                             # candidly"): the source's reason for anonymity, no judgement of the writer's.
                             ("speak", "candidly"), ("talk", "candidly"), ("spoke", "candidly")})
# Fixed names of a policy or campaign longer than two words ("the war on terrorism", "the war on drugs"):
# the name of a thing, not the writer's figure of speech ("a war on women" stays loaded).
_FIXED_NAMES = frozenset({("war", "on", "terror"), ("war", "on", "terrorism"), ("war", "on", "drugs"),
                          ("wars", "on", "terror"), ("war", "on", "poverty")})
_FIXED_NAME_LEN = 3


# Words after which a participle is a verb telling what happened ("failed in", "failed to").
_VERB_PREPOSITIONS = frozenset("to in at on by with from against".split())


# The end of a clause right after a word.
_CLAUSE_END = re.compile(r"\s*(?:[.;:!?]|,\s+(?:and|but|so|while|when|after|before|because)\b|$)")
# Linking verbs and degree words: the word after them is an adjective ("was flawed", "so misguided").
_LINKING = frozenset("is was were are be been being am seem seems seemed seeming look looks looked appear "
                     "appears appeared become becomes became remain remains remained get gets got deemed "
                     "considered".split()) | DEGREE_WORDS


def fact_names(text: str, spans: Sequence[tuple[int, int]], kinds: Sequence[str | None],
               words: Sequence[str] | None = None) -> set[int]:
    """Word indices that name a fact rather than judge it: an emotive or label noun right after a
    date or number ("the Sept. 11 attacks", "the 9/11 attacks"), the adjective of a technical
    compound ("exposure to hazardous materials", both its words), a fixed name ("the war on
    terrorism"), or a judging participle used as a verb with a
    preposition after it ("failed in a 2005 bid"). ``words``: the normalised words, when at hand."""
    if words is None:
        words = [normalise(text[s:e]) for s, e in spans]
    found = set()
    for i, w in enumerate(words):
        if i and kinds[i] in ("emotive", "label") and any(c.isdigit() for c in words[i - 1]) \
                and not text[spans[i - 1][1]:spans[i][0]].strip():
            found.add(i)
        # Both words of a common term are plain: "preventing terrorist attacks" names the attacks, no
        # charge of the writer's ("political attacks" would be one).
        if i + 1 < len(words) and (w, words[i + 1]) in _FACT_COMPOUNDS:
            found.update((i, i + 1))
        if tuple(words[i:i + _FIXED_NAME_LEN]) in _FIXED_NAMES:
            found.update(range(i, i + _FIXED_NAME_LEN))
        # "Weiner failed in a 2005 bid", "if it failed to take action": a judging participle used as
        # a verb with a preposition after it tells what happened; "a failed policy" judges.
        if kinds[i] == "judgement" and w.endswith(("ed", "ing")) and i + 1 < len(words) \
                and words[i + 1] in _VERB_PREPOSITIONS and not text[spans[i][1]:spans[i + 1][0]].strip():
            found.add(i)
        # "when the search for a grand bargain ultimately failed.": a judging participle that ends
        # its clause after its subject (and any -ly adverbs) is the verb for what happened; after
        # a linking verb ("the plan was ultimately flawed.") it is an adjective that judges.
        if kinds[i] == "judgement" and w.endswith("ed") and _CLAUSE_END.match(text, spans[i][1]):
            j = i - 1
            while j >= 0 and words[j].endswith("ly") and not text[spans[j][1]:spans[j + 1][0]].strip():
                j -= 1
            if j >= 0 and words[j] not in _LINKING and not text[spans[j][1]:spans[j + 1][0]].strip():
                found.add(i)
    return found


# A misspelling the writer copies exactly and marks so ("dedacted (sic)"): a spelling, not a word choice.
_SIC_AFTER = re.compile(r"\s*[(\[]\s*sic\s*[)\]]", re.I)
# A clause that asks or supposes rather than states, open up to the word: "whether the reading would be
# dramatic", "asked if he believed the president had flip-flopped". A comma or a stop closes it.
# Up to eight words, none of them a relative pronoun ("if we did not challenge a plan that decimates
# food programs" asserts "decimates").
# "If not" opens no supposition: "nothing if not a shameless opportunist", "difficult, if not
# impossible" say the word applies (session 7).
_WHETHER_OPEN = re.compile(r"\b(?:whether|if(?!\s+not\b))\s+(?:(?!(?:that|which|who|whom|whose)\b)[^\s.;:!?,]+\s+){0,7}$",
                           re.I)
# A noun a possessive owns is named as there, not supposed: "whether you find Trump's buffoonery
# disgraceful" asks about "disgraceful", not whether there is buffoonery ("her" is left out: it is
# also an object, "if they called her crazy").
_OWNED = re.compile(r"(?:['’]s|\b(?i:his|their|its|our|my|your))\s+$")
# An adjective or adverb said not to apply: "was not dramatic", "isn't radical", "never chaotic"
# (degree or -ly words may stand between; "not only" does not negate).
_NEGATED_BEFORE = re.compile(
    r"(?:(?<!\bif\s)\bnot|\bnever|n['’]t|\bhardly|\bscarcely)\s+"
    r"(?:(?:be|been|being|so|very|too|that|all|as|particularly|especially|(?!only\b)[a-z]+ly)\s+){0,2}$", re.I)
# A thing said to be absent: "spawned little outrage", "no outrage", "without fanfare".
_ABSENT_BEFORE = re.compile(r"(?:\bno|(?<!\ba\s)\blittle|\bwithout)\s+(?:[a-z]+\s+)?$", re.I)
# Kinds a question, a supposition or a negation empties: opinions, size words and words only the model
# rates. A label still names what it names ("whether the regime will fall"), an emotive word keeps its
# charge ("you shouldn't be demonized", "whether he will disregard the onslaught of criticism") unless
# it is said to be absent, and verbs of saying are read by speech_verbs.
_ASSERTED_KINDS = frozenset({"judgement", "intensifier", None})
_ASSERTED_OR_EMOTIVE = _ASSERTED_KINDS | {"emotive"}
# Words before "agenda" that name whose programme it is: a party, a person, an office, or the kind of
# programme ("the Democratic agenda", "Obama's agenda", "the president's legislative agenda").
_PROGRAMME_OWNER = re.compile(
    r"(?:\b(?i:his|her|their|its|our|my|your)|['’]s|\b(?!(?:The|A|An|This|That|These|Those|Such|Any|No)\b)[A-Z][\w.-]*|\b(?:legislative|policy|economic|domestic|"
    r"foreign|trade|reform|fiscal|social|spending|budget|meeting|day['’]s))\s+(?:[a-z]+\s+)?$")
_PROGRAMME_NOUNS = frozenset({"agenda", "agendas"})
# On a meeting's list: "on the agenda", "off the agenda", "top of the agenda".
_ON_THE_LIST = re.compile(r"\b(?:on|off|onto|top\s+of|atop)\s+(?:the|its|their|this|his|her)\s+(?:[a-z]+\s+)?$", re.I)
# The literal words every match of the three patterns above must contain, each with the whitespace
# character that every match has right after it, with the same flags. A pattern anchored at "$" is
# tried at every start of an 80-character window, once per word of every sentence; a window holding
# none of its cues cannot match, so the search is skipped there. The whitespace keeps words that
# merely contain a cue ("note", "economy", "different") from opening the window. No occurrence hides
# behind another: two overlapping ones would end at the same whitespace, so one cue would end the
# other, and none of a list's cues ends another of the list (nor of _CALLING_CUE's verbs).
_NEGATED_CUES = re.compile(r"((?:not|never|n['’]t|hardly|scarcely)\s)", re.I)
_WHETHER_CUES = re.compile(r"((?:whether|if)\s)", re.I)
_ABSENT_CUES = re.compile(r"((?:no|little|without)\s)", re.I)
_NEGATED_LETTERS = ("not", "never", "n't", "n’t", "hardly", "scarcely")
_WHETHER_LETTERS = ("whether", "if")
_ABSENT_LETTERS = ("no", "little", "without")


def _cue_spans(pattern: re.Pattern[str], text: str, start: int, end: int, folded: str = "",
               letters: Sequence[str] = ()) -> list[tuple[int, int]]:
    # Offsets into text of every cue occurrence between start and end; with ``letters`` (what every
    # occurrence holds) and ``folded`` (ascii_folded of the text searched), none is looked for
    # unless the folded text holds some of the letters.
    if letters and not any(w in folded for w in letters):
        return []
    return [m.span(1) for m in pattern.finditer(text, start, end)]


def _holds_cue(cues: list[tuple[int, int]], start: int, end: int) -> bool:
    # Whether text[start:end] holds a whole cue occurrence: a necessary condition for a match there.
    return any(start <= a and b <= end for a, b in cues)


@lru_cache(maxsize=1)
def hedge_words() -> frozenset[str]:
    """The one-word cues of the shipped hedge and booster lexicons (``biaslens.hedging``: "apparently",
    "perhaps", "clearly", "undoubtedly"): how sure the writer is, the hedges measure's business."""
    from .hedging import builtin_entries

    return frozenset(p for p in (e.pattern.lstrip("=") for e in builtin_entries()) if p.isalpha())


def unasserted(text: str, start: int, spans: Sequence[tuple[int, int]], kinds: Sequence[str | None],
               words: Sequence[str] | None = None) -> set[int]:
    """Word indices of one sentence that make no judgement of the writer's, though the word could:

    * a word asked about or supposed, in a "whether" or "if" clause ("Those wondering whether the
      reading would be dramatic found out"), or said not to apply ("was not dramatic", "spawned
      little outrage"): the sentence calls nothing dramatic. "If not" supposes nothing ("nothing if
      not a shameless opportunist"), and a noun a possessive owns is named as there ("whether you
      find Trump's buffoonery disgraceful");
    * a misspelling the writer marks "(sic)": the speaker's spelling, copied;
    * "agenda" with its owner or kind named ("the Democratic agenda", "his legislative agenda",
      "on the agenda"): the plain word for a programme; "a hidden agenda" still judges;
    * a word no list holds that names a doctrine or movement ("progressivism"): the name of what
      someone argues for or against (the lexicon lists the -isms that are labels: "extremism");
    * a verb the project's list of reporting verbs calls neutral ("tweeting the photo", "wrote"):
      the plain verb for what was done;
    * a one-word hedge or booster no loaded list holds ("apparently", "clearly says"): how sure the
      writer is, which the hedges measure counts (:func:`hedge_words`), not a judgement of anyone.

    ``words``: the normalised words, when already at hand.
    """
    verbs = reporting_verbs()
    found: set[int] = set()
    # Every window below ends at a word start, so cues beyond the last word's start never count.
    limit = max((s for s, _ in spans), default=start)
    folded = ascii_folded(text[start:limit])
    negated_cues = _cue_spans(_NEGATED_CUES, text, start, limit, folded, _NEGATED_LETTERS)
    whether_cues = _cue_spans(_WHETHER_CUES, text, start, limit, folded, _WHETHER_LETTERS)
    absent_cues = _cue_spans(_ABSENT_CUES, text, start, limit, folded, _ABSENT_LETTERS)
    any_cue = bool(negated_cues or whether_cues or absent_cues)
    hedges = hedge_words()
    for i, (s, e) in enumerate(spans):
        w = normalise(text[s:e]) if words is None else words[i]
        kind = kinds[i]
        if _SIC_AFTER.match(text, e):
            found.add(i)
            continue
        if kind is None:
            verb = verbs.get(w)
            if (verb is not None and verb[0] == "neutral") or (w.endswith("ism") and len(w) > 6) or w in hedges:
                found.add(i)
                continue
        if w in _PROGRAMME_NOUNS:
            before = text[max(start, s - 40):s]
            if _PROGRAMME_OWNER.search(before) and not before.rstrip().lower().endswith(("hidden", "secret")) \
                    or _ON_THE_LIST.search(before):
                found.add(i)
                continue
        if not any_cue:
            continue  # most sentences: no cue of any kind, so no window below can match
        left = max(start, s - 80)
        # (An adverb of a negated verb still judges: "things did not begin auspiciously" says the start
        # was a bad one; a teacher's read of a BASIL story counts it.)
        # (An empty cue list is tested first: most sentences hold no cue of a kind at all; the window
        # text[left:s] is cut only where a cue lies in it.)
        if kind in _ASSERTED_KINDS and (negated_cues and _holds_cue(negated_cues, left, s) and _NEGATED_BEFORE.search(text[left:s])
                                        or whether_cues and _holds_cue(whether_cues, left, s) and _WHETHER_OPEN.search(text[left:s])
                                        and not _OWNED.search(text[left:s])) \
                or kind in _ASSERTED_OR_EMOTIVE and absent_cues and _holds_cue(absent_cues, left, s) \
                and _ABSENT_BEFORE.search(text[left:s]):
            found.add(i)
    return found


# Participles that say how people felt ("troubled", "disappointed"): the feeling is theirs, reported.
_FEELINGS = frozenset("troubled disappointed frustrated worried upset angered dismayed annoyed irritated alarmed "
                      "saddened concerned relieved pleased".split())
# A verb that says someone is in the state, a degree word or two between ("was also troubled").
_STATE_BEFORE = re.compile(r"\b(?:am|is|are|was|were|be|been|being|feel|feels|felt|feeling|seem|seems|seemed|"
                           r"remain|remains|remained|grew|became|become|get|gets|got|getting)\s+"
                           r"(?:(?:also|still|so|very|deeply|particularly|especially|clearly|visibly|increasingly|"
                           r"reportedly|not|more|most|less|too|quite|somewhat|equally)\s+){0,2}$", re.I)
# What the feeling is about or who feels it: "troubled by", "disappointed that", "worried about",
# "disappointed Sanders supporters" (a name or a noun for a group of people right after).
_FEELING_AFTER = re.compile(r"\s+(?:by|that|about|with|over)\b|\s+(?:[A-Z][\w’'.-]*\s+)*(?:supporters|voters|fans|"
                            r"members|residents|officials|workers|parents|families|lawmakers|delegates|donors|"
                            r"investors|customers|citizens|activists)\b")


def reported_feelings(text: str, start: int, spans: Sequence[tuple[int, int]], words: Sequence[str]) -> set[int]:
    """Participles of feeling that report how someone felt, not the writer's judgement: "Tiegen was
    also troubled by Clinton's handling", "with disappointed Sanders supporters disrupting". A
    feeling the writer gives a thing ("his troubled past") or the writer's verb for causing one
    ("His behavior has angered the party's top figures", read as loaded by a teacher) is left to the model."""
    found: set[int] = set()
    for i, w in enumerate(words):
        if w not in _FEELINGS:
            continue
        s, e = spans[i]
        if _STATE_BEFORE.search(text[max(start, s - 40):s]) or _FEELING_AFTER.match(text, e):
            found.add(i)
    return found


# A determiner, perhaps with one adjective joined by "and" or a comma ("his rough and racially charged
# dismissal"): what follows stands inside a noun phrase.
_IN_NOUN_PHRASE = re.compile(r"(?:\b(?:the|a|an|his|her|their|its|this|that)|['’]s)\s+(?:[a-z-]+(?:,|\s+and|\s+or)\s+)?$",
                             re.I)


def manner_of_speaking(text: str, start: int, spans: Sequence[tuple[int, int]], i: int) -> bool:
    """Whether word ``i`` tells how someone spoke, in the writer's words: a verb of saying from
    :data:`MANNER_VERBS` used as a verb ("Ron Paul scoffed at", not "a scoff"), or an -ly adverb
    of manner right before or after a verb of saying ("Mr. Boehner facetiously said")."""
    verbs = reporting_verbs()
    w = normalise(text[spans[i][0]:spans[i][1]])
    verb = verbs.get(w)
    if verb is not None and verb[1] in MANNER_VERBS and not w.endswith("ing"):
        return not _NOUN_BEFORE.search(text[max(start, spans[i][0] - 40):spans[i][0]]) \
            and not _manner_verb_in_name(text, start, spans, i) and not _modifies_next(text, spans, i, w == verb[1])
    if not w.endswith("ly") or len(w) < 6 or w in _PLAIN_MANNER or w in DEGREE_WORDS:
        return False
    if spans[i][0] > start and text[spans[i][0]].isupper():
        return False  # capitalised mid-sentence: part of a name ("The Shelton Weekly reported")
    if _IN_NOUN_PHRASE.search(text, max(start, spans[i][0] - 40), spans[i][0]):
        # After "the", "a", "his": a noun ("a member of the family suggested") or an adverb inside a
        # noun phrase ("a racially charged argument"); neither tells how anyone spoke.
        return False
    near = [j for j in (i - 1, i + 1) if 0 <= j < len(spans)]
    # "disavowing racially charged signs": an adverb after the verb that runs straight into a content
    # word modifies that word, not the speaking.
    if i + 1 < len(spans) and not text[spans[i][1]:spans[i + 1][0]].strip() \
            and normalise(text[spans[i + 1][0]:spans[i + 1][1]]) not in _AFTER_MANNER:
        near = [j for j in near if j != i - 1]
    return any(normalise(text[spans[j][0]:spans[j][1]]) in verbs
               and not text[min(spans[i][1], spans[j][1]):max(spans[i][0], spans[j][0])].strip() for j in near)


def _manner_verb_in_name(text: str, start: int, spans: Sequence[tuple[int, int]], i: int) -> bool:
    """Whether the manner verb at ``spans[i]`` is capitalised inside a sentence that is no heading:
    part of a name ("Jim Crow"), not a verb of saying."""
    # Capitalised mid-sentence in a sentence not written in title case: part of a name ("Jim Crow
    # laws", "the Snap Fitness chain"), no verb. A headline capitalises its verbs ("Biden Snaps At").
    # The character after the last word is read too: a sentence's full stop tells it from a headline.
    return i > 0 and text[spans[i][0]].isupper() and not is_heading(text[start:spans[-1][1] + 1])


def _modifies_next(text: str, spans: Sequence[tuple[int, int]], i: int, base_form: bool) -> bool:
    """Whether the manner verb at ``spans[i]``, in its base form, modifies the lower-case word right
    after it ("mock funerals"): a modifier, not a verb of saying."""
    # A manner verb's bare form running straight into a lower-case content word, with no subject,
    # "to" or modal before it, is a modifier of that noun ("holding mock funerals", "called a snap
    # election" is caught by its determiner): "critics who mock the plan", "they sneer at" stay verbs.
    if not base_form or i + 1 >= len(spans) or text[spans[i][1]:spans[i + 1][0]].strip():
        return False
    following = text[spans[i + 1][0]:spans[i + 1][1]]
    previous = normalise(text[spans[i - 1][0]:spans[i - 1][1]]) if i else ""
    return following[:1].islower() and normalise(following) not in _AFTER_MANNER and previous not in _VERB_BEFORE


def _is_adverb(text: str, span: tuple[int, int]) -> bool:
    """Whether the word at ``span`` is an -ly adverb rather than a verb of saying ("loudly", not "replied")."""
    w = normalise(text[span[0]:span[1]])
    return w.endswith("ly") and w not in reporting_verbs()


def _before_name(text: str, spans: Sequence[tuple[int, int]], i: int) -> bool:
    """Whether word ``i`` (lower case, or capitalised only because it opens the sentence) stands
    right before a capitalised name or title: an epithet."""
    if i + 1 >= len(spans) or text[spans[i][1]:spans[i + 1][0]].strip():
        return False  # no next word, or punctuation between ("controversial, Arpaio")
    if i > 0 and not text[spans[i][0]].islower():
        return False  # capitalised mid-sentence: part of a name or title itself
    following = text[spans[i + 1][0]:spans[i + 1][1]]
    return following[:1].isupper() and not following.isupper()


def lexicon_words(text: str, start: int, end: int, quotes: Sequence[tuple[int, int]] = (),
                  lexicon: Lexicon | None = None) -> list[LoadedWord]:
    """Every lexicon word and phrase in ``text[start:end]``, without the model (``model = false``)."""
    lexicon = lexicon or read_lexicon()
    spans = sentence_words(text, start, end)
    words = [normalise(text[s:e]) for s, e in spans]
    res = Resources(lexicon, {}, {}, {})
    kinds = [lexicon.words.get(w) for w in words]
    roles = word_roles(text, start, end, spans, kinds, quotes, words)
    quoted = roles.quoted
    in_phrase = {k for first, stop, _ in phrase_kinds(words, lexicon) for k in range(first, stop)}
    shown = ({i for i, k in enumerate(kinds) if k is not None} | in_phrase) - roles.silenced - roles.plain
    return _group(text, spans, [1.0] * len(spans), kinds, quoted, shown, res)


# A list item: a paragraph that opens with a dash or a bullet.
_LIST_ITEM = re.compile(r"[-–—•*]\s*\S")


# A lead-in that hands the following list to someone else: a verb of circulating or a document noun,
# ending with a colon ("a set of response points were circulated by Democrats close to the campaign:").
_HANDED_OVER = re.compile(
    r"\b(?:circulated|distributed|released|issued|sent|e-?mailed|put\s+out|handed\s+out|talking\s+points|"
    r"response\s+points|memo|press\s+release|statement|excerpt)\b[^\n]*:\s*$", re.I)


def _listed_items(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Each dashed or bulleted paragraph that follows a paragraph ending in a colon, with that
    lead-in paragraph: ``((lead_start, lead_end), (item_start, item_end))``, in text order.
    The one reading of "a list someone else wrote" behind :func:`introduced_lists` and
    :func:`in_passage_from_others`."""
    if ":" not in text:
        return []
    items: list[tuple[tuple[int, int], tuple[int, int]]] = []
    lead_in: tuple[int, int] | None = None
    for start, end in paragraph_spans(text):
        if lead_in is not None and _LIST_ITEM.match(text, start):
            items.append((lead_in, (start, end)))
            continue
        lead_in = (start, end) if text[end - 1] == ":" else None
    return items


def introduced_lists(text: str) -> list[tuple[int, int]]:
    """Paragraphs the outlet presents as someone else's document: the dashed or bulleted items
    right after a paragraph ending in a colon ("a set of response points were circulated by
    Democrats close to Blumenthal's campaign:" then "-Dick has been a constant champion ...").
    Their words are that document's authors', counted with the quoted words."""
    return [item for _, item in _listed_items(text)]


def in_passage_from_others(text: str, at: int) -> bool:
    """Whether ``text[at]`` lies in a list of paragraphs that a lead-in hands to someone else
    ("a set of response points were circulated by Democrats close to Blumenthal's campaign:" and
    the "-Here are the facts: ..." items after it): the campaign's words, not the writer's, as a
    quotation's are the speaker's. Only dash or bullet items right after a lead-in that names
    circulating or a document count (a stricter reading than :func:`introduced_lists`, since a
    hedge there would otherwise be the writer's)."""
    return any(i0 <= at < i1 and _HANDED_OVER.search(text, l0, l1) for (l0, l1), (i0, i1) in _listed_items(text))


# Words an editor put inside a quotation, in brackets or (AP style, which has no brackets)
# parentheses: "it looks like (Libyan strongman Muammar) al-Qaddafi is going to beat".
_INSERTION = re.compile(r"\([^()\n]{1,80}\)|\[[^\[\]\n]{1,80}\]")


def editor_insertions(text: str, quotes: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The bracketed editor's insertions inside ``quotes``, brackets included, in text order.

    Their words are neither the speaker's (the editor added them) nor the outlet's running text
    (they only say whom or what the speaker meant): loaded words there are counted in neither list."""
    return [found.span() for q0, q1 in quotes for found in _INSERTION.finditer(text, q0, q1)]


def quoted_word_echo(text: str, quotes: Sequence[tuple[int, int]]) -> Callable[..., bool]:
    """A test for words that echo a word the article quotes: "who, exactly, sucked as much as the
    other side?" after Beck's quoted "not enough just to not suck as much". The writer repeats the
    speaker's word, so it is the speaker's judgement, counted with the quoted words. Single words
    only; a form matches through its regular endings ("sucked" -> "suck").

    The test takes the word and, when known, where it stands (``at``): an echo repeats what was
    already said, so only a quotation that ends before the word counts (a headline's "Criminal
    charges" or a lede's "Extreme carelessness" are the outlet's words, however often it quotes
    the word later)."""
    said: dict[str, int] = {}
    for q0, q1 in quotes:
        for s, e in word_spans(text, q0, q1):
            w = normalise(text[s:e])
            for form in (w, *_strip_endings(w)):
                said[form] = min(said.get(form, e), e)

    def echoed(word: str, at: int | None = None) -> bool:
        if not said or " " in word.strip():
            return False
        w = normalise(word)
        ends = [said[form] for form in (w, *_strip_endings(w)) if form in said]
        return bool(ends) and (at is None or min(ends) <= at)
    return echoed


def model_info() -> dict[str, Any]:
    """Return the shipped model's metadata (training data, licence decision, metrics), for manifests."""
    return dict(shipped_model().meta)


__all__ = [
    "KINDS",
    "SAYING_KIND",
    "LEXICON_NAME",
    "in_reported_clause",
    "opens_said_clause",
    "in_said_clause",
    "in_told_aside",
    "introduced_lists",
    "editor_insertions",
    "quoted_word_echo",
    "speech_verbs",
    "in_account_of",
    "in_passage_from_others",
    "fact_names",
    "self_described",
    "after_appositive",
    "hedge_words",
    "unasserted",
    "manner_of_speaking",
    "MANNER_KIND",
    "MANNER_NOTE",
    "MANNER_VERBS",
    "voice_of_words",
    "Lexicon",
    "LoadedWord",
    "MODEL_PATH",
    "Model",
    "NOTES",
    "Resources",
    "SentenceResult",
    "analyse_sentence",
    "lexicon_words",
    "listed_base",
    "unknown_word",
    "ADVERB_TERM",
    "CAPITALS_TERM",
    "HYPHEN_TERM",
    "NUMBER_TERM",
    "SCARE_QUOTE_TERM",
    "sentence_summary",
    "sentence_terms",
    "WordRoles",
    "WordScorer",
    "position_features",
    "word_features",
    "word_only_features",
    "word_probabilities",
    "word_probabilities_from",
    "word_roles",
    "model_info",
    "normalise",
    "parse_lexicon",
    "parse_model",
    "phrase_kinds",
    "read_lexicon",
    "resources",
    "sentence_context",
    "sentence_words",
    "shipped_model",
    "token_features",
]
