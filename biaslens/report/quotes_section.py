"""The report's "Quotes and voices" section: who each outlet quotes, and how.

Reads the ``quote`` items of the ``quotes`` extractor from the analysis (no re-scoring). A
speaker is matched across articles through the story's cast (:mod:`biaslens.cast`): "Trump"
in one outlet and "Donald Trump" in another are one voice, "Roger Stone" and "Roger J. Stone
Jr." too. Only speakers that resolve to a named entity count as voices; unnamed speakers ("a
senior official") and documents ("the memo") are listed by their words. The same words quoted
by two outlets are found by fuzzy matching of the quote texts (difflib ratio, or one quote's
words contained in the other's); they count as attributed differently only when both outlets
name a speaker and the two resolve to different entities.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..extractors.loaded import saying_verb_spans
from ..quotes import same_voice
from ..records import ArticleAnalysis, Item
from ..similarity import letter_counts, ratio_at_least
from .context import ReportContext, fmt, md_text

# Two quotes are "the same words" from this similarity (0-1) on normalised words.
SAME_QUOTE_SIMILARITY = 0.8
# A shorter quote contained in a longer one only counts with at least this many words.
MIN_CONTAINED_WORDS = 4


@lru_cache(maxsize=65536)  # called for every pair of quotes in a story
def speaker_key(name: str) -> str:
    """Key for a speaker with no cast entity (an unnamed speaker): its words, lower case."""
    return " ".join(re.findall(r"[\w\-]+", name.lower())) or name.lower()


def _nested(ctx: ReportContext, a: str, b: str) -> bool:
    """True when one entity's name ends the other's ('Republicans', 'Senate Republicans'): a group
    and a part of it, so quoting the same words from each is no difference of speaker."""
    names = sorted((ctx.comparison.cast.entity(e).name.lower().removeprefix("the ").split() for e in (a, b)), key=len)
    return len(names[0]) < len(names[1]) and names[1][-len(names[0]):] == names[0] \
        and not any(ctx.comparison.cast.entity(e).kind == "person" for e in (a, b))


def voice_of(ctx: ReportContext, source: str, item: Item) -> tuple[str | None, str | None]:
    """(key, entity id) of a quote's speaker: the cast entity when it resolves, else its words."""
    speaker = item.attrs.get("speaker")
    if not speaker:
        return None, None
    comparison = ctx.comparison
    entity_id, kind = comparison.speaker_of(source, item.start) if hasattr(comparison, "speaker_of") else (None, None)
    if entity_id:
        return entity_id, entity_id
    if kind is None and hasattr(comparison, "speaker_of"):
        return None, None  # a bare common noun ("suit", "in Washington") is not a speaker
    return "text:" + speaker_key(speaker), None


# A story of 50 articles compares ~150,000 pairs of quotes; each text is normalised once.
@lru_cache(maxsize=65536)
def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower().replace("\u2019", "'")))


def same_quote(a: str, b: str) -> bool:
    """True when two quote texts are the same words (allowing small edits or one inside the other)."""
    return _same_words(_prepared(a), _prepared(b))


@lru_cache(maxsize=65536)
def _prepared(text: str) -> tuple[str, int, str]:
    # What same_quote reads of a text, made once per text: a story of 50 articles meets each
    # quote in thousands of pairs.
    words = _words(text)
    return words, len(words.split()), f" {words} "


def _same_words(a: tuple[str, int, str], b: tuple[str, int, str]) -> bool:
    (wa, na, pa), (wb, nb, pb) = a, b
    if not wa or not wb:
        return False
    # The shorter text inside the longer one (the first when both are as long).
    n_short, p_short, p_long = (nb, pb, pa) if len(wb) < len(wa) else (na, pa, pb)
    if n_short >= MIN_CONTAINED_WORDS and p_short in p_long:
        return True
    return ratio_at_least(wa, wb, SAME_QUOTE_SIMILARITY)


