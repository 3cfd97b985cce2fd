"""report.json and features.csv: everything in the report, for programs.

``report.json`` layout (documented in the README)::

    {"format": 1, "manifest": {...}, "story": {"title", "slug"},
     "features": [{"name", "title", "description", "higher_means", "unit", "low", "high"}],
     "articles": [{"id", "source", "outlet", "outlet_from", "title", "url", "published",
                   "text", "title_span", "removed": [{"text", "reason"}], "warnings": [...],
                   "sentences": [{"start", "end", "role" (headline, subheading, body), "tone": {...}}],
                   "features": {name: {"value", "n_units", "explanation",
                                       "evidence": [{"start", "end", "text", "label", "note"}]}},
                   "quotes": [{..., "speaker_entity", "speaker_kind"}], "hedges": [...], ...one list per item kind;
                   "loaded": [{"start", "end", "text", "kind"}] in the outlet's own words,
                   "loaded_in_quotes": the same inside quotations}],
     "comparison": {..., "entities": [{"id", "name", "kind", "mentions": [{"source", "start", "end", "text"}]}],
                    "voices": [{"entity", "name", "kind", "sources", "heard_in", "quotes": [{"source", "start", "end", "text"}]}]} or null,
     "actors": [{"actor", "forms", "by_article": {source: {"mean_tone", "sentences", "mentions"}}}],
     "labels": {source: display label},
     "key_findings": [{"kind", "text", "section", "evidence": [{"source", "start", "end", "text"}]}],
     "differences": [{"feature", "source", "value", "interval", "others", "difference_interval",
                      "units", "verdict", "direction"}],
     "changes": {...} (scheduled runs only)}
"""

from __future__ import annotations

import csv
import io
from json.encoder import encode_basestring as _string  # the C encoder json itself uses
from typing import Any

from ..records import ArticleAnalysis, StoryAnalysis

# Item kinds merged into the sentence they describe instead of listed on their own.
SENTENCE_ITEM_KINDS = {"sentence_tone": "tone"}
# Item kinds whose list key is not the kind plus "s" ("quote" -> "quotes").
ITEM_LIST_KEYS = {"loaded": "loaded", "loaded_quoted": "loaded_in_quotes"}
# Lists an extractor always writes, empty when it found nothing ("no loaded words" is a finding).
ALWAYS_LISTED = {"loaded": ("loaded", "loaded_in_quotes"), "hedging": ("hedges",), "quotes": ("quotes",)}


def article_to_dict(analysed: ArticleAnalysis) -> dict[str, Any]:
    """Return one analysed article as JSON-ready data (see the module docstring)."""
    article = analysed.article
    sentence_attrs: dict[tuple[int, int], dict[str, Any]] = {}
    lists: dict[str, list[dict[str, Any]]] = {}
    for output in analysed.outputs:
        for key in ALWAYS_LISTED.get(output.extractor, ()):
            lists.setdefault(key, [])
        for item in output.items:
            if item.kind in SENTENCE_ITEM_KINDS:
                sentence_attrs.setdefault((item.start, item.end), {})[SENTENCE_ITEM_KINDS[item.kind]] = dict(item.attrs)
            else:
                lists.setdefault(ITEM_LIST_KEYS.get(item.kind, item.kind + "s"), []).append(item.to_dict())
    sentences = []
    headings = set(article.subheadings)
    title_end = article.title_span[1] if article.title_span else -1
    for sentence in article.sentences:
        # What the sentence is: only "body" sentences count in averages and evidence.
        role = "headline" if sentence.start < title_end else "subheading" if sentence.index in headings else "body"
        entry: dict[str, Any] = {"start": sentence.start, "end": sentence.end, "role": role}
        entry.update(sentence_attrs.get((sentence.start, sentence.end), {}))
        sentences.append(entry)
    data: dict[str, Any] = {
        "id": article.id,
        "source": article.source,
        "outlet": article.outlet,
        "outlet_from": article.outlet_from,
        "title": article.title,
        "url": article.url,
        "published": article.published,
        "text": article.text,
        "title_span": list(article.title_span) if article.title_span else None,
        "removed": [{"text": r.text, "reason": r.reason} for r in article.removed],
        "warnings": list(article.warnings),
        "sentences": sentences,
        "features": {score.name: score.to_dict() for output in analysed.outputs for score in output.scores},
    }
    for key in sorted(lists):
        data[key] = lists[key]
    return data


def report_data(
    analysis: StoryAnalysis, comparison: Any, manifest: dict[str, Any], actors: tuple[Any, ...] = ()
) -> dict[str, Any]:
    """Return the whole report as JSON-ready data."""
    sources = tuple(a.article.source for a in analysis.articles)
    articles = [article_to_dict(a) for a in analysis.articles]
    if hasattr(comparison, "speaker_of"):
        # Each quote names its speaker's cast entity (or null) and what kind of speaker it is.
        for entry in articles:
            for quote in entry.get("quotes", []):
                entity_id, kind = comparison.speaker_of(entry["source"], quote["start"])
                quote["speaker_entity"] = entity_id
                quote["speaker_kind"] = kind
    return {
        "format": 1,
        "manifest": manifest,
        "story": {"title": analysis.story.title, "slug": analysis.story.slug},
        "features": [
            {
                "name": spec.name,
                "title": spec.title,
                "description": spec.description,
                "higher_means": spec.higher_means,
                "unit": spec.unit,
                "low": spec.low,
                "high": spec.high,
                "computed_over": spec.computed_over,
            }
            for spec in analysis.specs
        ],
        "articles": articles,
        "comparison": comparison.to_dict() if hasattr(comparison, "to_dict") else comparison,
        "actors": [actor.to_dict(sources) for actor in actors],
    }


