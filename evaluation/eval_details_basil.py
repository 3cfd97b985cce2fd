"""Do sentences biaslens marks "without counterpart" hold the content one outlet chose to add?

Usage::

    PYTHONPATH=. python evaluation/eval_details_basil.py [DATA_DIR] [--sample N] [--threshold T]

``DATA_DIR`` (default ``../shared/eval`` relative to the repository root) must hold
``stories/basil-dev``: BASIL (Fan et al., EMNLP 2019), events x 3 outlets (nyt, fox, hpo),
``articles/<year>/<event>_<n>.json`` with ``body-paragraphs`` (a list of paragraphs, each a
list of sentences) and ``annotations/<year>/<event>_<n>_ann.json`` whose phrase-level spans
carry ``id`` = ``p<sentence index>``, ``start``/``end`` into that sentence, and ``bias`` =
``inf`` (informational: content the outlet chose to include) or ``lex`` (wording). Exits 0
with "skipped: ..." when the data is absent.

What is measured: each event's three articles are compared with :func:`compare_articles`.
*Hit rate* is the share of informational-bias spans that fall in a sentence marked without
counterpart (no sentence of another outlet reaches the cosine threshold); *base rate* is the
share of all body sentences so marked; *lift* = hit rate / base rate (1.0 = no better than
marking sentences at random). Lexical-bias spans are reported beside them as a control: word
choice should not depend much on whether a claim is shared. Other thresholds are printed to
show the trade-off, not to pick one: the threshold in biaslens is fixed in ``compare.py``.
``--sample N`` prints N marked sentences with an informational span and N without, to read.
"""

from __future__ import annotations

import argparse
import ast
import json
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from biaslens import compare as compare_module  # noqa: E402
from biaslens.corpus import article_from_text  # noqa: E402
from biaslens.records import Article  # noqa: E402

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "eval"


@dataclass
class Span:
    """An annotated BASIL span located in the article's canonical text."""

    source: str
    start: int
    end: int
    bias: str
    text: str


