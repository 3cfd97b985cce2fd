"""Loaded language: words that carry the writer's judgement, in the outlet's own words.

Each sentence (the headline included) is scored by :func:`biaslens.loaded.analyse_sentence`: a
lexicon of loaded words (``lexicons/loaded.txt``: labels such as "regime", judgements such as
"bizarre", emotive words such as "slammed", intensifiers such as "staggering"; and loaded
reporting verbs such as "claimed") read together with a small model trained on news sentences
in which experts marked the biased words (``models/loaded_model.json``). Words inside
quotation marks belong to the speaker: they never make a sentence loaded and are counted apart
(``loaded.quoted_per_100``).

Items: ``loaded`` (the outlet's own words; ``report.json`` lists them under each article's
``loaded``) and ``loaded_quoted`` (inside quotations), each with its ``kind``.

Settings: ``model = false`` uses the lexicon alone (every entry counts, no model);
``lexicon = "path"`` replaces the built-in lexicon with your own file in the same format.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Iterable

from ..loaded import SAYING_KIND, introduced_lists, quoted_word_echo, editor_insertions, LoadedWord, Resources, WordScorer, analyse_sentence, lexicon_words, read_lexicon, resources, shipped_model
from ..errors import SettingsError
from ..quotes import quote_spans
from ..records import Article, ExtractorOutput, FeatureScore, FeatureSpec, Item
from .base import Extractor

_KIND_WORDS = {
    "label": "label", "judgement": "judgement word", "emotive": "emotive word",
    "intensifier": "intensifier", SAYING_KIND: "loaded verb of saying", "manner": "adverb of how someone spoke",
    "learned": "loaded word",
}


class LoadedExtractor(Extractor):
    """Loaded words and phrases per 100 sentences, in the outlet's own voice and in quotations.

    ``model``: ``True`` (default) lexicon plus trained model; ``False`` the lexicon alone.
    ``lexicon_file``: path of a lexicon file replacing the built-in one (``None``: built-in).
    """

    name = "loaded"
    version = "2"
    features = (
        FeatureSpec(
            "loaded.per_100", "Loaded words per 100 sentences",
            "How many words carrying the writer's judgement (labels such as 'regime', opinions such as "
            "'bizarre', emotive words such as 'slammed') the outlet uses in its own words, for every 100 sentences. "
            "Words inside quotations are not counted here.",
            "the outlet's own wording passes judgement more often instead of describing",
            "words per 100 sentences", 0.0, None),
        FeatureSpec(
            "loaded.sentence_share", "Sentences with loaded words",
            "The share of sentences in which the outlet's own words include at least one loaded word.",
            "more of the outlet's sentences carry a judgement in their wording",
            "share of sentences, 0 to 1", 0.0, 1.0),
        FeatureSpec(
            "loaded.quoted_per_100", "Loaded words in quotations per 100 sentences",
            "How many loaded words appear inside quotation marks, for every 100 sentences: the judgement is the "
            "speaker's, but the outlet chose to quote it.",
            "the article quotes people who use charged words more often",
            "words per 100 sentences", 0.0, None),
        FeatureSpec(
            "loaded.saying_verbs", "Loaded verbs of saying",
            "How many times the outlet, in its own words, reports a quotation or a claim with a verb of saying "
            "that colours it ('claimed', 'insisted', 'boasted', 'scoffed') where a neutral verb ('said', 'told', "
            "'stated') would do. Each one is marked in the text as a loaded word. Not counted: adverbs of how "
            "someone spoke ('loudly'), nouns ('his claims') and verbs inside quotations.",
            "more verbs of saying in the outlet's own words colour a quotation or a claim ('claimed', 'insisted') "
            "where 'said' would do; adverbs such as 'loudly' are not counted",
            "verbs", 0.0, None),
    )

    def __init__(self, model: bool = True, lexicon_file: str | None = None) -> None:
        """Store the settings; the lexicon and model are read on first use."""
        self.model = model
        self.lexicon_file = lexicon_file
        self._resources: Resources | None = None
        self._scorer: WordScorer | None = None

    def data_files(self) -> tuple[Path, ...]:
        """The user's lexicon file: editing it changes the words found, so stored results key on it."""
        return (Path(self.lexicon_file),) if self.lexicon_file else ()

    def dependencies(self) -> dict[str, str]:
        """The shipped model's version and training fingerprint change results: record them."""
        if not self.model:
            return {}
        info = shipped_model().meta
        data = info.get("training_data", {})
        return {"biaslens loaded-language model": f"{info.get('version', '?')} (BABE dev sha256 {str(data.get('sha256', ''))[:12]})"}

    def _res(self) -> Resources:
        if not isinstance(self.model, bool):
            raise SettingsError(f"[extractors.loaded] model must be true or false, not {self.model!r}")
        if self._resources is None:
            try:
                lexicon = read_lexicon(self.lexicon_file) if self.lexicon_file else None
            except (OSError, ValueError) as error:
                raise SettingsError(f"[extractors.loaded] lexicon_file {self.lexicon_file}: {error}") from None
            self._resources = resources(lexicon) if self.model else Resources(lexicon or read_lexicon(), {}, {}, {})
        return self._resources

    def find(self, article: Article) -> list[tuple[int, bool, LoadedWord]]:
        """Return ``(sentence index, sentence loaded?, word)`` for every loaded word, in text order.

        A sentence is loaded when its own words include at least one loaded word.
        """
        # Quotations, and the dashed items of a document the outlet says others wrote: the speakers' words.
        quotes = sorted([*quote_spans(article), *introduced_lists(article.text)])
        # "(Libyan strongman Muammar)" inside a quotation: the editor's gloss, neither the speaker's
        # word nor the outlet's running text, so its words are counted in neither list.
        inserted = editor_insertions(article.text, quotes)
        res = self._res()
        found: list[tuple[int, bool, LoadedWord]] = []
        echoed = quoted_word_echo(article.text, quotes)
        for sentence in article.sentences:
            inside = [(a, b) for a, b in quotes if a < sentence.end and b > sentence.start]
            if self.model:
                if self._scorer is None:
                    self._scorer = WordScorer(shipped_model(), res)
                words = list(analyse_sentence(article.text, sentence.start, sentence.end, inside, res,
                                              self._scorer.model, self._scorer).words)
            else:
                words = lexicon_words(article.text, sentence.start, sentence.end, inside, res.lexicon)
            words = [_echo(w) if not w.quoted and echoed(w.text, w.start) else w for w in words
                     if not any(a <= w.start and w.end <= b for a, b in inserted)]
            is_loaded = any(not w.quoted for w in words)
            found += [(sentence.index, is_loaded, w) for w in words]
        return found

    def score(self, article: Article) -> ExtractorOutput:
        """Count loaded words in the outlet's own voice and in quotations, per 100 sentences."""
        found = self.find(article)
        n = len(article.rate_sentences)
        basis = article.rate_basis()
        own = [w for _, _, w in found if not w.quoted]
        quoted = [w for _, _, w in found if w.quoted]
        items = [Item("loaded_quoted" if w.quoted else "loaded", w.start, w.end, w.text, {"kind": w.kind})
                 for _, _, w in found]
        if n == 0:
            empty = "No sentences to measure."
            return self.output([FeatureScore(spec.name, None, (), 0, empty) for spec in self.features], items)
        own_spans = tuple(article.span(w.start, w.end, w.kind, w.note) for w in own)
        quoted_spans = tuple(article.span(w.start, w.end, w.kind, w.note + " (inside a quotation: the speaker's word)")
                             for w in quoted)
        loaded_sentences = len({index for index, is_loaded, _ in found if is_loaded})
        saying = [w for w in own if w.kind == SAYING_KIND]
        scores = [
            FeatureScore("loaded.per_100", 100.0 * len(own) / n, own_spans, n,
                         f"{len(own)} loaded word{'' if len(own) == 1 else 's'} in the outlet's own words in {basis}, "
                         f"{100.0 * len(own) / n:.1f} per 100 sentences{_examples(own)}."),
            FeatureScore("loaded.sentence_share", loaded_sentences / n, own_spans, n,
                         f"{loaded_sentences} of {basis} contain a loaded word in the outlet's own words."),
            FeatureScore("loaded.quoted_per_100", 100.0 * len(quoted) / n, quoted_spans, n,
                         f"{len(quoted)} loaded word{'' if len(quoted) == 1 else 's'} inside quotations in {basis}"
                         f"{_examples(quoted)}."),
            FeatureScore("loaded.saying_verbs", float(len(saying)),
                         tuple(article.span(w.start, w.end, w.kind, w.note) for w in saying), n,
                         f"{len(saying)} loaded verb{'' if len(saying) == 1 else 's'} of saying in the outlet's own "
                         f"words{_examples(saying)}."),
        ]
        return self.output(scores, items)