def _same_words_pairs(prepared: list[list[tuple[str, int, str]]],
                      entities: list[list[str | None]]) -> list[tuple[int, int, int, int]]:
    """Every ``(i, a, j, b)``, ``i < j``, where quote ``a`` of article ``i`` and quote ``b`` of
    article ``j`` are :func:`_same_words` and given to two different entities, in the order of a
    walk of article pairs, then quotes.

    Only pairs that can pass are tested, found by an index instead of a walk of every pair (a
    story of 200 articles meets a million): two texts of the same words by difflib's ratio
    differ in length and letters by at most its bounds (``real_quick_ratio``,
    ``quick_ratio``), and a text inside another has no word the other lacks.
    """
    quotes = [(i, a, p, e) for i, (ps, es) in enumerate(zip(prepared, entities))
              for a, (p, e) in enumerate(zip(ps, es)) if e is not None and p[0]]
    if len(quotes) < 2:
        return []
    import numpy as np  # only for stories with quotes to compare

    lengths = np.array([len(p[0]) for _, _, p, _ in quotes])
    article = np.array([i for i, _, _, _ in quotes])
    letters = sorted({ch for _, _, p, _ in quotes for ch in p[0]})
    column = {ch: k for k, ch in enumerate(letters)}
    counts = np.zeros((len(quotes), len(letters)), dtype=np.int64)
    for row, (_, _, p, _) in enumerate(quotes):
        for ch, n in letter_counts(p[0]).items():
            counts[row, column[ch]] = n
    # Which quotes hold each word: a text inside another shares all its words with it, so a
    # text of MIN_CONTAINED_WORDS words or more can only be inside those holding all its words.
    holding: dict[str, set[int]] = {}
    for row, (_, _, p, _) in enumerate(quotes):
        for word in set(p[0].split()):
            holding.setdefault(word, set()).add(row)
    containing: list[set[int]] = [set() for _ in quotes]
    for row, (_, _, p, _) in enumerate(quotes):
        if p[1] >= MIN_CONTAINED_WORDS:
            sets = sorted((holding[w] for w in set(p[0].split())), key=len)
            containing[row] = sets[0].intersection(*sets[1:])
    contained: list[set[int]] = [set() for _ in quotes]
    for row, outer in enumerate(containing):
        for other in outer:
            contained[other].add(row)
    found = []
    for row, (i, a, pa, ea) in enumerate(quotes):
        later = np.flatnonzero(article > i)
        if not len(later):
            continue
        total = lengths[later] + lengths[row]
        # The same bounds, in the same floats, as similarity.ratio_at_least.
        close = 2.0 * np.minimum(lengths[later], lengths[row]) / total >= SAME_QUOTE_SIMILARITY
        close[close] = (2.0 * np.minimum(counts[later[close]], counts[row]).sum(axis=1) / total[close]
                        >= SAME_QUOTE_SIMILARITY)
        # ... or one text inside the other (either way round).
        candidates = set(later[close].tolist()) | containing[row] | contained[row]
        for other in candidates:
            j, b, pb, eb = quotes[other]
            if j > i and ea != eb and _same_words(pa, pb):
                found.append((i, a, j, b))
    return sorted(found, key=lambda f: (f[0], f[2], f[1], f[3]))


def _quotations(analysed: ArticleAnalysis) -> list[Item]:
    """First segment of each quotation, repeats dropped."""
    seen: set[int] = set()
    out = []
    for item in analysed.items("quote"):
        qid = item.attrs.get("quote_id")
        if item.attrs.get("repeat_of") is not None or qid in seen:
            continue
        seen.add(qid)
        out.append(item)
    return out


#: What a cell of "Who is quoted by which outlet" counts, said under the table's heading.
QUOTATIONS_COUNTED = ("Each cell counts quotations: one broken by its attribution (“…,” she said, “…”) counts once, "
                      "though report.json lists each of its pieces (`articles[].quotes`, all with the quotation's "
                      "`quote_id`); a quotation printed again word for word (`repeat_of`) is not counted again.")