def load_event_articles(folder: Path) -> dict[str, list[tuple[Article, list[Span]]]]:
    """Read BASIL articles and annotations: event id -> [(article, annotated spans)]."""
    events: dict[str, list[tuple[Article, list[Span]]]] = {}
    for path in sorted(folder.glob("articles/*/*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        paragraphs = record["body-paragraphs"]
        if isinstance(paragraphs, str):
            paragraphs = ast.literal_eval(paragraphs)
        lines, sentence_offsets = [], []
        offset = 0
        for paragraph in paragraphs:
            parts = []
            for sentence in paragraph:
                sentence = " ".join(str(sentence).split())
                sentence_offsets.append((offset, sentence))
                parts.append(sentence)
                offset += len(sentence) + 1
            line = " ".join(parts)
            lines.append(line)
            offset = sum(len(x) + 1 for x in lines)
        text = "\n".join(lines)
        source = f"{path.stem}.json"
        article = article_from_text(text, source, {"outlet": record.get("source", ""), "title": record.get("title")})
        spans: list[Span] = []
        ann_path = folder / "annotations" / path.parent.name / f"{path.stem}_ann.json"
        # The title leads the canonical text (it is the headline); the body follows it unchanged.
        shift = len(article.text) - len(text)
        if ann_path.exists() and shift >= 0 and article.text[shift:] == text:
            for item in json.loads(ann_path.read_text(encoding="utf-8")).get("phrase-level-annotations", []):
                pid = str(item.get("id", ""))
                if not pid[1:].isdigit() or int(pid[1:]) >= len(sentence_offsets):
                    continue  # title annotations: the title is not part of the body text here
                base, sentence = sentence_offsets[int(pid[1:])]
                phrase = " ".join(str(item["txt"]).split())
                at = sentence.find(phrase)
                if at < 0:
                    continue
                spans.append(Span(source, shift + base + at, shift + base + at + len(phrase), item["bias"], phrase))
        events.setdefault(record["triplet-uuid"], []).append((article, spans))
    return events


def sentence_of(article: Article, position: int) -> int | None:
    """Index of the sentence holding character ``position``."""
    for sentence in article.sentences:
        if sentence.start <= position < sentence.end:
            return sentence.index
    return None


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation and print the numbers; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sample", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    folder = args.data / "stories" / "basil-dev"
    if not folder.exists():
        print(f"skipped: {folder} not found")
        return 0
    events = load_event_articles(folder)
    thresholds = sorted({compare_module.COUNTERPART_THRESHOLD, 0.1, 0.15, 0.2, 0.25, 0.3})
    used = {"sent": 0, "marked": 0, "inf": 0, "inf_hit": 0, "lex": 0, "lex_hit": 0}
    totals = {t: {"sent": 0, "marked": 0, "inf": 0, "inf_hit": 0, "lex": 0, "lex_hit": 0} for t in thresholds}
    samples_hit, samples_miss = [], []
    started = time.perf_counter()
    n_unique = n_rows = 0
    for event in sorted(events):
        pairs = events[event]
        if len(pairs) < 2:
            continue
        comparison = compare_module.compare_articles([a for a, _ in pairs])
        n_rows += len(comparison.details)
        n_unique += sum(len(v) for v in comparison.only_in.values())
        for article, spans in pairs:
            similarity = comparison.sentence_similarity[article.source]
            body = [s for s in article.body_sentences if not compare_module._is_heading(s.text)]
            span_sentences = [(sp, sentence_of(article, sp.start)) for sp in spans]
            for t in thresholds:
                row = totals[t]
                row["sent"] += len(body)
                row["marked"] += sum(1 for s in body if similarity[s.index] < t)
                for sp, index in span_sentences:
                    if index is None:
                        continue
                    row[sp.bias] += 1
                    row[f"{sp.bias}_hit"] += int(similarity[index] < t)
            marked = {i for p in comparison.without_counterpart if p.source == article.source for i in p.sentences}
            used["sent"] += len(body)
            used["marked"] += sum(1 for s in body if s.index in marked)
            for sp, index in span_sentences:
                if index is not None:
                    used[sp.bias] += 1
                    used[f"{sp.bias}_hit"] += int(index in marked)
            marked_inf = {i for sp, i in span_sentences if sp.bias == "inf" and i is not None}
            for s in body:
                if s.index in marked:
                    entry = (article.outlet, similarity[s.index], s.text)
                    (samples_hit if s.index in marked_inf else samples_miss).append(entry)
    elapsed = time.perf_counter() - started
    print(f"BASIL dev: {len(events)} events, {sum(len(p) for p in events.values())} articles, "
          f"{n_rows} detail rows, {n_unique} only-in-one-article details ({elapsed:.1f} s)")
    print("threshold  marked/sentences  base   inf-hit/inf  hit    lift  | lex-hit/lex  hit    lift")
    print("(rows by cosine alone; the last row is what biaslens reports: cosine below the threshold")
    print(" and no number, date or quote shared with another article)")
    rows = [(t, totals[t], "") for t in thresholds] + [(compare_module.COUNTERPART_THRESHOLD, used, " <- reported")]
    for t, r, mark in rows:
        base = r["marked"] / r["sent"] if r["sent"] else 0.0
        inf_rate = r["inf_hit"] / r["inf"] if r["inf"] else 0.0
        lex_rate = r["lex_hit"] / r["lex"] if r["lex"] else 0.0
        print(f"{t:9.2f}  {r['marked']:6d}/{r['sent']:<9d} {base:5.3f}  {r['inf_hit']:5d}/{r['inf']:<5d} "
              f"{inf_rate:5.3f}  {inf_rate / base if base else 0:4.2f}  | {r['lex_hit']:5d}/{r['lex']:<5d} "
              f"{lex_rate:5.3f}  {lex_rate / base if base else 0:4.2f}{mark}")
    rng = random.Random(args.seed)
    for title, pool in (("marked, holds an informational-bias span", samples_hit),
                        ("marked, no informational-bias span", samples_miss)):
        print(f"\nSample: {title}")
        for outlet, sim, text in rng.sample(pool, min(args.sample, len(pool))):
            print(f"  [{outlet} best cosine {sim:.2f}] {text[:220]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