def _echo(word: LoadedWord) -> LoadedWord:
    """``word`` counted with the quoted words: it repeats a word the article quotes someone using."""
    return replace(word, quoted=True, note=f"'{' '.join(word.text.split())}' repeats a word the article quotes "
                                           "someone using: the speaker's word, echoed")


def _examples(words: list[LoadedWord]) -> str:
    shown = list(dict.fromkeys(f"'{' '.join(w.text.split())}'" for w in words))
    if not shown:
        return ""
    return f" ({', '.join(shown[:4])}{', ...' if len(shown) > 4 else ''})"


def saying_verb_spans(items: Iterable[Item]) -> frozenset[tuple[int, int]]:
    """The ``(start, end)`` of every loaded verb of saying among an article's ``loaded`` items.

    The one answer to "does this verb colour what was said?": the quotations' notes and the
    report's list of reporting verbs call a verb loaded only when it is one of these, so they
    agree with the marks in the text and with ``loaded.saying_verbs``.
    """
    return frozenset((i.start, i.end) for i in items if i.kind == "loaded" and i.attrs.get("kind") == SAYING_KIND)


def kind_word(kind: str, plural: bool = False) -> str:
    """The plain name of a kind of loaded word ("label", "emotive word", ...), or its plural."""
    word = _KIND_WORDS.get(kind, kind)
    if not plural:
        return word
    return {SAYING_KIND: "loaded verbs of saying", "manner": "adverbs of how someone spoke"}.get(kind, word + "s")


__all__ = ["LoadedExtractor", "kind_word", "saying_verb_spans"]