def quotes_section(ctx: ReportContext) -> str:
    """Markdown: per-outlet quote profile, who is quoted where, unique voices, differing attributions."""
    if not any(spec.name.startswith("quotes.") for spec in ctx.analysis.specs):
        return ""
    articles = ctx.analysis.articles
    labels = [md_text(ctx.label(a)) for a in articles]
    lines = [
        "## Quotes and voices",
        "",
        "Words inside quotation marks are other people's words. Who an outlet lets speak, how much, and with "
        "which verb (*said* is neutral; *claimed*, *admitted*, *insisted* colour the statement) shape a story. "
        "A **full** quote is a statement in its own right; a **partial** quote is a short phrase in quotation "
        "marks inside the writer's sentence (\"a new golden age\"). Speakers are found by rules (the name or "
        "pronoun next to *said*, *told*, *according to* ...); \"unknown\" means no speaker is named nearby.",
        "",
        "| Outlet | Quotations (full / partial) | Share of words quoted | People quoted | Loaded verbs | Without speaker |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    per_article = [_quotations(a) for a in articles]
    for label, analysed, quotes in zip(labels, articles, per_article):
        full = sum(1 for q in quotes if q.attrs.get("kind") == "full")
        share = analysed.score("quotes.quoted_word_share")
        loaded = analysed.score("loaded.saying_verbs")
        unattributed = analysed.score("quotes.unattributed_share")
        speakers = analysed.score("quotes.distinct_speakers")
        lines.append(
            f"| {label} | {len(quotes)} ({full} / {len(quotes) - full}) | "
            f"{fmt(share.value if share else None)} | {fmt(speakers.value if speakers else None, 0)} | "
            f"{fmt(loaded.value if loaded else None, 0)} | {fmt(unattributed.value if unattributed else None)} |"
        )

    # Who is quoted by which outlet.
    display: dict[str, str] = {}
    counts: dict[str, list[int]] = {}
    named: set[str] = set()
    for index, quotes in enumerate(per_article):
        source = articles[index].article.source
        voices = [voice_of(ctx, source, q) for q in quotes]
        # One voice under two names in one article ('the Democratic National Committee', 'the
        # Democratic committee': quotes.same_voice) takes the key of the name it shortens.
        key_of = {str(q.attrs["speaker"]): voice for q, voice in zip(quotes, voices) if voice[0] is not None}
        for q, (key, entity_id) in zip(quotes, voices):
            if key is None:
                continue
            if entity_id is None:
                key, entity_id = key_of.get(same_voice(str(q.attrs["speaker"]), key_of), (key, entity_id))
            speaker = ctx.comparison.cast.entity(entity_id).name if entity_id else str(q.attrs["speaker"])
            if entity_id:
                named.add(key)
            if len(speaker) > len(display.get(key, "")):
                display[key] = speaker
            counts.setdefault(key, [0] * len(articles))[index] += 1
    lines += ["", "### Who is quoted by which outlet", ""]
    if counts:
        # report.json's articles[].quotes holds each piece of an interrupted quotation: a reader
        # counting its records must know why they outnumber these cells.
        lines += [QUOTATIONS_COUNTED, ""]
        lines += ["| Speaker | " + " | ".join(labels) + " |", "|---|" + "---:|" * len(labels)]
        for key in sorted(counts, key=lambda k: (-sum(counts[k]), display[k])):
            lines.append(f"| {md_text(display[key])} | " + " | ".join(str(c) for c in counts[key]) + " |")
    else:
        lines.append("No article quotes a named speaker directly.")

    if len(articles) > 1:
        lines += ["", "### Voices only one outlet gave", ""]
        # Only named voices: "officials" in two outlets need not be the same officials.
        # ... and only voices no other article reports speaking either (comparison.lone_voices).
        lone = ctx.comparison.lone_voices() if hasattr(ctx.comparison, "lone_voices") else {}
        unique = [(key, next(i for i, c in enumerate(counts[key]) if c)) for key in sorted(counts, key=lambda k: display[k])
                  if key in named and key in lone and sum(1 for c in counts[key] if c) == 1]
        if unique:
            for key, index in unique:
                kind = ctx.comparison.cast.entity(key).kind
                what = "a person" if kind == "person" else "an organisation or place"
                lines.append(f"- {md_text(display[key])} ({what}): quoted only by {labels[index]}")
        else:
            lines.append("Every quoted speaker appears in at least two articles.")

        lines += ["", "### The same words, attributed differently", ""]
        conflicts = []
        # Each quote's speaker entity, looked up once (the pairs below meet every quote many times).
        entities = [[voice_of(ctx, analysed.article.source, q)[1] for q in quotes]
                    for analysed, quotes in zip(articles, per_article)]
        prepared = [[_prepared(q.text) for q in quotes] for quotes in per_article]
        for i, a, j, b in _same_words_pairs(prepared, entities):
            qa, qb, ea, eb = per_article[i][a], per_article[j][b], entities[i][a], entities[j][b]
            sa, sb = qa.attrs.get("speaker"), qb.attrs.get("speaker")
            if not _nested(ctx, ea, eb):
                # Each side quotes its own article's words: the two texts may differ
                # ("new golden age" against "golden age").
                conflicts.append(
                    f"- {labels[i]}: “{md_text(qa.text)}”, attributed to **{md_text(sa or 'nobody')}**; "
                    f"{labels[j]}: “{md_text(qb.text)}”, attributed to **{md_text(sb or 'nobody')}**"
                )
        lines += conflicts or ["No quote appears in two outlets with different speakers."]

    lines += ["", "### Reporting verbs", ""]
    for label, analysed, quotes in zip(labels, articles, per_article):
        verbs: dict[str, int] = {}
        saying = saying_verb_spans(analysed.items("loaded"))
        # A verb written once counts once: 'Richards noted that abortion -- what her group calls
        # "comprehensive reproductive healthcare" -- is "central"' is one 'noted' for two quotes.
        counted: set[tuple[int, int]] = set()
        for q in quotes:
            verb = q.attrs.get("verb")
            span = q.attrs.get("verb_span")
            if span and (span[0], span[1]) in counted:
                continue
            if span:
                counted.add((span[0], span[1]))
            if verb:
                mark = "**" if span and (span[0], span[1]) in saying else ""
                verbs[f"{mark}{md_text(verb.lower())}{mark}"] = verbs.get(f"{mark}{md_text(verb.lower())}{mark}", 0) + 1
        listed = ", ".join(f"{v} ×{n}" for v, n in sorted(verbs.items(), key=lambda kv: (-kv[1], kv[0])))
        lines.append(f"- {label}: {listed or 'no reporting verbs next to quotes'}")
    lines.append("")
    lines.append("Loaded verbs of saying are in bold: the ones marked in the text and counted in the table's "
                 "\"Loaded verbs of saying\".")
    return "\n".join(lines)


__all__ = ["quotes_section", "same_quote", "speaker_key", "voice_of"]