# Decimals kept in written numbers. Far beyond what any score means, and short of the last
# digits that differ between numpy/BLAS builds, so a fresh clone regenerates the same bytes.
FLOAT_DECIMALS = 6


def round_floats(value: Any, decimals: int = FLOAT_DECIMALS) -> Any:
    """Return ``value`` with every float (also inside dicts, lists and tuples) rounded to ``decimals``."""
    if isinstance(value, float):
        rounded = round(value, decimals)
        return 0.0 if rounded == 0 else rounded  # never "-0.0"
    if isinstance(value, dict):
        return {key: round_floats(item, decimals) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [round_floats(item, decimals) for item in value]
    return value


def to_json_bytes(data: Any) -> bytes:
    """Serialise deterministically: floats rounded (:data:`FLOAT_DECIMALS`), fields in their order, UTF-8.

    Sorted keys would reorder articles' fields, so the order is kept. The bytes are exactly
    ``json.dumps(round_floats(data), ensure_ascii=False, indent=1, allow_nan=False) + "\\n"``
    (the tests compare them): with ``indent`` the standard library falls back to its
    pure-Python encoder, a generator per nesting level, which took most of a small story's
    report time; this writes the same text in one walk that also rounds the floats.

    The text is encoded piece by piece (:data:`_PIECE` strings at a time): a story of 200
    articles writes 40 MB of JSON in millions of small strings, and holding them all, their
    join (two bytes a character once one is not Latin-1) and its encoding at once took 350 MB.
    """
    parts: list[str] = []
    done: list[bytes] = []
    _encode(data, "\n", parts, done)
    parts.append("\n")
    done.append("".join(parts).encode("utf-8"))
    return b"".join(done)


#: How many strings :func:`to_json_bytes` gathers before encoding them.
_PIECE = 65536


def _flush_full(parts: list[str], done: list[bytes]) -> None:
    """Encode ``parts`` onto ``done`` and empty it once it holds :data:`_PIECE` strings."""
    if len(parts) >= _PIECE:
        done.append("".join(parts).encode("utf-8"))
        parts.clear()


def _encode(value: Any, newline: str, parts: list[str], done: list[bytes]) -> None:
    """Append ``value`` as indent-1 JSON to ``parts``; ``newline`` is "\\n" plus the current indent.
    Every :data:`_PIECE` strings, ``parts`` is encoded to UTF-8 onto ``done`` and emptied."""
    # The order of the tests is json's own: a bool is an int, so True/False come first.
    if isinstance(value, str):
        parts.append(_string(value))
    elif value is None:
        parts.append("null")
    elif value is True:
        parts.append("true")
    elif value is False:
        parts.append("false")
    elif isinstance(value, int):
        parts.append(int.__repr__(value))
    elif isinstance(value, float):
        parts.append(_float(round_floats(value)))
    elif isinstance(value, dict):
        if not value:
            parts.append("{}")
            return
        inner = newline + " "
        separator = "{" + inner
        for key, item in value.items():
            parts.append(separator)
            parts.append(_string(_key(key)))
            parts.append(": ")
            _encode(item, inner, parts, done)
            separator = "," + inner
            _flush_full(parts, done)
        parts.append(newline + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            parts.append("[]")
            return
        inner = newline + " "
        separator = "[" + inner
        for item in value:
            parts.append(separator)
            _encode(item, inner, parts, done)
            separator = "," + inner
            _flush_full(parts, done)
        parts.append(newline + "]")
    else:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _float(value: float) -> str:
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(f"Out of range float values are not JSON compliant: {value!r}")
    return float.__repr__(value)


def _key(key: Any) -> str:
    """A dict key as json writes it (keys are never rounded, as in :func:`round_floats`)."""
    if isinstance(key, str):
        return key
    if isinstance(key, float):
        return _float(key)
    if key is True:
        return "true"
    if key is False:
        return "false"
    if key is None:
        return "null"
    if isinstance(key, int):
        return int.__repr__(key)
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


def features_csv(analysis: StoryAnalysis) -> bytes:
    """One row per article, one column per feature (values to :data:`FLOAT_DECIMALS`, empty when missing)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    names = [spec.name for spec in analysis.specs]
    writer.writerow(["source", "outlet", "title", *names])
    for analysed in analysis.articles:
        article = analysed.article
        row: list[Any] = [article.source, article.outlet, article.title]
        for name in names:
            score = analysed.score(name)
            row.append("" if score is None or score.value is None else repr(round_floats(float(score.value))))
        writer.writerow(row)
    return buffer.getvalue().encode("utf-8")


def model_data(model: Any) -> dict[str, Any]:
    """Return the whole report model (:class:`~biaslens.report.model.ReportModel`) as JSON-ready data."""
    data = report_data(model.analysis, model.comparison, dict(model.manifest), model.actors)
    data["labels"] = dict(model.labels)
    data["key_findings"] = [finding.to_dict() for finding in model.findings]
    data["differences"] = [difference.to_dict() for difference in model.differences]
    if model.entity_labels:
        # Per main cast entity and outlet: the name forms and the label spans with their sentence.
        data["story"]["labels"] = {found.entity_id: found.to_dict() for found in model.entity_labels}
    if model.event_names:
        # Per part of the event and outlet: the nouns and verbs naming it, with their sentence.
        data["story"]["event_names"] = {found.concept: found.to_dict() for found in model.event_names}
    if model.changes is not None:
        data["changes"] = dict(model.changes)
    for name in sorted(model.extras):
        if name == "one_event":
            data["story"]["one_event"] = model.extras[name]  # about the story as a whole
        else:
            data[name] = model.extras[name]
    return data
