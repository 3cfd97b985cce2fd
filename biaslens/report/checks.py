"""Checks that every label in a report agrees with the value printed beside it.

:func:`label_problems` walks every evidence span of every feature in ``report.json`` data and
re-derives its label from the article's own numbers: a "most positive" sentence must be among
the most positive body sentences and really positive; a "negative" one really negative; a
"longest sentence" among the longest and with the word count its note gives; a headline the
headline; a printed number never "-0.00". Tests run it on the seeds; the evaluation script
``evaluation/eval_report_labels.py`` runs it on real stories.
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from ..extractors.tone import label_band, vader_band
from ..text import count_words
from ..tone_model import tone_label
from .context import signed as _signed

_NUMBER_NOTE = re.compile(r"^(?P<scorer>tone|VADER) (?P<value>[+-]?\d+\.\d+)")
_WORDS_NOTE = re.compile(r"^(?P<n>\d+) words")
#: The rank words of the tone extractor's evidence labels, strongest first ("" is "most ...").
RANK_WORDS = ("", "second", "third")


def label_problems(data: Mapping[str, Any]) -> list[str]:
    """Every label in ``data`` (report.json, parsed) that contradicts its number; empty when none."""
    problems: list[str] = []
    for article in data.get("articles") or ():
        problems += _article_problems(article)
    return problems


def _article_problems(article: Mapping[str, Any]) -> list[str]:
    source = article.get("source")
    text = article.get("text") or ""
    tones = {(s["start"], s["end"]): s["tone"] for s in article.get("sentences") or () if "tone" in s}
    title_span = tuple(article["title_span"]) if article.get("title_span") else None
    voices = {(v["start"], v["end"]): v for v in article.get("voice_segments") or ()}
    body_words = [count_words(text[start:end]) for start, end in tones]
    problems: list[str] = []
    for name, feature in (article.get("features") or {}).items():
        spans = feature.get("evidence") or []
        counts: dict[str, int] = {}
        for span in spans:
            counts[span["label"]] = counts.get(span["label"], 0) + 1
        for span in spans:
            where = f"{source} {name} [{span['start']}:{span['end']}] {span['label']!r} ({span.get('note', '')})"
            if text[span["start"] : span["end"]] != span["text"]:
                problems.append(f"{where}: offsets do not match the text")
                continue
            note = span.get("note", "")
            if "-0.00" in note:
                problems.append(f"{where}: prints -0.00")
            label = span["label"]
            key = (span["start"], span["end"])
            match = _NUMBER_NOTE.match(note)
            rank_words, most, superlative = label.rpartition("most ")
            if most and superlative in ("positive", "negative") and rank_words.strip() in RANK_WORDS:
                tone = tones.get(key)
                if tone is None or match is None:
                    problems.append(f"{where}: not a scored body sentence")
                    continue
                field = "vader" if match.group("scorer") == "VADER" else "value"
                value = float(tone[field])
                if match.group("value") != _signed(value):
                    problems.append(f"{where}: note says {match.group('value')}, the sentence scores {_signed(value)}")
                positive = superlative == "positive"
                model = str(tone.get("model", "calibrated"))
                band = vader_band(model) if field == "vader" else label_band(model)
                if tone_label(value, band) != superlative:
                    problems.append(f"{where}: {_signed(value)} is not {superlative}")
                # "second most negative": exactly one sentence may be more negative (ties aside).
                beyond = sum(1 for t in tones.values() if (t[field] > value if positive else t[field] < value))
                if beyond > RANK_WORDS.index(rank_words.strip()):
                    problems.append(f"{where}: {beyond} body sentences are more {superlative}")
            elif label in ("positive", "negative", "neutral"):
                tone = tones.get(key)
                if tone is None:
                    problems.append(f"{where}: not a scored body sentence")
                    continue
                value = float(tone["value"])
                if tone.get("label") != label:
                    problems.append(f"{where}: the sentence is labelled {tone.get('label')}")
                if tone_label(value, label_band(str(tone.get("model", "calibrated")))) != label:
                    problems.append(f"{where}: tone {_signed(value)} is not {label}")
                if match and match.group("value") != _signed(value):
                    problems.append(f"{where}: note says {match.group('value')}, the sentence scores {_signed(value)}")
            elif label == "longest sentence":
                words = count_words(span["text"])
                said = _WORDS_NOTE.match(note)
                if said is None or int(said.group("n")) != words:
                    problems.append(f"{where}: the sentence has {words} words")
                longer = sum(1 for n in body_words if n > words)
                if key not in tones:
                    problems.append(f"{where}: not a body sentence")
                if longer >= counts[label]:
                    problems.append(f"{where}: {longer} body sentences are longer")
            elif label == "headline":
                if title_span is None or key != title_span:
                    problems.append(f"{where}: not the article's headline")
            elif label in ("own words", "quoted words"):
                segment = voices.get(key)
                if segment is None or match is None or match.group("value") != _signed(float(segment["value"])):
                    problems.append(f"{where}: does not match its voice segment's tone")
                elif label == "own words" and segment.get("voice") != "own" or label == "quoted words" and segment.get("voice") != "quoted":
                    problems.append(f"{where}: is a {segment.get('voice')} voice segment")
        if feature.get("explanation") and "-0.00" in str(feature["explanation"]):
            problems.append(f"{source} {name}: explanation prints -0.00")
    return problems
